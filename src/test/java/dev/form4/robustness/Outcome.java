package dev.form4.robustness;

import dev.form4.Extraction;
import dev.form4.Form4Exception;

import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The robustness invariant: an input yields an Extraction (with diagnostics) or a Form4Exception with a reason,
 * in bounded time. Anything else (another exception, a StackOverflowError, a hang) fails the test.
 */
record Outcome(Extraction extraction, Form4Exception error) {

    /** Generous: a shared 2-core machine; every case here takes well under a second alone. */
    static final Duration BOUND = Duration.ofSeconds(60);

    static Outcome of(String what, Supplier<Extraction> extraction) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try {
                Extraction x = extraction.get();
                assertNotNull(x.form(), what + ": an extraction has a form");
                return new Outcome(x, null);
            } catch (Form4Exception e) {
                assertNotNull(e.reason(), what);
                return new Outcome(null, e);
            } catch (RuntimeException | Error e) {
                fail(what + ": neither an extraction nor a Form4Exception", e);
                return null;
            }
        }, what + ": took longer than " + BOUND);
    }

    boolean failedWith(Form4Exception.Reason reason) {
        return error != null && error.reason() == reason;
    }
}
