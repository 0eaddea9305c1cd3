package dev.form4.write;

import dev.form4.IoReason;
import java.io.IOException;

/**
 * An output that could not be written: a file, a directory of outputs, or standard output. The message names
 * the output and the reason in words ("cannot write out/x.json: no space left on device"); the CLI exits with
 * its own code for it, apart from bad input.
 */
public final class OutputException extends RuntimeException {

    private final String target;
    private final String reason;

    public OutputException(String target, String reason, Throwable cause) {
        super("cannot write " + target + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    public OutputException(String target, IOException cause) {
        this(target, IoReason.of(cause), cause);
    }

    /** The path written to, or "standard output". */
    public String target() {
        return target;
    }

    /** Why, in words: "permission denied", "no space left on device". */
    public String reason() {
        return reason;
    }
}
