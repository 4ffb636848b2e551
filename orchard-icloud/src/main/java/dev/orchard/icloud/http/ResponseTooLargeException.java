package dev.orchard.icloud.http;

import dev.orchard.icloud.ICloudException;

/**
 * A server sent (or announced) an answer larger than Orchard reads into memory. Not a network error and not
 * worth retrying soon: the same request will get the same answer.
 */
public final class ResponseTooLargeException extends ICloudException {
    public ResponseTooLargeException(String host, long announcedSize, long cap) {
        super(host + (announcedSize > 0 ? " announced an answer of " + Sizes.human(announcedSize) + ", more than the "
                + Sizes.human(cap) + " Orchard reads from one answer" : " sent an answer of more than " + Sizes.human(cap)
                + ", the most Orchard reads from one answer") + " (a proxy or a broken server?)");
    }
}
