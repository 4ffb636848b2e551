package dev.orchard.photos.layout;

import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.icloud.photos.model.Utis;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The file names of an asset's versions, all sharing one base so they sort together: {@code IMG_1.HEIC},
 * its Live Photo motion {@code IMG_1.MOV}, its RAW twin {@code IMG_1.DNG}, its edit {@code IMG_1-edited.JPG}.
 * Derived extensions follow the case of the original's.
 */
public final class VersionNames {
    /** Room left in a 255-byte name for the collision suffix, "-edited" and the extension. */
    static final int MAX_BASE_BYTES = 200;
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

    private final String base;
    private final String extension;

    private VersionNames(String base, String extension) {
        this.base = base;
        this.extension = extension;
    }

    /** The names for {@code master}'s original file name (or, without one, a name made from its record name). */
    public static VersionNames of(Master master) {
        String name = master.filename();
        String base = null;
        String ext = null;
        if (name != null) {
            int dot = name.lastIndexOf('.');
            if (dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
                base = name.substring(0, dot);
                ext = name.substring(dot + 1);
            } else {
                base = name;
            }
        }
        if (ext == null) {
            Resource original = master.resource(ResourceRole.ORIGINAL);
            String uti = master.itemType() != null ? master.itemType() : original == null ? null : original.fileType();
            String e = Utis.extension(uti);
            ext = e == null ? "dat" : e.toUpperCase(Locale.ROOT);
        }
        String fallback = fromRecordName(master.recordName());
        base = NameSanitizer.component(base, MAX_BASE_BYTES, fallback);
        return new VersionNames(base, ext);
    }

    private static String fromRecordName(String recordName) {
        String id = recordName == null ? "" : recordName;
        String s = id.substring(0, Math.min(12, id.length())).replaceAll("[^A-Za-z0-9]", "_");
        return s.isEmpty() ? "photo" : s;
    }

    public String base() {
        return base;
    }

    /** File names per version present in {@code resources}; {@code suffix} (may be empty) disambiguates. */
    public Map<ResourceRole, String> names(Map<ResourceRole, Resource> resources, String suffix) {
        Map<ResourceRole, String> out = new EnumMap<>(ResourceRole.class);
        String b = base + suffix;
        for (ResourceRole role : resources.keySet()) {
            Resource r = resources.get(role);
            String name = switch (role) {
                case ORIGINAL -> b + "." + extension;
                case ALTERNATIVE -> b + distinct(r, "jpg", "-alt");
                case LIVE_VIDEO -> b + distinct(r, "mov", "-live");
                case EDITED -> b + "-edited." + styled(r, "jpg");
                case EDITED_VIDEO -> {
                    String ext = styled(r, "mov");
                    Resource photoEdit = resources.get(ResourceRole.EDITED);
                    boolean clash = photoEdit != null && styled(photoEdit, "jpg").equalsIgnoreCase(ext);
                    yield b + (clash ? "-edited-video." : "-edited.") + ext;
                }
                case THUMB, PREVIEW, EDITED_THUMB -> throw new IllegalArgumentException("renditions have no library name");
            };
            out.put(role, name);
        }
        return out;
    }

    private String distinct(Resource r, String defaultExt, String tag) {
        String ext = styled(r, defaultExt);
        return ext.equalsIgnoreCase(extension) ? tag + "." + ext : "." + ext;
    }

    private String styled(Resource r, String defaultExt) {
        String e = Utis.extension(r.fileType());
        if (e == null) e = defaultExt;
        boolean upper = extension.equals(extension.toUpperCase(Locale.ROOT)) && !extension.equals(extension.toLowerCase(Locale.ROOT));
        return upper ? e.toUpperCase(Locale.ROOT) : e.toLowerCase(Locale.ROOT);
    }

    /** The suffix that makes an asset's names unique: {@code _} and the start of its id. */
    public static String suffix(String assetId, int length) {
        String clean = assetId == null ? "" : assetId.replaceAll("[^A-Za-z0-9]", "");
        if (clean.isEmpty()) clean = "x";
        return "_" + clean.substring(0, Math.min(length, clean.length()));
    }
}
