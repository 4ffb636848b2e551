package dev.orchard.icloud.photos.listing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkRecord;

/** CloudKit records for tests of the listing logic. */
final class Records {
    private Records() {
    }

    static CkRecord master(String name) {
        ObjectNode n = Jsons.object().put("recordName", name).put("recordType", "CPLMaster");
        ObjectNode f = n.putObject("fields");
        f.putObject("filenameEnc").put("value", java.util.Base64.getEncoder().encodeToString((name + ".JPG").getBytes()))
                .put("type", "ENCRYPTED_BYTES");
        f.putObject("resOriginalRes").put("type", "ASSETID").putObject("value").put("fileChecksum", "AQ" + name)
                .put("size", 10).put("downloadURL", "https://cdn/" + name);
        return CkRecord.parse(n);
    }

    static CkRecord asset(String name, String master) {
        ObjectNode n = Jsons.object().put("recordName", name).put("recordType", "CPLAsset");
        ObjectNode f = n.putObject("fields");
        f.putObject("masterRef").put("type", "REFERENCE").putObject("value").put("recordName", master);
        f.putObject("assetDate").put("value", 1_700_000_000_000L).put("type", "TIMESTAMP");
        return CkRecord.parse(n);
    }
}
