package dev.orchard.icloud.photos.listing;

import dev.orchard.icloud.photos.model.PhotoAsset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.orchard.icloud.photos.listing.Records.asset;
import static dev.orchard.icloud.photos.listing.Records.master;
import static org.assertj.core.api.Assertions.assertThat;

class AssetPairerTest {
    static ParsedPage page(dev.orchard.icloud.photos.cloudkit.CkRecord... records) {
        return ParsedPage.of(List.of(records));
    }

    @Test
    void pairsWithinAPageWhateverTheOrder() {
        AssetPairer p = new AssetPairer();
        List<PhotoAsset> done = p.add(page(asset("a1", "m1"), master("m2"), master("m1"), asset("a2", "m2")));
        assertThat(done).extracting(PhotoAsset::id).containsExactlyInAnyOrder("a1", "a2");
        assertThat(done).filteredOn(x -> x.id().equals("a1")).singleElement()
                .satisfies(x -> assertThat(x.master().filename()).isEqualTo("m1.JPG"));
    }

    @Test
    void pairsAcrossPagesInBothDirections() {
        AssetPairer p = new AssetPairer();
        assertThat(p.add(page(master("m1"), asset("a2", "m2")))).isEmpty();
        assertThat(p.add(page(asset("a1", "m1"), master("m2")))).extracting(PhotoAsset::id).containsExactlyInAnyOrder("a1", "a2");
        assertThat(p.waiting()).isEmpty();
        assertThat(p.unpairedMasterCount()).isZero();
    }

    @Test
    void dropsRepeatedAssetsAndKeepsTheUnpairedForLater() {
        AssetPairer p = new AssetPairer();
        p.add(page(master("m1"), asset("a1", "m1")));
        assertThat(p.add(page(master("m1"), asset("a1", "m1")))).isEmpty();
        assertThat(p.add(page(asset("a3", "m3"), master("m9")))).isEmpty();
        assertThat(p.waiting()).containsOnlyKeys("m3");
        assertThat(p.unpairedMasterCount()).isEqualTo(2);
        assertThat(p.assetsSeen()).isEqualTo(2);
    }

    @Test
    void remembersOnlyTheRecentNamesSoARepeatFromFarBackIsHandedOnAgain() {
        AssetPairer p = new AssetPairer();
        p.add(page(master("m0"), asset("a0", "m0")));
        for (int i = 1; i <= AssetPairer.RECENT_NAMES; i++) p.add(page(master("m" + i), asset("a" + i, "m" + i)));
        assertThat(p.add(page(master("m" + AssetPairer.RECENT_NAMES), asset("a" + AssetPairer.RECENT_NAMES, "m" + AssetPairer.RECENT_NAMES))))
                .isEmpty();
        assertThat(p.add(page(master("m0"), asset("a0", "m0")))).extracting(PhotoAsset::id).containsExactly("a0");
        assertThat(p.assetsSeen()).isEqualTo(AssetPairer.RECENT_NAMES + 2L);
    }

    @Test
    void aSharedMasterServesEveryAssetOnItsPage() {
        AssetPairer p = new AssetPairer();
        assertThat(p.add(page(master("m1"), asset("a1", "m1"), asset("a2", "m1")))).hasSize(2);
    }
}
