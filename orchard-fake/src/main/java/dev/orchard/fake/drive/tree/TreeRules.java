package dev.orchard.fake.drive.tree;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tree behaviours docs/protocol/drive.md leaves open, switchable while the fake runs. Defaults: etags move on the
 * item and its parent only, name clashes auto-rename, names clash case-insensitively after NFC
 * normalisation, folders carry no extension, trash keeps items 30 days.
 */
public final class TreeRules {
    private volatile EtagPropagation etagPropagation = EtagPropagation.PARENT;
    private volatile NameClashPolicy nameClash = NameClashPolicy.AUTO_RENAME;
    private volatile boolean caseInsensitive = true;
    private volatile boolean unicodeNormalized = true;
    private volatile boolean foldersCarryExtension;
    private volatile String autoRenamePattern = "{name} {n}{ext}";
    private volatile Duration trashRetention = Duration.ofDays(30);
    private final AtomicInteger nameKeyVersion = new AtomicInteger();

    public EtagPropagation etagPropagation() { return etagPropagation; }
    public TreeRules etagPropagation(EtagPropagation p) { etagPropagation = Objects.requireNonNull(p); return this; }

    public NameClashPolicy nameClash() { return nameClash; }
    public TreeRules nameClash(NameClashPolicy p) { nameClash = Objects.requireNonNull(p); return this; }

    public boolean caseInsensitive() { return caseInsensitive; }
    public TreeRules caseInsensitive(boolean on) {
        caseInsensitive = on;
        nameKeyVersion.incrementAndGet();
        return this;
    }

    /** Whether names are compared after NFC normalisation (so NFD "é" and NFC "é" clash). */
    public boolean unicodeNormalized() { return unicodeNormalized; }
    public TreeRules unicodeNormalized(boolean on) {
        unicodeNormalized = on;
        nameKeyVersion.incrementAndGet();
        return this;
    }

    /** Whether a folder named "photos.2024" is reported as name "photos" + extension "2024". */
    public boolean foldersCarryExtension() { return foldersCarryExtension; }
    public TreeRules foldersCarryExtension(boolean on) { foldersCarryExtension = on; return this; }

    /** How auto-renamed names are built: {@code {name}} the stem, {@code {n}} 2, 3, ..., {@code {ext}} ".pdf" or "". */
    public String autoRenamePattern() { return autoRenamePattern; }
    public TreeRules autoRenamePattern(String pattern) {
        if (pattern == null || !pattern.contains("{n}") || !pattern.contains("{name}")) {
            throw new IllegalArgumentException("an auto-rename pattern needs {name} and {n}, e.g. \"{name} {n}{ext}\"");
        }
        autoRenamePattern = pattern;
        return this;
    }

    public Duration trashRetention() { return trashRetention; }
    public TreeRules trashRetention(Duration d) {
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("trash retention must be positive");
        trashRetention = d;
        return this;
    }

    /** Changes whenever the clash comparison changes, so folders rebuild their name indexes. */
    int nameKeyVersion() { return nameKeyVersion.get(); }
}
