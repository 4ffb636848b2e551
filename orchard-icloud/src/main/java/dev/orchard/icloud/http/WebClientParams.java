package dev.orchard.icloud.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query parameters the iCloud web app puts on setup and web-service calls (docs/protocol/sign-in.md §2). */
public final class WebClientParams {
    static final String CLIENT_BUILD = "2534Project66";
    static final String CLIENT_MASTERING = "2534B22";

    private WebClientParams() {
    }

    /** {@code clientBuildNumber=..&clientMasteringNumber=..&clientId=..[&dsid=..]}. */
    public static String query(String clientId, String dsid) {
        String p = "clientBuildNumber=" + CLIENT_BUILD + "&clientMasteringNumber=" + CLIENT_MASTERING
                + "&clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        return dsid == null ? p : p + "&dsid=" + URLEncoder.encode(dsid, StandardCharsets.UTF_8);
    }
}
