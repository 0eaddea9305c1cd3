package dev.form4.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.form4.write.EdgarSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractBatchTest {

    static final Path SEED = Path.of("testdata/seed/qualys-courtot-2019-11-07.md");

    @TempDir
    Path tmp;

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve("qualys.md"));
        Files.createDirectories(in.resolve("sub"));
        Files.copy(SEED, in.resolve("sub/qualys.md"));
        Files.write(in.resolve("garbage.md"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 1});
        Files.writeString(in.resolve("empty.md"), "");
        Files.writeString(in.resolve("notes.csv"), "not taken: the default glob is *.{md,markdown,txt,html,htm}");
        return in;
    }

    @Test
    void batchReportsBadFilesWritesGoodOnesAndResumes() throws IOException {
        Path in = inputs();
        Path out = tmp.resolve("out");
        CliRun first = CliRun.of("extract", in.toString(), "--out", out.toString(), "--threads", "3");
        assertEquals(2, first.exit(), first.err());
        assertTrue(first.err().contains("error: " + in.resolve("garbage.md") + ": "), first.err());
        assertTrue(first.err().contains("error: " + in.resolve("empty.md") + ": empty input"), first.err());
        assertTrue(first.err().contains("4 documents: 2 written, 0 skipped (up to date), 2 failed"), first.err());
        assertTrue(first.err().contains("documents/s"), first.err());
        assertEquals("", first.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("qualys.json").toFile());
        assertEquals("4", json.get("documentType").asText());
        assertTrue(Files.exists(out.resolve("sub/qualys.json")), "same name in a subdirectory keeps its place");
        assertFalse(Files.exists(out.resolve("garbage.json")));
        assertFalse(Files.exists(out.resolve("notes.json")));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temp file left");
        }

        FileTime written = Files.getLastModifiedTime(out.resolve("qualys.json"));
        CliRun again = CliRun.of("extract", in.toString(), "--out", out.toString());
        assertEquals(2, again.exit(), "the bad files are still bad");
        assertTrue(again.err().contains("0 written, 2 skipped (up to date), 2 failed"), again.err());
        assertEquals(written, Files.getLastModifiedTime(out.resolve("qualys.json")));

        // File times decide nothing: a complete output with its marker is skipped however old it looks.
        Files.setLastModifiedTime(out.resolve("qualys.json"), FileTime.fromMillis(0));
        CliRun older = CliRun.of("extract", in.toString(), "--out", out.toString());
        assertTrue(older.err().contains("0 written, 2 skipped"), older.err());

        CliRun forced = CliRun.of("extract", in.toString(), "--out", out.toString(), "--force");
        assertTrue(forced.err().contains("2 written, 0 skipped"), forced.err());
    }

    @Test
    void batchInEveryFormat() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve("qualys.md"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString(), "--format", "edgar-xml").exit());
        assertEquals(List.of(), EdgarSchema.validate(Files.readString(out.resolve("qualys.xml"))));
        CliRun csv = CliRun.of("extract", in.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(Files.readString(out.resolve("qualys.csv")).startsWith("source,issuerName,"));
    }

    @Test
    void stdoutModes() {
        CliRun xml = CliRun.of("extract", "--format", "edgar-xml", SEED.toString());
        assertEquals(0, xml.exit(), xml.err());
        assertEquals(List.of(), EdgarSchema.validate(xml.out()));
        assertTrue(xml.err().contains("info: issuerCik"), "writer notes go to stderr: " + xml.err());

        CliRun twoXml = CliRun.of("extract", "--format", "edgar-xml", SEED.toString(), SEED.toString());
        assertEquals(2, twoXml.exit());
        assertTrue(twoXml.err().contains("give --out DIR"), twoXml.err());

        CliRun csv = CliRun.of("extract", "--format", "csv", SEED.toString(), SEED.toString());
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(1, csv.out().lines().filter(l -> l.startsWith("source,")).count(), "one header for all files");

        CliRun lines = CliRun.of("extract", SEED.toString(), SEED.toString());
        assertEquals(2, lines.out().lines().count());

        CliRun badFormat = CliRun.of("extract", "--format", "yaml", SEED.toString());
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("json, edgar-xml, csv"), badFormat.err());

        CliRun nothing = CliRun.of("extract", "--out", "target/never", "src/main/java/dev/form4/cli");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("no input: no file matching *.{md,markdown,txt,html,htm}"), nothing.err());

        CliRun forceWithoutOut = CliRun.of("extract", "--force", SEED.toString());
        assertEquals(2, forceWithoutOut.exit());
    }
}
