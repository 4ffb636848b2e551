package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.ContentFormat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Decides which resources an asset kind has, in which formats and sizes, and builds them from a seed. */
final class ResourceFactory {
    private static final int ORIGINAL_W = 160;
    private static final int ORIGINAL_H = 120;
    /** iCloud's renditions are about 2048 px (med) and 480 px (thumb) wide; med is smaller here to keep the fake light. */
    private static final int MED_W = 1024;
    private static final int MED_H = 768;
    private static final int THUMB_W = 480;
    private static final int THUMB_H = 360;

    private final ContentSizes sizes;

    ResourceFactory(ContentSizes sizes) {
        this.sizes = sizes;
    }

    static ContentFormat originalFormat(AssetSpec s) {
        ContentFormat f = s.format == null ? s.kind.defaultFormat() : s.format;
        Set<ContentFormat> allowed = switch (s.kind) {
            case PHOTO -> Set.of(ContentFormat.JPEG, ContentFormat.HEIC, ContentFormat.PNG);
            case VIDEO -> Set.of(ContentFormat.MOV, ContentFormat.MP4);
            case LIVE -> Set.of(ContentFormat.HEIC, ContentFormat.JPEG);
            case RAW_PAIR -> Set.of(ContentFormat.JPEG, ContentFormat.DNG);
        };
        if (!allowed.contains(f)) {
            throw LibraryException.invalid("a " + s.kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " asset cannot have a " + f.name().toLowerCase(java.util.Locale.ROOT) + " original (allowed: "
                    + allowed.stream().map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList() + ")");
        }
        return f;
    }

    /** The master's resources for {@code spec}, built from {@code seed}. */
    Map<ResourceRole, Resource> masterResources(AssetSpec spec, long seed) {
        ContentFormat f = originalFormat(spec);
        Map<ResourceRole, Resource> m = new EnumMap<>(ResourceRole.class);
        long photo = spec.originalBytes > 0 ? spec.originalBytes : sizes.photoBytes();
        long video = spec.originalBytes > 0 ? spec.originalBytes : sizes.videoBytes();
        switch (spec.kind) {
            case PHOTO -> m.put(ResourceRole.ORIGINAL, photo(f, photo, seed, ResourceRole.ORIGINAL));
            case VIDEO -> {
                m.put(ResourceRole.ORIGINAL, video(f, video, seed, ResourceRole.ORIGINAL));
                videoDerivatives(m, seed);
            }
            case LIVE -> {
                m.put(ResourceRole.ORIGINAL, photo(f, photo, seed, ResourceRole.ORIGINAL));
                m.put(ResourceRole.ORIGINAL_VID_COMPL, video(ContentFormat.MOV, sizes.videoBytes() / 2, seed,
                        ResourceRole.ORIGINAL_VID_COMPL));
                videoDerivatives(m, seed);
            }
            case RAW_PAIR -> {
                ContentFormat other = f == ContentFormat.DNG ? ContentFormat.JPEG : ContentFormat.DNG;
                m.put(ResourceRole.ORIGINAL, photo(f, f == ContentFormat.DNG ? 2 * photo : photo, seed, ResourceRole.ORIGINAL));
                m.put(ResourceRole.ORIGINAL_ALT, photo(other, other == ContentFormat.DNG ? 2 * photo : photo, seed,
                        ResourceRole.ORIGINAL_ALT));
            }
        }
        m.put(ResourceRole.JPEG_MED, jpeg(sizes.photoBytes() / 4, seed, ResourceRole.JPEG_MED, MED_W, MED_H));
        m.put(ResourceRole.JPEG_THUMB, jpeg(sizes.photoBytes() / 16, seed, ResourceRole.JPEG_THUMB, THUMB_W, THUMB_H));
        return m;
    }

    private void videoDerivatives(Map<ResourceRole, Resource> m, long seed) {
        m.put(ResourceRole.VID_MED, video(ContentFormat.MOV, sizes.videoBytes() / 4, seed, ResourceRole.VID_MED));
        m.put(ResourceRole.VID_SMALL, video(ContentFormat.MOV, sizes.videoBytes() / 8, seed, ResourceRole.VID_SMALL));
    }

    /** A rendered edit of {@code master}; {@code generation} makes every edit's files new. */
    Edit edit(Master master, Subtype subtype, long seed, int generation) {
        if (subtype == Subtype.SLOMO) return new Edit("com.apple.video.slomo", null, null);
        long s = Blob.mix(seed ^ (0x5EED_0000L + generation));
        Resource thumb = jpeg(sizes.photoBytes() / 16, s, ResourceRole.EDIT_THUMB, THUMB_W, THUMB_H);
        if (master.format().video()) {
            return new Edit("com.apple.video", video(ContentFormat.MOV, sizes.videoBytes(), s, ResourceRole.VID_FULL), thumb);
        }
        return new Edit("com.apple.photo", jpeg(sizes.photoBytes(), s, ResourceRole.JPEG_FULL, ORIGINAL_W, ORIGINAL_H), thumb);
    }

    private static Resource photo(ContentFormat f, long bytes, long seed, ResourceRole role) {
        return Resource.create(f, bytes, roleSeed(seed, role), ORIGINAL_W, ORIGINAL_H);
    }

    private static Resource jpeg(long bytes, long seed, ResourceRole role, int w, int h) {
        return Resource.create(ContentFormat.JPEG, bytes, roleSeed(seed, role), w, h);
    }

    private static Resource video(ContentFormat f, long bytes, long seed, ResourceRole role) {
        return Resource.create(f, bytes, roleSeed(seed, role), ORIGINAL_W, ORIGINAL_H);
    }

    private static long roleSeed(long seed, ResourceRole role) {
        return Blob.mix(seed + 0x9E3779B97F4A7C15L * (role.ordinal() + 1));
    }
}
