package dev.orchard.fake.photos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Zone;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Replaying changes/zone from any token always rebuilds the library's current state, whatever the mutations. */
class ChangeFeedReplayTest extends FakePhotosTestBase {

    @Test
    void replayingTheFeedAfterRandomMutationsMatchesTheLibrary() {
        for (long seed = 1; seed <= 2; seed++) {
            PhotoLibrary lib = fake.photos().generate(fake.account(dev.orchard.fake.FakeConfig.DEMO_APPLE_ID), 50, seed);
            Map<String, JsonNode> replica = new HashMap<>();
            String token = replay(replica, null);
            Random random = new Random(seed);
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < 15; i++) mutate(lib, random);
                token = replay(replica, token);
                assertThat(state(replica)).as("seed %d round %d", seed, round).isEqualTo(expected(lib));
            }
            Map<String, JsonNode> fresh = new HashMap<>();
            replay(fresh, null);
            assertThat(state(fresh)).isEqualTo(expected(lib));
        }
    }

    private static String replay(Map<String, JsonNode> replica, String token) {
        while (true) {
            String t = token == null ? "" : ",\"syncToken\":\"" + token + "\"";
            JsonNode z = client.privateDb("changes/zone", "{\"zones\":[{\"zoneID\":{\"zoneName\":\"PrimarySync\"}" + t + "}]}")
                    .get("zones").get(0);
            for (JsonNode r : z.get("records")) {
                if (r.get("deleted").asBoolean()) replica.remove(r.get("recordName").asText());
                else replica.put(r.get("recordName").asText(), r);
            }
            token = z.get("syncToken").asText();
            if (!z.get("moreComing").asBoolean()) return token;
        }
    }

    private static void mutate(PhotoLibrary lib, Random random) {
        List<Asset> assets = lib.read(() -> List.copyOf(lib.primary().assets()));
        List<Album> albums = lib.read(() -> lib.primary().albums().stream().filter(a -> !a.special() && !a.deleted() && !a.folder()).toList());
        if (assets.isEmpty()) return;
        Asset a = assets.get(random.nextInt(assets.size()));
        String id = a.recordName();
        switch (random.nextInt(10)) {
            case 0 -> lib.favorite(id, !a.favorite());
            case 1 -> lib.hide(id, !a.hidden());
            case 2 -> lib.trash(id);
            case 3 -> lib.restore(id);
            case 4 -> lib.purge(id);
            case 5 -> lib.edit(id);
            case 6 -> {
                Album album = albums.get(random.nextInt(albums.size()));
                if (a.memberships().stream().noneMatch(r -> r.album() == album)) lib.addToAlbum(id, album.recordName());
            }
            case 7 -> {
                if (!a.memberships().isEmpty()) lib.removeFromAlbum(id, a.memberships().get(0).album().recordName());
            }
            case 8 -> lib.renameAlbum(albums.get(random.nextInt(albums.size())).recordName(), "Renamed " + random.nextInt(1000));
            default -> lib.createAlbum(null, "New " + random.nextInt(1000), false, null);
        }
    }

    /** The replica reduced to what a sync client keeps: assets with flags, relations, album names. */
    private static Map<String, String> state(Map<String, JsonNode> replica) {
        Map<String, String> s = new TreeMap<>();
        for (JsonNode r : replica.values()) {
            String name = r.get("recordName").asText();
            JsonNode f = r.get("fields");
            switch (r.get("recordType").asText()) {
                case "CPLAsset" -> s.put(name, f.at("/masterRef/value/recordName").asText() + " fav=" + f.at("/isFavorite/value").asInt()
                        + " hidden=" + f.at("/isHidden/value").asInt() + " deleted=" + f.at("/isDeleted/value").asInt(0)
                        + " edit=" + f.at("/resJPEGFullRes/value/fileChecksum").asText(f.at("/resVidFullRes/value/fileChecksum").asText("")));
                case "CPLContainerRelation" -> s.put(name, "in " + f.at("/containerId/value").asText());
                case "CPLAlbum" -> s.put(name, f.at("/albumNameEnc/value").asText("") + " deleted=" + f.at("/isDeleted/value").asInt(0));
                case "CPLMaster" -> s.put(name, "master");
                default -> { }
            }
        }
        return s;
    }

    private static Map<String, String> expected(PhotoLibrary lib) {
        return lib.read(() -> {
            Zone z = lib.primary();
            Map<String, String> s = new TreeMap<>();
            for (Asset a : z.assets()) {
                String edit = a.edit() == null || a.edit().rendered() == null ? "" : a.edit().rendered().checksum().base64();
                s.put(a.recordName(), a.master().recordName() + " fav=" + (a.favorite() ? 1 : 0) + " hidden=" + (a.hidden() ? 1 : 0)
                        + " deleted=" + (a.trashed() ? 1 : 0) + " edit=" + edit);
                s.put(a.master().recordName(), "master");
                for (Relation r : a.memberships()) s.put(r.recordName(), "in " + r.album().recordName());
            }
            for (Album al : z.albums()) {
                String enc = al.name() == null ? "" : java.util.Base64.getEncoder().encodeToString(al.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                s.put(al.recordName(), enc + " deleted=" + (al.deleted() ? 1 : 0));
            }
            return s;
        });
    }
}
