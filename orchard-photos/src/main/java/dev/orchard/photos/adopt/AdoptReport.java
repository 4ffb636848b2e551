package dev.orchard.photos.adopt;

import dev.orchard.photos.report.SyncReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an adoption did (or, in a dry run, would do). {@code adoptedFiles} files of the tree were taken in, filling
 * {@code libraryFiles} files of the library ({@code savedBytes}: what the next sync does not download); every other
 * file of the tree is still where it was, in one of the other counts or lists.
 */
public final class AdoptReport {
    private ForeignTree tree;
    private SyncReport listing;
    private boolean dryRun;
    private boolean link;
    long read;
    long readBytes;
    long adoptedFiles;
    long libraryFiles;
    long savedBytes;
    long alreadyThere;
    long duplicates;
    long resumed;
    final List<Path> unmatched = new ArrayList<>();
    final List<Path> notKept = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    void start(ForeignTree t, SyncReport fetch, boolean dry, boolean linked) {
        this.tree = t;
        this.listing = fetch;
        this.dryRun = dry;
        this.link = linked;
    }

    public ForeignTree tree() { return tree; }
    public SyncReport listing() { return listing; }
    public boolean dryRun() { return dryRun; }
    public boolean link() { return link; }
    /** Files of the tree whose checksum was computed (the others have a size no iCloud file has). */
    public long read() { return read; }
    public long readBytes() { return readBytes; }
    /** Files of the tree moved or linked into the library. */
    public long adoptedFiles() { return adoptedFiles; }
    /** Files of the library they filled (a file several assets share fills one per asset). */
    public long libraryFiles() { return libraryFiles; }
    /** Bytes the next sync does not download. */
    public long savedBytes() { return savedBytes; }
    /** Files whose version the library already had, verified (left where they were). */
    public long alreadyThere() { return alreadyThere; }
    /** Files with the same bytes as one adopted before them (left where they were). */
    public long duplicates() { return duplicates; }
    /** Moves a killed run left half done, finished by this one. */
    public long resumed() { return resumed; }
    /** Files that match nothing in iCloud (left where they were). */
    public List<Path> unmatched() { return Collections.unmodifiableList(unmatched); }
    /** Files of assets this library does not keep with its options: hidden, filtered out, deleted (left where they were). */
    public List<Path> notKept() { return Collections.unmodifiableList(notKept); }
    /** Files that could not be read or placed, with why (left where they were). */
    public List<String> failed() { return Collections.unmodifiableList(failed); }
}
