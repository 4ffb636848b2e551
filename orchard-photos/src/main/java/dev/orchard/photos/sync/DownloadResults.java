package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.localfiles.DurableFiles;
import dev.orchard.photos.download.DownloadException;
import dev.orchard.photos.download.DownloadItem;
import dev.orchard.photos.download.Downloader;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.download.Quarantined;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.report.SyncReport.Counter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records downloads as they end, in groups: the directories of a group's renames are fsynced once, then the
 * group is committed in one transaction. A file is only ever recorded as present after its rename is
 * durable; a crash before that leaves it to be adopted (re-hashed, not re-downloaded) by the next run.
 */
final class DownloadResults implements Downloader.Handler {
    private static final int GROUP = 64;

    private final Stores stores;
    private final LibraryPaths paths;
    private final SyncReport report;
    private final SyncListener listener;
    private final List<Done> pending = new ArrayList<>();

    private record Done(DownloadItem item, FileFetcher.Outcome outcome) {
    }

    DownloadResults(Stores stores, LibraryPaths paths, SyncReport report, SyncListener listener) {
        this.stores = stores;
        this.paths = paths;
        this.report = report;
        this.listener = listener;
    }

    @Override
    public void done(DownloadItem item, FileFetcher.Outcome outcome) {
        List<Done> group = null;
        synchronized (this) {
            pending.add(new Done(item, outcome));
            if (pending.size() >= GROUP) {
                group = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (group != null) record(group);
        report.add(outcome.adopted() ? Counter.ADOPTED : item.role().rendition() ? Counter.PREVIEWS : Counter.DOWNLOADED, 1);
        if (!outcome.verified()) report.add(Counter.UNVERIFIED, 1);
        listener.fileDone(item.path());
    }

    @Override
    public void failed(DownloadItem item, DownloadException error) {
        stores.db().txRun(db -> stores.files().setProblem(item.path(), error.getMessage()));
        if (error instanceof Quarantined) report.quarantined(error.getMessage());
        else report.failed(error.getMessage());
        listener.warning(error.getMessage());
    }

    /** Records whatever is still pending; call once the downloads are over. */
    void flush() {
        List<Done> group;
        synchronized (this) {
            group = new ArrayList<>(pending);
            pending.clear();
        }
        if (!group.isEmpty()) record(group);
    }

    private void record(List<Done> group) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Done d : group) dirs.add(paths.resolve(d.item().path()).getParent());
        dirs.forEach(DurableFiles::fsyncDirectory);
        stores.db().txRun(db -> {
            for (Done d : group) stores.files().setState(d.item().path(), FileState.PRESENT, d.outcome().verified(), null);
        });
    }
}
