package dev.orchard.fake.photos;

import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.generator.LibraryGenerator;
import dev.orchard.fake.photos.generator.LibrarySpecLoader;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The iCloud Photos side of the fake: a library per account (empty until generated or loaded), read and changed
 * by the CloudKit endpoints ({@code cloudkit}), the download CDN ({@code cdn}) and the admin routes under
 * {@code /_fake/photos/} ({@code admin}).
 *
 * <pre>{@code fake.photos().generate(300);             // the demo account's library, from the fake's seed
 * PhotoLibrary lib = fake.photos().library();
 * lib.favorite(assetId, true);}</pre>
 */
public final class FakePhotos {
    private final ServiceContext context;
    private final PhotosSettings settings = new PhotosSettings();
    private final PhotosHooks hooks = new PhotosHooks();
    private final Map<String, PhotoLibrary> libraries = new ConcurrentHashMap<>();

    public FakePhotos(ServiceContext context) {
        this.context = context;
    }

    public PhotosSettings settings() {
        return settings;
    }

    /** Changes "on another device" at a chosen moment (before the next modify, after the Nth lookup). */
    public PhotosHooks hooks() {
        return hooks;
    }

    /** The library of the demo account (or of the only account). */
    public PhotoLibrary library() {
        return library(defaultAccount());
    }

    /** The account's library; an empty one is made on first use. */
    public PhotoLibrary library(FakeAccount account) {
        return libraries.computeIfAbsent(account.key(), k -> newLibrary(account, context.seed(), settings.contentSizes(),
                settings.sharedLibrary()));
    }

    /** Replaces the demo account's library with {@code assets} generated assets from the fake's seed. */
    public PhotoLibrary generate(int assets) {
        return generate(defaultAccount(), assets, context.seed());
    }

    /** Replaces the account's library with a generated one; same seed and count, same library. */
    public PhotoLibrary generate(FakeAccount account, int assets, long seed) {
        PhotoLibrary lib = newLibrary(account, seed, settings.contentSizes(), settings.sharedLibrary());
        LibraryGenerator.generate(lib, assets, seed);
        libraries.put(account.key(), lib);
        return lib;
    }

    /** Replaces the account's library with the one a JSON spec file describes (see generator/LIBRARY-SPEC.md). */
    public PhotoLibrary load(FakeAccount account, Path specFile) {
        String json;
        try {
            json = Files.readString(specFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read library spec " + specFile + ": " + e.getMessage());
        }
        return loadJson(account, json);
    }

    public PhotoLibrary loadJson(FakeAccount account, String json) {
        LibrarySpecLoader spec = LibrarySpecLoader.parse(json);
        LibrarySpecLoader.Header h = spec.header(context.seed(), settings.contentSizes());
        PhotoLibrary lib = newLibrary(account, h.seed(), h.sizes(), h.sharedLibrary());
        spec.fill(lib);
        libraries.put(account.key(), lib);
        return lib;
    }

    /** Replaces the account's library with an empty one. */
    public PhotoLibrary reset(FakeAccount account) {
        PhotoLibrary lib = newLibrary(account, context.seed(), settings.contentSizes(), settings.sharedLibrary());
        libraries.put(account.key(), lib);
        return lib;
    }

    /** The file with this checksum in any library (the CDN needs no session), or null. */
    public Resource findContent(Checksum checksum) {
        for (PhotoLibrary lib : libraries.values()) {
            Resource r = lib.content(checksum);
            if (r != null) return r;
        }
        return null;
    }

    /** The demo account, else the only one (see {@link dev.orchard.fake.auth.Accounts#defaultAccount()}). */
    public FakeAccount defaultAccount() {
        return context.accounts().defaultAccount();
    }

    private PhotoLibrary newLibrary(FakeAccount account, long seed, ContentSizes sizes, boolean shared) {
        return new PhotoLibrary(account.ownerRecordName(), context.clock(), seed, sizes, shared);
    }
}
