package dev.orchard.icloud.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.auth.ServiceErrors;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryLaterException;

import java.time.Duration;
import java.time.Instant;

/** Turns drivews/docws answers into results or one-line errors (docs/protocol/drive.md §7). */
final class DriveErrors {
    /** ACCESS_DENIED lockouts reportedly grow with retries: wait long before the next try. */
    static final Duration ACCESS_DENIED_WAIT = Duration.ofMinutes(15);

    private DriveErrors() {
    }

    /** The JSON body of a successful answer; throws for everything else. */
    static JsonNode check(ApiResponse r, String what) {
        JsonNode body = r.json();
        ServiceErrors e = ServiceErrors.of(body);
        if (e.hasCode("ACCESS_DENIED")) {
            throw new RetryLaterException(what + ": iCloud Drive is throttling this account (ACCESS_DENIED); Orchard waits "
                    + ACCESS_DENIED_WAIT.toMinutes() + " minutes before trying again", r.status(),
                    Instant.now().plus(ACCESS_DENIED_WAIT));
        }
        if (e.hasCode("ZONE_NOT_FOUND") || e.hasCode("AUTHENTICATION_FAILED")) {
            throw new DriveException(DriveException.Kind.NOT_SET_UP, r.status(), what + ": iCloud Drive is not set up for this "
                    + "account (" + e.describe() + "); sign in at icloud.com once to finish setting it up");
        }
        int s = r.status();
        if (s >= 200 && s < 300) {
            if (body.isMissingNode()) throw new DriveException(DriveException.Kind.PROTOCOL, s, what + ": the answer is not JSON");
            return body;
        }
        throw switch (s) {
            case 423 -> new DriveException(DriveException.Kind.PCS_REQUIRED, s, what + ": iCloud refuses Drive without its "
                    + "Advanced Data Protection keys; on an iPhone or Mac enable Settings > Apple ID > iCloud > "
                    + "Access iCloud Data on the Web, then sign in again");
            case 401, 421, 450 -> new DriveException(DriveException.Kind.SESSION, s, what + ": iCloud keeps refusing the "
                    + "session (HTTP " + s + ") after signing in again; run 'orchard login'");
            case 404 -> new DriveException(DriveException.Kind.NOT_FOUND, s, what + ": not found (" + e.describe() + ")");
            case 409 -> new DriveException(DriveException.Kind.NAME_TAKEN, s, what + ": the name is taken (" + e.describe() + ")");
            case 400, 412 -> new DriveException(DriveException.Kind.REJECTED, s, what + ": iCloud refused the request (HTTP "
                    + s + ", " + e.describe() + ")");
            default -> new DriveException(DriveException.Kind.PROTOCOL, s, what + ": unexpected HTTP " + s + " (" + e.describe() + ")");
        };
    }
}
