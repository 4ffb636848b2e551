package dev.orchard.photos.download;

import dev.orchard.icloud.ICloudException;

/**
 * Downloads stopped because many in a row failed the same way: carrying on would only spend hours on
 * retries that cannot work. The message says what is probably wrong.
 */
public final class DownloadsFailingException extends ICloudException {
    public DownloadsFailingException(String message) {
        super(message);
    }
}
