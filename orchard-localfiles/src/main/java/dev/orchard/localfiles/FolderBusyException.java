package dev.orchard.localfiles;

/** Another process holds the folder's {@link FolderLock}; the message names it and the folder. */
public final class FolderBusyException extends RuntimeException {
    public FolderBusyException(String message) {
        super(message);
    }
}
