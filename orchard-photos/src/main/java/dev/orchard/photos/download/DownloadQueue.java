package dev.orchard.photos.download;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The bounded queue between the planner and the {@link Downloader}'s threads. Made first, so that the
 * {@link UrlRefresher} can look at the items waiting (to renew their URLs in the same lookup) without knowing the
 * downloader.
 */
public final class DownloadQueue {
    final BlockingQueue<DownloadItem> items;

    public DownloadQueue(int capacity) {
        this.items = new ArrayBlockingQueue<>(capacity);
    }

    /** Room for the planner to stay a little ahead of {@code threads} downloads. */
    public static DownloadQueue forThreads(int threads) {
        return new DownloadQueue(Math.max(256, threads * 8));
    }

    /** Items still waiting for the same zone as {@code item}. */
    public List<DownloadItem> waitingLike(DownloadItem item) {
        List<DownloadItem> out = new ArrayList<>();
        for (DownloadItem i : items) {
            if (i.zone().equals(item.zone())) out.add(i);
        }
        return out;
    }
}
