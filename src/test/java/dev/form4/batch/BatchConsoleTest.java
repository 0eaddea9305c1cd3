package dev.form4.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BatchConsoleTest {

    @Test
    void barOnlyOnATerminalAndClearedBeforeMessages() {
        StringWriter terminal = new StringWriter();
        BatchConsole console = new BatchConsole(new PrintWriter(terminal), true, 2);
        BatchSummary summary = new BatchSummary();
        summary.written(10, 1, 0);
        console.progress(summary);
        assertTrue(terminal.toString().startsWith("\r[###############...............] 1/2"), terminal.toString());
        console.message("b.md: empty input");
        assertTrue(terminal.toString().contains("\r" + " ".repeat(70) + "\rb.md: empty input\n"), "bar wiped first");
        summary.failed();
        console.progress(summary);
        assertTrue(terminal.toString().contains("[##############################] 2/2  1 failed"), terminal.toString());
        assertEquals(2, summary.exitCode());

        StringWriter pipe = new StringWriter();
        BatchConsole quiet = new BatchConsole(new PrintWriter(pipe), false, 2);
        quiet.progress(summary);
        summary.finish();
        quiet.finish(summary);
        assertTrue(pipe.toString().startsWith("2 documents: 1 written, 0 skipped (up to date), 1 failed; 10 fields extracted,"
                + " 1 repaired, 0 unread;"), pipe.toString());
        assertTrue(!pipe.toString().contains("\r"), "no bar when stderr is not a terminal");
    }
}
