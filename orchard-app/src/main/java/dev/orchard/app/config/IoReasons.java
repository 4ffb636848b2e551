package dev.orchard.app.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** Words for what went wrong with a file: NIO's exceptions carry only the path in their message. */
public final class IoReasons {
    private IoReasons() {
    }

    /** "permission denied", "no such file or folder", ... or the exception's own message when it says more than a path. */
    public static String describe(IOException e) {
        String word = word(e);
        if (word == null) return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof FileSystemException f && f.getFile() != null ? word + " (" + paths(f) + ")" : word;
    }

    private static String word(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file or folder";
            case NotDirectoryException n -> "not a folder";
            case FileAlreadyExistsException f -> "already exists";
            case DirectoryNotEmptyException d -> "the folder is not empty";
            case FileSystemLoopException l -> "a loop of symbolic links";
            case NotLinkException l -> "not a symbolic link";
            case FileSystemException f when f.getReason() != null -> lowerFirst(f.getReason());
            default -> null;
        };
    }

    private static String paths(FileSystemException f) {
        return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
    }

    /**
     * A message that ended with the bare path NIO gives ({@code cannot use the library folder X: X}) with the
     * reason in its place; other messages unchanged.
     */
    public static String explain(String message, Throwable cause) {
        if (message == null || !(cause instanceof FileSystemException f) || f.getMessage() == null) return message;
        String tail = ": " + f.getMessage();
        String word = word(f);
        if (!message.endsWith(tail) || word == null) return message;
        String head = message.substring(0, message.length() - tail.length());
        boolean named = f.getFile() != null && f.getOtherFile() == null && head.endsWith(" " + f.getFile());
        return head + ": " + (named ? word : describe(f));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
