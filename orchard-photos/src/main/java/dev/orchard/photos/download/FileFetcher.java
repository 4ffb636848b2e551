package dev.orchard.photos.download;

import dev.orchard.localfiles.DurableFiles;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.http.ResponseTooLargeException;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import dev.orchard.photos.download.FetchDecisions.Decision;
import dev.orchard.photos.download.FetchDecisions.Problem;
import dev.orchard.photos.download.FetchDecisions.Step;
import dev.orchard.photos.download.FetchDecisions.Pause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * Fetches one file into place, or fails leaving nothing under its final name. The bytes stream into
 * {@code .orchard/partial/} (64 KiB at a time, whatever the size), resume with Range after a network error
 * or a crash, must have exactly the announced size, must not be an HTML error page, and must match iCloud's
 * {@code fileChecksum} (computed as the bytes are written, {@link WrittenChecksum}, or read back when resumed from an
 * earlier part); then they are fsynced, dated and renamed atomically (the caller fsyncs the directory
 * before recording the file). A checksum mismatch is fetched once more from scratch; a second one sends the
 * bytes to the quarantine, which is emptied of that file once a verified copy is in place.
 */
public final class FileFetcher {
    static final int BUFFER = 64 * 1024;
    static final int MAX_NETWORK_ATTEMPTS = 6;
    /**
     * An HTML page is not the server being overloaded (that is 429/5xx, backed off exponentially): a short
     * pause is enough for a passing one, and a captive portal's page costs seconds per file, not half a minute.
     */
    static final Duration HTML_RETRY_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(FileFetcher.class);

    private final CdnClient cdn;
    private final LibraryPaths paths;
    private final UrlRefresher refresher;
    private final Trash trash;
    private final Quarantine quarantine;
    private final Sleeper sleeper;
    private final DownloadHooks hooks;
    private final StallWatchdog watchdog;
    private final AdaptiveLimit limit;

    public FileFetcher(CdnClient cdn, LibraryPaths paths, UrlRefresher refresher, Trash trash, Sleeper sleeper,
                       DownloadHooks hooks, StallWatchdog watchdog) {
        this(cdn, AdaptiveLimit.none(), paths, refresher, trash, sleeper, hooks, watchdog);
    }

    /** As above, taking a slot of {@code limit} while bytes come over the network (and telling it how iCloud answers). */
    public FileFetcher(CdnClient cdn, AdaptiveLimit limit, LibraryPaths paths, UrlRefresher refresher, Trash trash,
                       Sleeper sleeper, DownloadHooks hooks, StallWatchdog watchdog) {
        this.limit = limit;
        this.watchdog = watchdog;
        this.cdn = limit.watching(cdn);
        this.paths = paths;
        this.refresher = refresher;
        this.trash = trash;
        this.quarantine = new Quarantine(paths);
        this.sleeper = sleeper;
        this.hooks = hooks;
    }

    /** What a finished fetch did. {@code networkBytes} 0 means the file was already there and was adopted. */
    public record Outcome(boolean verified, long networkBytes, boolean adopted) {
    }

    public Outcome fetch(DownloadItem item, LongConsumer progress) throws DownloadException {
        Path target = paths.resolve(item.path());
        boolean verifiable = FileChecksum.verifiable(item.checksum());
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (matches(target, item, verifiable)) {
                    DurableFiles.setModified(target, item.mtimeMillis());
                    if (verifiable) releaseQuarantine(item);
                    return new Outcome(verifiable, 0, true);
                }
                LOG.info("{} holds other bytes than iCloud's; moving it to the trash before fetching", item.path());
                trash.put(item.path());
            }
            Path part = paths.partialDirectory().resolve(partName(item));
            long network = 0;
            int checksumFailures = 0;
            WrittenChecksum written = new WrittenChecksum();
            while (true) {
                network += downloadInSlot(item, part, progress, written);
                if (!verifiable || FileChecksum.same(written.of(part), item.checksum())) break;
                checksumFailures++;
                if (checksumFailures >= 2) {
                    Path where = quarantine.put(part, item.path());
                    throw new Quarantined(item.path() + ": the downloaded bytes do not match iCloud's checksum (twice); "
                            + "kept in " + paths.root().relativize(where) + ", not placed in the library", where);
                }
                LOG.warn("{}: checksum mismatch; downloading it again", item.path());
                Files.deleteIfExists(part);
            }
            DurableFiles.fsync(part);
            DurableFiles.setModified(part, item.mtimeMillis());
            paths.modes().applyToFile(part);
            hooks.beforeRename(item, part);
            DurableFiles.moveWithoutDirectorySync(part, target, false, paths.modes());
            hooks.afterRename(item, target);
            if (verifiable) releaseQuarantine(item);
            return new Outcome(verifiable, network, false);
        } catch (IOException e) {
            throw new DownloadException(item.path() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e, DownloadTrouble.LOCAL, localDetail(e));
        }
    }

    private long downloadInSlot(DownloadItem item, Path part, LongConsumer progress, WrittenChecksum written)
            throws DownloadException, IOException {
        try {
            limit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("interrupted", false, null, "");
        }
        try {
            return download(item, part, progress, written);
        } finally {
            limit.release();
        }
    }

    /**
     * Fills {@code part} up to the announced size; returns the bytes it took from the network. The loop does the
     * I/O and the waits; {@link FetchDecisions} decides what each answer means.
     */
    private long download(DownloadItem item, Path part, LongConsumer progress, WrittenChecksum checksum)
            throws DownloadException, IOException {
        int networkFailures = 0;
        int refreshes = 0;
        long received = 0;
        Problem lastProblem = null;
        while (true) {
            long have = Files.exists(part) ? Files.size(part) : 0;
            if (item.size() >= 0 && have > item.size()) {
                Files.delete(part);
                have = 0;
            }
            if (item.size() >= 0 && have == item.size()) return received;
            if (networkFailures >= MAX_NETWORK_ATTEMPTS) {
                throw new DownloadException(item.path() + ": gave up after " + networkFailures + " attempts (" + lastProblem.text() + ")",
                        true, lastProblem.trouble(), lastProblem.detail());
            }
            String url = refresher.url(item);
            Decision d;
            try (StreamingResponse r = cdn.get(url, have)) {
                d = FetchDecisions.onAnswer(item.path(), new FetchDecisions.Answer(r.status(), r.header("Content-Type"),
                        r.header("Content-Range"), r.header("Location")), have, refreshes);
                if (d.discardPartial()) Files.deleteIfExists(part);
                if (d.step() == Step.READ) {
                    Problem broke = null;
                    try {
                        received += copy(r.body(), part, item, d.readFrom(), progress, checksum);
                    } catch (HtmlPageException e) {
                        broke = Problem.HTML;
                    } catch (IOException e) {
                        broke = Problem.network(e, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    }
                    d = broke == Problem.HTML ? FetchDecisions.htmlBody() : FetchDecisions.afterBody(item.size(), d.readFrom(),
                            Files.exists(part) ? Files.size(part) : 0, broke);
                    if (d.discardPartial()) Files.deleteIfExists(part);
                }
            } catch (ResponseTooLargeException e) {
                throw e;
            } catch (ICloudException e) {
                d = FetchDecisions.Decision.retry(Problem.network(e, e.getMessage()), false, Pause.BACKOFF, true);
            }
            switch (d.step()) {
                case DONE -> {
                    return received;
                }
                case FAIL -> throw d.failure();
                case NEW_URL -> {
                    refreshes++;
                    refresher.refresh(item, url);
                }
                case RETRY -> {
                    lastProblem = d.problem();
                    if (d.counts()) networkFailures++;
                    if (d.pause() == Pause.BACKOFF) backoff(networkFailures);
                    else if (d.pause() == Pause.HTML) pause(networkFailures, HTML_RETRY_WAIT);
                }
                case READ -> throw new IllegalStateException("a read is always followed by its outcome");
            }
        }
    }

    /** A verified copy is in place: the bad bytes kept from earlier attempts have served their purpose. */
    private void releaseQuarantine(DownloadItem item) {
        try {
            if (quarantine.release(item.path()) > 0) LOG.info("{}: verified; its quarantined copies are removed", item.path());
        } catch (IOException e) {
            LOG.warn("{}: verified, but its quarantined copies could not be removed: {}", item.path(), e.getMessage());
        }
    }

    private long copy(InputStream in, Path part, DownloadItem item, long have, LongConsumer progress, WrittenChecksum checksum)
            throws IOException {
        long limit = item.size() >= 0 ? item.size() - have : Long.MAX_VALUE;
        long written = 0;
        byte[] buf = new byte[BUFFER];
        boolean first = have == 0;
        checksum.startAt(have);
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                have > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
             StallWatchdog.Watch watch = watchdog.watch(in, item.path())) {
            int n;
            while ((n = in.read(buf)) > 0) {
                watch.progress();
                if (first) {
                    first = false;
                    if (HtmlGuard.looksLikeHtml(buf, n) && !htmlExpected(item)) {
                        throw new HtmlPageException();
                    }
                }
                if (written + n > limit) {
                    out.write(buf, 0, (int) (limit - written));
                    checksum.written(buf, (int) (limit - written));
                    written = limit;
                    LOG.warn("{}: the CDN sent more than the {} bytes iCloud announced; ignoring the rest", item.path(), item.size());
                    break;
                }
                out.write(buf, 0, n);
                checksum.written(buf, n);
                written += n;
                progress.accept(n);
                hooks.afterBytes(item, have + written);
            }
        }
        return written;
    }

    private static boolean htmlExpected(DownloadItem item) {
        return item.fileType() != null && item.fileType().contains("html");
    }

    private boolean matches(Path file, DownloadItem item, boolean verifiable) throws IOException {
        if (item.size() >= 0 && Files.size(file) != item.size()) return false;
        return !verifiable || FileChecksum.same(checksum(file), item.checksum());
    }

    /** Apple's fileChecksum of a file on disk. */
    public static String checksum(Path file) throws IOException {
        FileChecksum c = new FileChecksum();
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) c.update(buf, 0, n);
        }
        return c.finish();
    }

    /**
     * Stable across runs, so a crashed download resumes from its partial file; per asset, because assets
     * sharing a master download the same bytes at the same time.
     */
    static String partName(DownloadItem item) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            String key = item.zone() + "\n" + item.assetId() + "\n" + item.role() + "\n" + item.checksum();
            return HexFormat.of().formatHex(d.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 40) + ".part";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void backoff(int failures) throws DownloadException {
        pause(failures, Duration.ofMillis(Math.min(30_000L, 500L << Math.min(failures - 1, 10))));
    }

    /** Waits before the next attempt; not after the last one, which only gives up. */
    private void pause(int failures, Duration d) throws DownloadException {
        if (failures >= MAX_NETWORK_ATTEMPTS) return;
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("interrupted", false, null, "");
        }
    }

    /** What kind of local failure, without the path (the same disk problem hits every file). */
    private static String localDetail(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName();
    }

    private static final class HtmlPageException extends IOException {
        HtmlPageException() {
            super("HTML page instead of the file");
        }
    }
}
