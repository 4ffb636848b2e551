package dev.orchard.fake.photos.library;

/**
 * A CloudKit record in a zone. {@code changeSeq} is the position of its latest entry in the zone's change
 * log (0: not in the log any more, superseded by a record of the same name); a tombstone is a purged record
 * that stays in the log so that change feeds can report the deletion.
 */
public abstract class ZoneRecord {
    private final String recordName;
    private final long created;
    private long modified;
    private int changeSeq;
    private boolean tombstone;

    protected ZoneRecord(String recordName, long created) {
        this.recordName = recordName;
        this.created = created;
        this.modified = created;
    }

    public abstract String recordType();

    public String recordName() { return recordName; }
    public long created() { return created; }
    public long modified() { return modified; }
    public int changeSeq() { return changeSeq; }
    public boolean tombstone() { return tombstone; }

    /** The opaque {@code recordChangeTag}: new on every write. */
    public String changeTag() {
        return Long.toString(changeSeq + 36L * 36, 36);
    }

    void logged(int seq, long at) {
        changeSeq = seq;
        modified = at;
    }

    void superseded() {
        changeSeq = 0;
    }

    void bury() {
        tombstone = true;
    }
}
