package dev.orchard.fake.drive.tree;

import java.util.List;

/** UI metadata of an app library (Pages, Obsidian, ...), shown on its APP_LIBRARY entry under the Drive root. */
public record AppLibrary(String zone, String displayName, List<String> supportedExtensions, List<String> supportedTypes) {
    public AppLibrary {
        if (zone == null || zone.isBlank() || zone.contains("::") || zone.contains("/")) {
            throw new IllegalArgumentException("an app library zone is a bundle id such as com.apple.Pages, got '" + zone + "'");
        }
        if (displayName == null || displayName.isBlank()) throw new IllegalArgumentException("an app library needs a name");
        supportedExtensions = List.copyOf(supportedExtensions);
        supportedTypes = List.copyOf(supportedTypes);
    }

    /** The libraries a fresh account has. */
    public static List<AppLibrary> defaults() {
        return List.of(
                new AppLibrary("com.apple.Keynote", "Keynote", List.of("key", "pptx", "ppt"),
                        List.of("com.apple.iwork.keynote.key", "org.openxmlformats.presentationml.presentation")),
                new AppLibrary("com.apple.Numbers", "Numbers", List.of("numbers", "xlsx", "csv"),
                        List.of("com.apple.iwork.numbers.numbers", "public.comma-separated-values-text")),
                new AppLibrary("com.apple.Pages", "Pages", List.of("pages", "docx", "txt"),
                        List.of("com.apple.iwork.pages.pages", "public.plain-text")),
                new AppLibrary("iCloud.md.obsidian", "Obsidian", List.of("md"), List.of("net.daringfireball.markdown")));
    }
}
