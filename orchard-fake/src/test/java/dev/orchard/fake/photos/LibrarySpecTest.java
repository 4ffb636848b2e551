package dev.orchard.fake.photos;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibrarySpecTest {
    static FakeICloud fake;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static PhotoLibrary load(String json) {
        return fake.photos().loadJson(fake.account(FakeConfig.DEMO_APPLE_ID), json);
    }

    @Test
    void loadsAlbumsAndAssetsAsDescribed() {
        PhotoLibrary lib = load("""
                {"seed": 3, "sharedLibrary": false, "photoBytes": "8k",
                 "albums": [{"key": "trips", "name": "Trips", "folder": true,
                             "children": [{"key": "paris", "name": "Paris/2024"}]}],
                 "assets": [
                   {"key": "one", "kind": "live", "filename": "IMG_1.HEIC", "date": "2024-05-01T10:00:00Z",
                    "favorite": true, "edited": true, "albums": ["paris"]},
                   {"kind": "video", "format": "mp4", "noFilename": true, "deleted": true},
                   {"sameMasterAs": "one", "hidden": true}
                 ]}""");
        assertThat(lib.sharedZone()).isNull();
        List<Asset> assets = lib.read(() -> List.copyOf(lib.primary().assets()));
        assertThat(assets).hasSize(3);
        Asset one = assets.get(0);
        assertThat(one.master().live()).isTrue();
        assertThat(one.favorite()).isTrue();
        assertThat(one.edit()).isNotNull();
        assertThat(one.assetDate()).isEqualTo(java.time.Instant.parse("2024-05-01T10:00:00Z").toEpochMilli());
        Album paris = one.memberships().get(0).album();
        assertThat(paris.name()).isEqualTo("Paris/2024");
        assertThat(((Album) lib.primary().find(paris.parentId())).name()).isEqualTo("Trips");
        assertThat(assets.get(1).master().filename()).isNull();
        assertThat(assets.get(1).trashed()).isTrue();
        assertThat(assets.get(2).master()).isSameAs(one.master());
        assertThat(one.master().original().size()).isLessThan(12_000);
    }

    @Test
    void mistakesAreReportedAsOneLineSayingWhere() {
        assertThatThrownBy(() -> load("{\"assets\":[{}, {\"kind\":\"gif\"}]}"))
                .hasMessage("assets[1]: unknown asset kind 'gif' (expected photo, video, live or raw)");
        assertThatThrownBy(() -> load("{\"assets\":[{\"colour\":\"red\"}]}")).hasMessageStartingWith("assets[0]: unknown key 'colour'");
        assertThatThrownBy(() -> load("{\"assets\":[{\"albums\":[\"nope\"]}]}"))
                .hasMessage("assets[0]: albums names an unknown album: nope");
        assertThatThrownBy(() -> load("{\"albums\":[{\"name\":\"x\",\"children\":[]}]}"))
                .hasMessageContaining("albums[0].children: only a folder");
        assertThatThrownBy(() -> load("{\"assets\":[{\"kind\":\"video\",\"format\":\"heic\"}]}"))
                .hasMessageContaining("cannot have a heic original");
        assertThatThrownBy(() -> load("[1,2")).hasMessageStartingWith("library spec is not valid JSON");
        assertThatThrownBy(() -> load("{\"assets\":[{\"date\":\"yesterday\"}]}")).hasMessageContaining("not an ISO-8601 instant");
    }
}
