package dev.orchard.fake.photos.generator;

import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.Location;
import dev.orchard.fake.photos.library.Subtype;

import java.util.ArrayList;
import java.util.List;

/**
 * The first assets of every generated library: one of each kind a client must handle, named so a
 * person looking at a synced folder can tell which is which.
 */
final class Coverage {
    /** Names that a careless client would turn into paths outside its folder or invalid files. */
    static final List<String> HOSTILE_NAMES = List.of(
            "../x.jpg",
            "../../etc/passwd.JPG",
            "folder/inside/name.jpg",
            "/absolute.JPG",
            "back\\slash.JPG",
            "control\u0001char\u001f\ttab\nnewline.JPG",
            "x".repeat(296) + ".jpg",
            "..",
            " leading and trailing spaces .JPG",
            "NUL\u0000byte.JPG");
    static final List<String> NON_ASCII_NAMES = List.of("Café déjà vu.JPG", "日本の写真.HEIC", "Ωμέγα 😀.JPG", "Ünïcödé́.MOV");

    private final LibraryGenerator gen;
    private final boolean sharedLibrary;
    private final List<AssetSpec> specs = new ArrayList<>();

    Coverage(LibraryGenerator gen, boolean sharedLibrary) {
        this.gen = gen;
        this.sharedLibrary = sharedLibrary;
    }

    List<AssetSpec> specs() {
        AssetSpec first = add(AssetKind.PHOTO).filename("IMG_0001.JPG");
        for (String album : gen.albums().subList(0, Math.min(2, gen.albums().size()))) {
            if (!first.albums().contains(album)) first.inAlbum(album);
        }
        add(AssetKind.PHOTO).format(ContentFormat.HEIC).filename("IMG_0002.HEIC");
        add(AssetKind.PHOTO).format(ContentFormat.PNG).filename("Drawing.PNG");
        add(AssetKind.VIDEO).filename("IMG_0003.MOV");
        add(AssetKind.VIDEO).format(ContentFormat.MP4).filename("clip.mp4");
        add(AssetKind.LIVE).filename("IMG_0004.HEIC");
        add(AssetKind.LIVE).format(ContentFormat.JPEG).filename("IMG_0005.JPG");
        add(AssetKind.PHOTO).filename("IMG_0006.JPG").edited(true);
        add(AssetKind.VIDEO).filename("IMG_0007.MOV").edited(true);
        add(AssetKind.LIVE).filename("IMG_0008.HEIC").edited(true);
        add(AssetKind.RAW_PAIR).filename("IMG_0009.JPG");
        add(AssetKind.RAW_PAIR).format(ContentFormat.DNG).filename("IMG_0010.DNG");
        add(AssetKind.PHOTO).filename("IMG_0011.JPG").favorite(true);
        add(AssetKind.LIVE).filename("IMG_0012.HEIC").favorite(true).edited(true);
        add(AssetKind.PHOTO).filename("IMG_0013.JPG").hidden(true);
        add(AssetKind.PHOTO).filename("IMG_0014.JPG").trashed(true);
        add(AssetKind.VIDEO).filename("IMG_0015.MOV").trashed(true);
        add(AssetKind.PHOTO).filename("IMG_0001.JPG");
        add(AssetKind.PHOTO).filename("IMG_0001.JPG");
        for (String name : NON_ASCII_NAMES) {
            AssetKind kind = name.endsWith(".MOV") ? AssetKind.VIDEO : AssetKind.PHOTO;
            add(kind).format(name.endsWith(".HEIC") ? ContentFormat.HEIC : null).filename(name);
        }
        for (String name : HOSTILE_NAMES) add(AssetKind.PHOTO).filename(name);
        add(AssetKind.PHOTO).noFilename();
        add(AssetKind.VIDEO).noFilename();
        add(AssetKind.PHOTO).sameMasterAs(first.id());
        add(AssetKind.PHOTO).sameMasterAs(first.id()).favorite(true);
        add(AssetKind.PHOTO).filename("Screenshot 2024-05-01 at 10.00.00.PNG").format(ContentFormat.PNG).subtype(Subtype.SCREENSHOT);
        add(AssetKind.PHOTO).filename("PANO_0001.JPG").subtype(Subtype.PANORAMA);
        add(AssetKind.VIDEO).filename("SLOMO_0001.MOV").subtype(Subtype.SLOMO);
        add(AssetKind.VIDEO).filename("TIMELAPSE_0001.MOV").subtype(Subtype.TIMELAPSE);
        for (int b = 1; b <= 3; b++) add(AssetKind.PHOTO).filename("IMG_010" + b + ".JPG").burstId("BURST-0001");
        add(AssetKind.PHOTO).filename("IMG_0020.JPG").caption("A caption with ünïcode")
                .description("A <description> & \"quotes\"\nover two lines").keywords(List.of("beach", "Été", "a|b"))
                .location(new Location(-33.856784, 151.215297, -4.5, 271.25, 1.5, 4.7, 0, 1_700_000_000_000L));

        if (sharedLibrary) {
            add(AssetKind.PHOTO, true).filename("SHARED_0001.JPG");
            add(AssetKind.LIVE, true).filename("SHARED_0002.HEIC").edited(true);
            add(AssetKind.VIDEO, true).filename("SHARED_0003.MOV");
            add(AssetKind.PHOTO, true).filename("IMG_0001.JPG").seed(first.seed());
        }
        return specs;
    }

    private AssetSpec add(AssetKind kind) {
        return add(kind, false);
    }

    private AssetSpec add(AssetKind kind, boolean shared) {
        AssetSpec s = gen.base(kind, specs.size(), shared);
        specs.add(s);
        return s;
    }
}
