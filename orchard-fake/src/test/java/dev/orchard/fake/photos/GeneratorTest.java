package dev.orchard.fake.photos;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.fake.photos.library.Subtype;
import dev.orchard.fake.photos.library.Zone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorTest {
    static FakeICloud fake;
    static PhotoLibrary lib;
    static List<Asset> assets;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start();
        lib = fake.photos().generate(120);
        assets = lib.read(() -> List.copyOf(lib.primary().assets()));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static long count(Predicate<Asset> p) {
        return assets.stream().filter(p).count();
    }

    @Test
    void everyKindOfAssetIsThere() {
        assertThat(count(a -> a.master().format() == ContentFormat.JPEG)).isPositive();
        assertThat(count(a -> a.master().format() == ContentFormat.HEIC && !a.master().live())).isPositive();
        assertThat(count(a -> a.master().format() == ContentFormat.MOV)).isPositive();
        assertThat(count(a -> a.master().format() == ContentFormat.MP4)).isPositive();
        assertThat(count(a -> a.master().live())).isPositive();
        assertThat(count(a -> a.edit() != null && a.edit().rendered() != null && !a.edit().video())).isPositive();
        assertThat(count(a -> a.edit() != null && a.edit().video())).isPositive();
        assertThat(count(a -> a.master().resources().containsKey(ResourceRole.ORIGINAL_ALT)
                && a.master().format() == ContentFormat.JPEG)).isPositive();
        assertThat(count(a -> a.master().resources().containsKey(ResourceRole.ORIGINAL_ALT)
                && a.master().format() == ContentFormat.DNG)).isPositive();
        assertThat(count(Asset::favorite)).isPositive();
        assertThat(count(Asset::hidden)).isPositive();
        assertThat(count(a -> a.trashed() && a.dateExpunged() > lib.now())).isPositive();
        for (Subtype s : Subtype.values()) assertThat(count(a -> a.subtype() == s)).as(s.name()).isPositive();
        assertThat(count(a -> a.burstId() != null)).isEqualTo(3);
        assertThat(count(a -> a.caption() != null)).isPositive();
    }

    @Test
    void namesIncludeDuplicatesNonAsciiHostileAndMissingOnes() {
        Map<String, Integer> names = new HashMap<>();
        assets.stream().filter(a -> a.master().filename() != null).map(a -> a.master().filename()).distinct()
                .forEach(n -> names.merge(n, 1, Integer::sum));
        long distinctMastersNamedImg0001 = assets.stream().filter(a -> "IMG_0001.JPG".equals(a.master().filename()))
                .map(Asset::master).distinct().count();
        assertThat(distinctMastersNamedImg0001).isGreaterThanOrEqualTo(3);
        assertThat(names).containsKeys("../x.jpg", "folder/inside/name.jpg", "Café déjà vu.JPG", "日本の写真.HEIC");
        assertThat(names.keySet()).anyMatch(n -> n.length() == 300).anyMatch(n -> n.chars().anyMatch(c -> c < 0x20));
        assertThat(count(a -> a.master().filename() == null)).isEqualTo(2);
    }

    @Test
    void someAssetsShareAMasterAndSomeSitInSeveralAlbums() {
        assertThat(assets.stream().map(Asset::master).distinct().count()).isLessThan(assets.size());
        assertThat(count(a -> a.memberships().size() >= 2)).isPositive();
    }

    @Test
    void theAlbumTreeNestsFoldersAndHasSlashesInNames() {
        List<Album> albums = lib.read(() -> List.copyOf(lib.primary().albums()));
        Map<String, Album> byName = new HashMap<>();
        albums.stream().filter(a -> a.name() != null).forEach(a -> byName.put(a.name(), a));
        Album travel = byName.get("Travel");
        Album year = byName.get("2024");
        assertThat(travel.folder() && year.folder()).isTrue();
        assertThat(year.parentId()).isEqualTo(travel.recordName());
        assertThat(byName.get("Paris/Lyon").parentId()).isEqualTo(year.recordName());
        assertThat(byName.get("A/B test").parentId()).isNull();
        assertThat(albums).extracting(Album::recordName).contains(Album.ROOT_FOLDER, Album.PROJECT_ROOT_FOLDER);
    }

    @Test
    void theSharedLibraryHoldsAssetsIncludingOneAlsoInThePersonalLibrary() {
        Zone shared = lib.sharedZone();
        assertThat(shared.name()).matches("SharedSync-[0-9A-F-]{36}");
        List<Asset> inShared = lib.read(() -> List.copyOf(shared.assets()));
        assertThat(inShared).hasSizeGreaterThanOrEqualTo(4);
        assertThat(inShared).anyMatch(s -> assets.stream().anyMatch(p -> p.master().recordName().equals(s.master().recordName())));
    }

    @Test
    void theSameSeedGivesTheSameLibraryAndAnotherSeedAnother() {
        PhotoLibrary a = new PhotoLibrary("_o", fake.clock(), 5, dev.orchard.fake.photos.library.ContentSizes.DEFAULT, true);
        PhotoLibrary b = new PhotoLibrary("_o", fake.clock(), 5, dev.orchard.fake.photos.library.ContentSizes.DEFAULT, true);
        PhotoLibrary c = new PhotoLibrary("_o", fake.clock(), 6, dev.orchard.fake.photos.library.ContentSizes.DEFAULT, true);
        dev.orchard.fake.photos.generator.LibraryGenerator.generate(a, 60, 5);
        dev.orchard.fake.photos.generator.LibraryGenerator.generate(b, 60, 5);
        dev.orchard.fake.photos.generator.LibraryGenerator.generate(c, 60, 6);
        assertThat(fingerprint(a)).isEqualTo(fingerprint(b)).isNotEqualTo(fingerprint(c));
    }

    static List<String> fingerprint(PhotoLibrary l) {
        return l.read(() -> l.primary().assets().stream()
                .map(x -> x.recordName() + " " + x.master().recordName() + " " + x.assetDate() + " " + x.master().filename()).toList());
    }
}
