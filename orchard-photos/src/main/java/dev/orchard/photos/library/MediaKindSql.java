package dev.orchard.photos.library;

/** The asset's kind ("photo", "video", "live") in SQL over {@code a} (assets) and {@code m} (masters), as PhotoAsset.kind decides it. */
final class MediaKindSql {
    private static final String MOVIES = "'com.apple.quicktime-movie', 'public.mpeg-4', 'com.apple.m4v-video', 'public.3gpp',"
            + " 'public.avi', 'public.mpeg', 'public.avchd-mpeg-2-transport-stream'";

    static final String KIND = "(CASE WHEN a.subtype = 2 OR EXISTS (SELECT 1 FROM resources lr WHERE lr.zone = a.zone"
            + " AND lr.owner = a.master_id AND lr.role = 'LIVE_VIDEO') THEN 'live'"
            + " WHEN m.data_class = 2 OR lower(m.item_type) IN (" + MOVIES + ") THEN 'video' ELSE 'photo' END)";

    private MediaKindSql() {
    }
}
