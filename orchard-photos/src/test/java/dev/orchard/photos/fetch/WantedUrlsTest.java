package dev.orchard.photos.fetch;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.download.UrlCache;
import dev.orchard.photos.options.SyncOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WantedUrlsTest {
    private static final String ZONE = "PrimarySync";
    private static final long JUNE_1 = LocalDate.of(2024, 6, 1).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private final UrlCache cache = new UrlCache(100);

    @Test
    void keepsEveryFileOfAnAssetTheSyncMayDownload() {
        wanted(SyncOptions.builder(Path.of("lib")).build()).put(ZONE, asset(JUNE_1, false, false));

        for (ResourceRole r : new ResourceRole[] {ResourceRole.ORIGINAL, ResourceRole.THUMB, ResourceRole.PREVIEW}) {
            assertThat(url("m1", r)).as(r.name()).isEqualTo("https://cdn/m1/" + r);
        }
        assertThat(url("a1", ResourceRole.EDITED)).isEqualTo("https://cdn/a1/EDITED");
    }

    @Test
    void leavesOutRenditionsWithoutThumbnailsAndEditsWithoutEdits() {
        wanted(SyncOptions.builder(Path.of("lib")).thumbnails(false).edits(false).build()).put(ZONE, asset(JUNE_1, false, false));

        assertThat(url("m1", ResourceRole.ORIGINAL)).isNotNull();
        assertThat(url("m1", ResourceRole.THUMB)).isNull();
        assertThat(url("m1", ResourceRole.PREVIEW)).isNull();
        assertThat(url("a1", ResourceRole.EDITED)).isNull();
    }

    @Test
    void leavesOutAssetsInRecentlyDeletedHiddenOnesAndThoseOutsideTheDates() {
        wanted(SyncOptions.builder(Path.of("lib")).build()).put(ZONE, asset(JUNE_1, true, false));
        wanted(SyncOptions.builder(Path.of("lib")).build()).put(ZONE, asset(JUNE_1, false, true));
        assertThat(url("m1", ResourceRole.ORIGINAL)).as("trashed, then hidden").isNull();

        wanted(SyncOptions.builder(Path.of("lib")).from(LocalDate.of(2024, 6, 3)).build()).put(ZONE, asset(JUNE_1, false, false));
        wanted(SyncOptions.builder(Path.of("lib")).to(LocalDate.of(2024, 5, 30)).build()).put(ZONE, asset(JUNE_1, false, false));
        assertThat(url("m1", ResourceRole.ORIGINAL)).as("two days outside either end").isNull();

        wanted(SyncOptions.builder(Path.of("lib")).from(LocalDate.of(2024, 6, 2)).build()).put(ZONE, asset(JUNE_1, false, false));
        assertThat(url("m1", ResourceRole.ORIGINAL)).as("a day's margin for the capture's time zone").isNotNull();
    }

    @Test
    void keepsHiddenAssetsWhenTheSyncKeepsThem() {
        wanted(SyncOptions.builder(Path.of("lib")).includeHidden(true).build()).put(ZONE, asset(JUNE_1, false, true));

        assertThat(url("m1", ResourceRole.ORIGINAL)).isNotNull();
    }

    private WantedUrls wanted(SyncOptions options) {
        return new WantedUrls(cache, options);
    }

    private String url(String owner, ResourceRole role) {
        return cache.get(ZONE, owner, role, "ck-" + owner + "-" + role);
    }

    private static PhotoAsset asset(long taken, boolean trashed, boolean hidden) {
        Master m = new Master("m1", ZONE, "IMG_1.JPG", "public.jpeg", 1, "t",
                Map.of(ResourceRole.ORIGINAL, res("m1", ResourceRole.ORIGINAL), ResourceRole.THUMB, res("m1", ResourceRole.THUMB),
                        ResourceRole.PREVIEW, res("m1", ResourceRole.PREVIEW)));
        Asset a = new Asset("a1", ZONE, "m1", "t", taken, taken, 0, false, hidden, trashed, 0, "com.apple.photo",
                Map.of(ResourceRole.EDITED, res("a1", ResourceRole.EDITED)));
        return new PhotoAsset(a, m);
    }

    private static Resource res(String owner, ResourceRole role) {
        return new Resource(role, "ck-" + owner + "-" + role, 10, "public.jpeg", "https://cdn/" + owner + "/" + role);
    }
}
