package dev.form4.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temporary file in the
 * target's own directory (same file system, so the rename is atomic), then a rename over the target. A failure
 * is an {@link OutputException} that names the target (never the temporary file) and the reason in words.
 */
public final class AtomicFiles {

    /** Temporary files are ".NAME.<uuid>.tmp" beside their target; a batch never takes them as input. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void write(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        Path dir = directoryOf(target);
        if (Files.isDirectory(target)) {
            throw new OutputException(target.toString(), "is a directory", null);
        }
        // Not Files.createTempFile: its files are owner-only (0600); the output should get the usual permissions.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (certain network mounts) cannot rename atomically; replacing is the best left.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException(target.toString(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Checks that files can be written into {@code dir} (created if missing) by writing and removing one small
     * temporary file: a batch learns that its output directory is unusable before it extracts anything.
     */
    public static void probe(Path dir) {
        createDirectories(dir, dir.toString());
        Path temp = dir.resolve(".form4-probe." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            Files.write(temp, new byte[] {'\n'}, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException(dir.toString(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path directoryOf(Path target) {
        // The parent as given, so that a message names the path the user wrote, not its absolute form.
        Path dir = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getParent();
        createDirectories(dir, target.toString());
        return dir;
    }

    private static void createDirectories(Path dir, String target) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The write itself succeeded or has already failed with its own reason; a leftover ".tmp" is harmless.
        }
    }
}
