package dev.orchard.fake.photos.cloudkit;

import dev.orchard.fake.photos.library.IndexKey;
import dev.orchard.fake.photos.library.SmartAlbum;

/**
 * The index a query's {@code recordType} and extra filter select (docs/protocol/photos.md §3), and the index a
 * {@code HyperionIndexCountLookup} id counts (docs/protocol/photos.md §1).
 */
final class ListType {
    private ListType() {
    }

    /** The index behind a list query type; null when the type is not an asset list. */
    static IndexKey ofQuery(String recordType, Filters filters) {
        return switch (recordType) {
            case "CPLAssetAndMasterByAssetDateWithoutHiddenOrDeleted" -> IndexKey.of(IndexKey.Kind.ALL);
            case "CPLAssetAndMasterByAddedDate" -> IndexKey.of(IndexKey.Kind.ADDED);
            case "CPLAssetAndMasterHiddenByAssetDate" -> IndexKey.of(IndexKey.Kind.HIDDEN);
            case "CPLAssetAndMasterDeletedByExpungedDate" -> IndexKey.of(IndexKey.Kind.DELETED);
            case "CPLBurstStackAssetAndMasterByAssetDate" -> IndexKey.of(IndexKey.Kind.BURSTS);
            case "CPLAssetAndMasterInSmartAlbumByAssetDate" -> {
                String v = filters.text("smartAlbum");
                if (v == null) throw CkError.badRequest("query " + recordType + " needs a smartAlbum filter");
                SmartAlbum s = SmartAlbum.byFilterValue(v);
                if (s == null) throw CkError.badRequest("Unknown smart album: " + v);
                yield new IndexKey(IndexKey.Kind.SMART, s.name());
            }
            case "CPLContainerRelationLiveByAssetDate" -> album(IndexKey.Kind.ALBUM_BY_DATE, recordType, filters);
            case "CPLContainerRelationLiveByPosition" -> album(IndexKey.Kind.ALBUM_BY_POSITION, recordType, filters);
            default -> null;
        };
    }

    private static IndexKey album(IndexKey.Kind kind, String recordType, Filters filters) {
        String parent = filters.text("parentId");
        if (parent == null) throw CkError.badRequest("query " + recordType + " needs a parentId filter");
        return new IndexKey(kind, parent);
    }

    /** The index an {@code indexCountID} counts; null when unknown. */
    static IndexKey ofCountId(String id) {
        switch (id) {
            case "CPLAssetByAssetDateWithoutHiddenOrDeleted": return IndexKey.of(IndexKey.Kind.ALL);
            case "CPLAssetByAddedDate": return IndexKey.of(IndexKey.Kind.ADDED);
            case "CPLAssetDeletedByExpungedDate": return IndexKey.of(IndexKey.Kind.DELETED);
            case "CPLAssetHiddenByAssetDate": return IndexKey.of(IndexKey.Kind.HIDDEN);
            case "CPLAssetBurstStackAssetByAssetDate": return IndexKey.of(IndexKey.Kind.BURSTS);
            default:
                break;
        }
        String smartPrefix = "CPLAssetInSmartAlbumByAssetDate:";
        if (id.startsWith(smartPrefix)) {
            SmartAlbum s = SmartAlbum.byCountName(id.substring(smartPrefix.length()));
            return s == null ? null : new IndexKey(IndexKey.Kind.SMART, s.name());
        }
        String albumPrefix = "CPLContainerRelationNotDeletedByAssetDate:";
        if (id.startsWith(albumPrefix) && id.length() > albumPrefix.length()) {
            return new IndexKey(IndexKey.Kind.ALBUM_BY_DATE, id.substring(albumPrefix.length()));
        }
        return null;
    }
}
