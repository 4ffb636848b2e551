package dev.orchard.fake.drive.docws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** The shapes of the content URLs docws hands out (docs/protocol/drive.md §3, §4). */
final class DocwsUrls {
    private DocwsUrls() {
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String b64url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@code <cdn>/B/<signature>/<ticket>/<name>?...&e=<epoch>&ckc=com.apple.clouddocs&ckz=<zone>...} */
    static String download(String cdnOrigin, byte[] checksum, DownloadTickets.Ticket t, String zone) {
        String name = t.isPackage() ? "packageDownload" : encode(t.fileName());
        return cdnOrigin + "/B/" + b64url(checksum) + "/" + t.id() + "/" + name
                + "?o=" + t.id() + "&v=1&x=3&a=" + t.id() + "&e=" + t.expiresAt().getEpochSecond()
                + "&fl=&r=" + t.id().substring(0, 8) + "&ckc=com.apple.clouddocs&ckz=" + encode(zone) + "&p=61&s=" + t.id().substring(0, 6);
    }

    /** {@code https://pNN-contentws.icloud.com:443/<dsid>/singleFileUpload?tk=...&uuid=<document_id>&e=<epoch>} */
    static String upload(String contentOrigin, String owner, String token, String documentId, String zone, Instant expires) {
        return contentOrigin + "/" + owner + "/singleFileUpload?tk=" + token + "&ref=" + documentId.toLowerCase(java.util.Locale.ROOT)
                + "&c=com.apple.clouddocs&z=" + encode(zone) + "&uuid=" + documentId + "&e=" + expires.getEpochSecond();
    }
}
