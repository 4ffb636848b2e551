package dev.orchard.icloud.drive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lists a whole tree with retrieveItemDetailsInFolders: folder ids are batched ({@code batchSize} per call)
 * and at most {@code parallel} calls are in flight (docs/protocol/drive.md §2: ≤ 4). A call goes out with a full batch, or
 * with what is pending once no call in flight can add to it: sending every half-filled batch as soon as a
 * slot frees up costs requests (each of which iCloud counts against throttling) for little time, since the
 * calls in flight usually bring more folders within one round trip. Every listing goes to the sink as soon
 * as it arrives; the first failure stops the walk and is rethrown.
 */
public final class FolderWalker {
    private final DriveClient client;
    private final int batchSize;
    private final int parallel;

    public FolderWalker(DriveClient client, int batchSize, int parallel) {
        if (batchSize < 1 || parallel < 1) throw new IllegalArgumentException("batch size and parallelism must be >= 1");
        this.client = client;
        this.batchSize = batchSize;
        this.parallel = parallel;
    }

    /**
     * Walks from {@code rootId}, descending into child folders {@code descend} accepts. The sink is called
     * from one thread at a time.
     */
    public void walk(String rootId, Predicate<RemoteItem> descend, Consumer<FolderListing> sink) {
        Deque<String> pending = new ArrayDeque<>();
        pending.add(rootId);
        Object lock = new Object();
        int[] inFlight = {0};
        RuntimeException[] failure = {null};
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().factory())) {
            synchronized (lock) {
                while (true) {
                    while (failure[0] == null && !pending.isEmpty() && inFlight[0] < parallel
                            && (pending.size() >= batchSize || inFlight[0] == 0)) {
                        List<String> batch = new ArrayList<>();
                        while (batch.size() < batchSize && !pending.isEmpty()) batch.add(pending.poll());
                        inFlight[0]++;
                        pool.submit(() -> {
                            List<FolderListing> listings = null;
                            RuntimeException error = null;
                            try {
                                listings = client.listFolders(batch);
                            } catch (RuntimeException e) {
                                error = e;
                            }
                            synchronized (lock) {
                                inFlight[0]--;
                                if (error != null) {
                                    if (failure[0] == null) failure[0] = error;
                                } else if (failure[0] == null) {
                                    for (FolderListing l : listings) {
                                        sink.accept(l);
                                        for (RemoteItem c : l.children()) {
                                            if (c.isFolder() && descend.test(c)) pending.add(c.drivewsid());
                                        }
                                    }
                                }
                                lock.notifyAll();
                            }
                        });
                    }
                    if (inFlight[0] == 0 && (pending.isEmpty() || failure[0] != null)) break;
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new DriveException(DriveException.Kind.PROTOCOL, 0, "interrupted while listing iCloud Drive");
                    }
                }
            }
        }
        if (failure[0] != null) throw failure[0];
    }
}
