package dev.orchard.fake.drive.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.drive.DriveSettings;
import dev.orchard.fake.drive.tree.EtagPropagation;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.drive.tree.TreeRules;
import dev.orchard.fake.http.Json;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Drive knobs as JSON, for {@code GET/POST /_fake/drive/settings}. */
public final class SettingsJson {
    private static final List<String> KEYS = List.of("etagPropagation", "nameClash", "caseInsensitive",
            "unicodeNormalized", "foldersCarryExtension", "autoRenamePattern", "trashRetentionSeconds", "nfdNames",
            "listingLag", "unknownCreateFolders", "unknownCreatesFolder", "redirect330", "downloadUrlLifetimeSeconds",
            "uploadUrlLifetimeSeconds", "commitStatusCode", "editKeepsDocwsid", "downloadBatchMax");

    private SettingsJson() {
    }

    public static ObjectNode render(DriveSettings s) {
        TreeRules t = s.tree();
        ObjectNode o = Json.object();
        o.put("etagPropagation", t.etagPropagation().name().toLowerCase(Locale.ROOT));
        o.put("nameClash", t.nameClash().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        o.put("caseInsensitive", t.caseInsensitive());
        o.put("unicodeNormalized", t.unicodeNormalized());
        o.put("foldersCarryExtension", t.foldersCarryExtension());
        o.put("autoRenamePattern", t.autoRenamePattern());
        o.put("trashRetentionSeconds", t.trashRetention().toSeconds());
        o.put("nfdNames", s.nfdNames());
        o.put("listingLag", s.listingLag());
        o.put("redirect330", s.redirect330());
        o.put("downloadUrlLifetimeSeconds", s.downloadUrlLifetime().toSeconds());
        o.put("uploadUrlLifetimeSeconds", s.uploadUrlLifetime().toSeconds());
        o.put("commitStatusCode", s.commitStatusCode());
        o.put("editKeepsDocwsid", s.editKeepsDocwsid());
        o.put("downloadBatchMax", s.downloadBatchMax());
        return o;
    }

    /** Puts every knob back to its default. */
    public static void reset(DriveSettings s) {
        apply(s, render(new DriveSettings()));
        s.unknownCreateFolders(0, true);
    }

    /** Applies every field of {@code body}; throws IllegalArgumentException naming a bad or unknown key. */
    public static void apply(DriveSettings s, JsonNode body) {
        if (body == null || !body.isObject()) throw new IllegalArgumentException("settings must be a JSON object, e.g. {\"listingLag\": 2}");
        TreeRules t = s.tree();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "etagPropagation" -> t.etagPropagation(EtagPropagation.parse(v.asText()));
                case "nameClash" -> t.nameClash(NameClashPolicy.parse(v.asText()));
                case "caseInsensitive" -> t.caseInsensitive(bool(e));
                case "unicodeNormalized" -> t.unicodeNormalized(bool(e));
                case "foldersCarryExtension" -> t.foldersCarryExtension(bool(e));
                case "autoRenamePattern" -> t.autoRenamePattern(v.asText());
                case "trashRetentionSeconds" -> t.trashRetention(Duration.ofSeconds(number(e)));
                case "nfdNames" -> s.nfdNames(bool(e));
                case "listingLag" -> s.listingLag((int) number(e));
                case "unknownCreateFolders" -> s.unknownCreateFolders((int) number(e),
                        !body.has("unknownCreatesFolder") || body.get("unknownCreatesFolder").asBoolean());
                case "unknownCreatesFolder" -> {
                    if (!body.has("unknownCreateFolders")) throw new IllegalArgumentException("unknownCreatesFolder goes with unknownCreateFolders");
                }
                case "redirect330" -> s.redirect330(bool(e));
                case "downloadUrlLifetimeSeconds" -> s.downloadUrlLifetime(Duration.ofSeconds(number(e)));
                case "uploadUrlLifetimeSeconds" -> s.uploadUrlLifetime(Duration.ofSeconds(number(e)));
                case "commitStatusCode" -> s.commitStatusCode((int) number(e));
                case "editKeepsDocwsid" -> s.editKeepsDocwsid(bool(e));
                case "downloadBatchMax" -> s.downloadBatchMax((int) number(e));
                default -> throw new IllegalArgumentException("unknown drive setting '" + e.getKey() + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
        }
    }

    private static boolean bool(Map.Entry<String, JsonNode> e) {
        if (!e.getValue().isBoolean()) throw new IllegalArgumentException(e.getKey() + " must be true or false");
        return e.getValue().asBoolean();
    }

    private static long number(Map.Entry<String, JsonNode> e) {
        if (!e.getValue().canConvertToLong()) throw new IllegalArgumentException(e.getKey() + " must be a whole number");
        return e.getValue().asLong();
    }
}
