package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.drive.DriveSettings;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.admin.SettingsJson;
import dev.orchard.fake.drive.seed.DirectorySeeder;
import dev.orchard.fake.drive.seed.TreeGenerator;
import dev.orchard.fake.drive.tree.EtagPropagation;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.http.Json;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the fake's iCloud Drive holds at start, and how it behaves where Apple's behaviour is unknown. */
public final class DriveOptions {
    @Option(names = "--drive-seed-dir", paramLabel = "DIR",
            description = "Copy this local directory into the account's iCloud Drive at start (package directories such as .pages become package items).")
    Path seedDir;

    @Option(names = "--drive-files", defaultValue = "0", paramLabel = "N",
            description = "Generate N files of reproducible content (from --seed) in the Drive (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--drive-folders", defaultValue = "0", paramLabel = "M",
            description = "Spread the generated files over M generated folders (default: ${DEFAULT-VALUE}).")
    int folders;

    @Option(names = "--drive-max-file-size", defaultValue = "65536", paramLabel = "BYTES",
            description = "Largest generated file; sizes spread log-uniformly below it (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--drive-etag-propagation", defaultValue = "parent", paramLabel = "MODE",
            description = "Which folders get a new etag when something inside changes: parent or ancestors (default: ${DEFAULT-VALUE}).")
    String etagPropagation;

    @Option(names = "--drive-name-clash", defaultValue = "auto-rename", paramLabel = "POLICY",
            description = "createFolders/renameItems/moveItems onto a taken name: auto-rename or reject (default: ${DEFAULT-VALUE}).")
    String nameClash;

    @Option(names = "--drive-case-sensitive", description = "Let names that differ only in case coexist (default: they clash).")
    boolean caseSensitive;

    @Option(names = "--drive-nfd-names", description = "Report names in Unicode NFD, as iCloud has been seen to.")
    boolean nfdNames;

    @Option(names = "--drive-listing-lag", defaultValue = "0", paramLabel = "N",
            description = "New items stay out of their folder's next N listings (eventual consistency) (default: ${DEFAULT-VALUE}).")
    int listingLag;

    @Option(names = "--drive-redirect-330", description = "Download URLs first answer 330 with a Location to follow.")
    boolean redirect330;

    @Option(names = "--drive-setting", paramLabel = "KEY=VALUE",
            description = "Any other Drive knob of GET /_fake/drive/settings, e.g. commitStatusCode=200. Repeatable.")
    List<String> settings = new ArrayList<>();

    void applyTo(FakeConfig config) {
        EtagPropagation propagation = EtagPropagation.parse(etagPropagation);
        NameClashPolicy clash = NameClashPolicy.parse(nameClash);
        if (seedDir != null && !Files.isDirectory(seedDir)) throw new IllegalArgumentException("--drive-seed-dir: not a directory: " + seedDir);
        TreeGenerator.Spec spec = new TreeGenerator.Spec(files, folders, config.seed(), maxFileSize);
        var extra = Json.object();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--drive-setting wants KEY=VALUE, got '" + s + "'");
            String value = s.substring(eq + 1).trim();
            String key = s.substring(0, eq).trim();
            if (value.matches("-?\\d{1,18}")) extra.put(key, Long.parseLong(value));
            else if (value.equals("true") || value.equals("false")) extra.put(key, Boolean.parseBoolean(value));
            else extra.put(key, value);
        }
        SettingsJson.apply(new DriveSettings(), extra);
        config.setup(fake -> {
            DriveSettings d = fake.drive().settings();
            d.tree().etagPropagation(propagation).nameClash(clash).caseInsensitive(!caseSensitive);
            d.nfdNames(nfdNames).listingLag(listingLag).redirect330(redirect330);
            SettingsJson.apply(d, extra);
            if (seedDir == null && files == 0 && folders == 0) return;
            RemoteDrive remote = fake.drive().account();
            if (seedDir != null) DirectorySeeder.seed(seedDir, remote, fake.drive().blobs());
            if (files > 0 || folders > 0) TreeGenerator.generate(remote.tree(), remote.item(""), fake.drive().blobs(), spec);
        });
    }
}
