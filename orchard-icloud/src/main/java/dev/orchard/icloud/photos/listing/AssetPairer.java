package dev.orchard.icloud.photos.listing;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs CPLAssets with their CPLMasters by {@code masterRef} across pages in any order, dropping records seen
 * before (docs/protocol/photos.md §3). Only unpaired records and the most recent asset names are held, so memory stays
 * small whatever the library size: a repeat comes from a rank shift, so it lands near its first copy, and one
 * from further back is handed on again, which the consumer must take as an update of the same asset.
 */
final class AssetPairer {
    /** Asset names remembered for dropping repeats: far more than the pages fetched ahead of the consumer. */
    static final int RECENT_NAMES = 20_000;

    private final Map<String, Master> unpairedMasters = new HashMap<>();
    private final Map<String, List<Asset>> waitingAssets = new LinkedHashMap<>();
    private final Set<String> recentAssets = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_NAMES;
        }
    });
    private long assetsSeen;

    /** Adds one page; returns the assets it completed. */
    synchronized List<PhotoAsset> add(ParsedPage page) {
        Map<String, Master> pageMasters = new HashMap<>();
        List<Asset> pageAssets = new ArrayList<>();
        for (Master m : page.masters()) pageMasters.put(m.recordName(), m);
        for (Asset a : page.assets()) {
            if (recentAssets.add(a.recordName())) {
                pageAssets.add(a);
                assetsSeen++;
            }
        }
        List<PhotoAsset> done = new ArrayList<>();
        Set<String> usedHere = new HashSet<>();
        for (Asset a : pageAssets) {
            Master m = pageMasters.get(a.masterId());
            if (m == null) m = unpairedMasters.remove(a.masterId());
            if (m != null) {
                usedHere.add(m.recordName());
                done.add(new PhotoAsset(a, m));
            } else if (a.masterId() != null) {
                waitingAssets.computeIfAbsent(a.masterId(), k -> new ArrayList<>()).add(a);
            }
        }
        for (Master m : pageMasters.values()) {
            List<Asset> waiting = waitingAssets.remove(m.recordName());
            if (waiting != null) {
                waiting.forEach(a -> done.add(new PhotoAsset(a, m)));
            } else if (!usedHere.contains(m.recordName())) {
                unpairedMasters.put(m.recordName(), m);
            }
        }
        return done;
    }

    /** Assets still waiting for a master, by master recordName. */
    synchronized Map<String, List<Asset>> waiting() {
        return new LinkedHashMap<>(waitingAssets);
    }

    synchronized int unpairedMasterCount() {
        return unpairedMasters.size();
    }

    /** Assets handed on or waiting for their master (repeats from further back than RECENT_NAMES included). */
    synchronized long assetsSeen() {
        return assetsSeen;
    }
}
