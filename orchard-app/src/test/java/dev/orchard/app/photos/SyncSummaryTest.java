package dev.orchard.app.photos;

import dev.orchard.photos.report.SyncReport;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SyncSummaryTest {
    @Test
    void downloadsThatAllFailedAreNotNothingToDownload() {
        SyncReport r = new SyncReport();
        r.failed("Photos/2024/01/A.JPG: gave up after 6 attempts (an HTML page instead of the file)");
        r.failed("Photos/2024/01/B.JPG: the download server redirects to file:// instead of sending the file (HTTP 302; not followed)");
        StringWriter out = new StringWriter();
        SyncSummary.print(new PrintWriter(out), r, Path.of("/lib"));
        assertThat(out.toString()).doesNotContain("Nothing to download").contains("Downloaded:        nothing; 2 file(s) failed");

        StringWriter err = new StringWriter();
        SyncSummary.printFailures(new PrintWriter(err), r);
        assertThat(err.toString()).isEqualTo("orchard: Photos/2024/01/A.JPG: gave up after 6 attempts (an HTML page instead of the file)\n"
                + "orchard: Photos/2024/01/B.JPG: the download server redirects to file:// instead of sending the file (HTTP 302; not followed)\n");
    }

    @Test
    void theSummarySaysHowManyHiddenAndRecentlyDeletedAssetsWereLeftOut() {
        SyncReport r = new SyncReport();
        r.add(SyncReport.Counter.HIDDEN_LEFT_OUT, 3);
        r.add(SyncReport.Counter.DELETED_LEFT_OUT, 1200);
        StringWriter out = new StringWriter();
        SyncSummary.print(new PrintWriter(out), r, Path.of("/lib"));
        assertThat(out.toString()).contains("  Left out:          3 hidden (--photos-hidden keeps them), 1,200 in Recently Deleted\n");
    }

    @Test
    void aRunWithNothingPlannedSaysSo() {
        StringWriter out = new StringWriter();
        SyncSummary.print(new PrintWriter(out), new SyncReport(), Path.of("/lib"));
        assertThat(out.toString()).contains("Nothing to download.");
    }
}
