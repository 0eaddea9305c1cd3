package dev.form4;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file operation failed, in the words a user knows from the shell ("permission denied", "no space left
 * on device", "is a directory"), never a Java class name: NIO's exceptions carry only the path in their
 * message, the operating system's reason sits elsewhere or is implied by the type.
 */
public final class IoReason {

    /** "/x/y (Permission denied)": how FileInputStream and FileOutputStream report the OS's reason. */
    private static final Pattern PARENTHESISED = Pattern.compile(".*\\(([^()]+)\\)\\s*$");

    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory";
        }
        if (e instanceof FileAlreadyExistsException f) {
            // What Files.createDirectories says when a file stands where a directory should be.
            return (f.getFile() == null ? "it" : f.getFile()) + " is a file, not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return words(f.getReason());
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null) {
            Matcher m = PARENTHESISED.matcher(e.getMessage());
            if (m.matches()) {
                return words(m.group(1));
            }
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : words(e.getMessage());
    }

    /** The OS writes "No space left on device"; inside our sentence it reads "no space left on device". */
    private static String words(String reason) {
        String r = reason.strip();
        boolean acronym = r.length() > 1 && Character.isUpperCase(r.charAt(1));
        return r.isEmpty() || acronym ? r : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
