package dev.orchard.drive.sync;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The cause of a failure in words. File-system exceptions often carry only a path as their message
 * ({@code NoSuchFileException: /x}), which printed alone ("failed, /x") loses what went wrong.
 */
final class FailureText {
    private FailureText() {
    }

    static String of(Throwable e) {
        if (e instanceof FileSystemException f) return fileSystem(f);
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            String m = u.getMessage();
            if (m == null || m.equals(u.getCause().toString())) return of(u.getCause());
            // "cannot read /x" + NoSuchFileException(/x): the path once, then the reason
            if (u.getCause() instanceof FileSystemException f && f.getFile() != null && m.contains(f.getFile())) {
                return m + ": " + reason(f);
            }
            return m + ": " + of(u.getCause());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String fileSystem(FileSystemException f) {
        String where = f.getFile() == null ? null : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
        return where == null ? reason(f) : where + ": " + reason(f);
    }

    private static String reason(FileSystemException f) {
        return f.getReason() != null ? f.getReason() : switch (f) {
            case NoSuchFileException x -> "no such file or folder";
            case AccessDeniedException x -> "permission denied";
            case FileAlreadyExistsException x -> "it already exists";
            case DirectoryNotEmptyException x -> "the folder is not empty";
            case NotDirectoryException x -> "not a folder";
            default -> f.getClass().getSimpleName();
        };
    }
}
