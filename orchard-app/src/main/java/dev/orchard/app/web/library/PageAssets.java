package dev.orchard.app.web.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's files, shipped in the jar next to this class (plain HTML, CSS and JavaScript; nothing from the internet). */
final class PageAssets {
    static final String INDEX = load("index.html");
    static final String SCRIPT = load("app.js");
    static final String STYLE = load("app.css");

    private PageAssets() {
    }

    private static String load(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing page file " + name + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
