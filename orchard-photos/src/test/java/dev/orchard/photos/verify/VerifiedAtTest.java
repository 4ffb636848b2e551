package dev.orchard.photos.verify;

import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.testing.FakeLibraryTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each file records when it last matched iCloud's checksum: at download, and again at every photos verify. */
class VerifiedAtTest extends FakeLibraryTest {
    private List<Long> verifiedTimes() {
        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), true)) {
            return db.tx(d -> d.query("SELECT verified_at FROM files WHERE state = 'PRESENT' AND verified = 1",
                    rs -> rs.getObject(1) == null ? null : rs.getLong(1)));
        }
    }

    @Test
    void downloadsAndVerifyRecordTheTime() {
        fake.photos().generate(6);
        long before = System.currentTimeMillis();
        SyncReport r = sync();
        assertThat(r.complete()).isTrue();
        List<Long> times = verifiedTimes();
        assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t).isNotNull().isGreaterThanOrEqualTo(before));

        try (StateDb db = StateDb.open(new LibraryPaths(library).database(), false)) {
            db.txRun(d -> d.update("UPDATE files SET verified_at = 1"));
        }
        VerifyReport v = Verifier.run(library, false, n -> { });
        assertThat(v.clean()).isTrue();
        assertThat(v.verified()).isGreaterThanOrEqualTo(times.size());
        assertThat(verifiedTimes()).hasSameSizeAs(times).allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(before));
    }
}
