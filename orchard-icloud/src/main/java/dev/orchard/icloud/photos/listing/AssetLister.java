package dev.orchard.icloud.photos.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.photos.cloudkit.CkQueries;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import dev.orchard.icloud.photos.cloudkit.CloudKitClient;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.AssetIndex;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.records.RecordLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Lists every asset of an index (docs/protocol/photos.md §3): 100 assets (200 records) per page by {@code startRank}, pages
 * in parallel, masters paired with assets across pages, duplicates dropped. Assets whose master never showed
 * up get it from {@code records/lookup}; masters without an asset are ignored.
 */
public final class AssetLister {
    public static final int PAGE_ASSETS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(AssetLister.class);

    private final CloudKitClient ck;
    private final RecordLookup lookup;
    private final int parallelism;
    private final List<String> desiredKeys;

    public AssetLister(CloudKitClient ck, RecordLookup lookup, int parallelism) {
        this(ck, lookup, parallelism, CkQueries.DESIRED_KEYS);
    }

    public AssetLister(CloudKitClient ck, RecordLookup lookup, int parallelism, List<String> desiredKeys) {
        this.desiredKeys = desiredKeys;
        if (parallelism < 1) throw new IllegalArgumentException("listing parallelism must be >= 1, got " + parallelism);
        this.ck = ck;
        this.lookup = lookup;
        this.parallelism = parallelism;
    }

    /** Receives completed assets, one batch at a time, never concurrently. */
    public interface Sink {
        void accept(List<PhotoAsset> batch);
    }

    /** What a listing saw. */
    public record Result(long assets, int pages, int unpairedMasters, int assetsWithoutMaster) {
    }

    /**
     * @param expected  the index's count (pages are planned from it; more are probed if it was too low)
     * @param progress  told the number of assets listed so far
     */
    public Result list(PhotoZone zone, AssetIndex index, long expected, Sink sink, LongConsumer progress) {
        AssetPairer pairer = new AssetPairer();
        long[] emitted = {0};
        RankedPages.Sink<ParsedPage> pages = page -> {
            List<PhotoAsset> done = pairer.add(page);
            if (!done.isEmpty()) {
                sink.accept(done);
                emitted[0] += done.size();
                progress.accept(emitted[0]);
            }
        };
        int fetched = RankedPages.run(PAGE_ASSETS, expected, parallelism, rank -> page(zone, index, rank), pages,
                pairer::assetsSeen);
        int orphans = 0;
        Map<String, List<Asset>> waiting = pairer.waiting();
        if (!waiting.isEmpty()) {
            List<PhotoAsset> late = new ArrayList<>();
            for (CkRecord r : lookup.lookup(zone, waiting.keySet())) {
                if (!r.is(Master.TYPE)) continue;
                List<Asset> assets = waiting.remove(r.recordName());
                if (assets == null) continue;
                Master m = Master.parse(r);
                assets.forEach(a -> late.add(new PhotoAsset(a, m)));
            }
            for (List<Asset> lost : waiting.values()) orphans += lost.size();
            if (orphans > 0) LOG.warn("{} assets in {} have no master record; skipped", orphans, zone);
            if (!late.isEmpty()) {
                sink.accept(late);
                emitted[0] += late.size();
                progress.accept(emitted[0]);
            }
        }
        return new Result(emitted[0], fetched, pairer.unpairedMasterCount(), orphans);
    }

    private ParsedPage page(PhotoZone zone, AssetIndex index, long startRank) {
        ArrayNode filters = CkQueries.filters();
        CkQueries.equalsInt(filters, "startRank", startRank);
        CkQueries.equalsString(filters, "direction", "ASCENDING");
        ObjectNode body = CkQueries.withDesiredKeys(CkQueries.query(zone, index.listType(), filters, 2 * PAGE_ASSETS), desiredKeys);
        return ParsedPage.of(records(ck.post(zone.database(), "records/query", body)));
    }

    static List<CkRecord> records(JsonNode answer) {
        List<CkRecord> out = new ArrayList<>();
        for (JsonNode n : answer.path("records")) out.add(CkRecord.parse(n));
        return out;
    }
}
