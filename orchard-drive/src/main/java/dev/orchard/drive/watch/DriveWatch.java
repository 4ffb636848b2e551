package dev.orchard.drive.watch;

import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.sync.AbortedException;
import dev.orchard.drive.sync.DriveFolder;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.auth.SessionEndedException;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.http.RetryLaterException;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code drive sync --watch} set up: the file-system watcher on the folder, the quiet period, and one pass of
 * {@code folder} per {@link WatchLoop} turn. A pass that iCloud refuses for now or that a safety check stops is
 * reported to the listener and retried later; the loop ends when {@code stop} is set, or with the
 * {@code SessionEndedException} of a session Apple ended when signing in again is off.
 */
public final class DriveWatch {
    private final DriveFolder folder;
    private final DriveClient client;
    private final SyncOptions options;
    private final Duration quietPeriod;
    private final Duration interval;
    private final Clock clock;

    public DriveWatch(DriveFolder folder, DriveClient client, SyncOptions options, Duration quietPeriod, Duration interval,
                      Clock clock) {
        this.folder = folder;
        this.client = client;
        this.options = options;
        this.quietPeriod = quietPeriod;
        this.interval = interval;
        this.clock = clock;
    }

    public void run(AtomicBoolean stop, SyncListener progress, WatchListener listener) throws InterruptedException {
        boolean[] failed = {false};
        try (ChangeWatcher watcher = new ChangeWatcher(options.localDir())) {
            listener.started(options.localDir(), interval);
            new WatchLoop(watcher, new QuietPeriod(quietPeriod), interval, clock, stop).run(() -> {
                listener.passStarted();
                try {
                    PassReport r = folder.pass(client, options, progress, clock, stop);
                    listener.passed(r);
                    failed[0] = r.outcome().get(Outcome.Count.FAILED) > 0;
                    return new WatchLoop.Result(null, r.writtenLocally());
                } catch (SessionEndedException e) {
                    listener.sessionEnded(e.getMessage());
                    throw e;
                } catch (RetryLaterException e) {
                    listener.passFailed(e.getMessage());
                    failed[0] = true;
                    return new WatchLoop.Result(e.retryAt(), Set.of());
                } catch (AbortedException | ICloudException e) {
                    listener.passFailed(e.getMessage());
                    failed[0] = true;
                    return new WatchLoop.Result(null, Set.of());
                }
            }, () -> failed[0]);
        }
        listener.stopped();
    }
}
