package dev.orchard.app.photos;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SyncProgressTest {
    @Test
    void theListingLineReachesItsLastCountBeforeTheNextStep() {
        StringWriter out = new StringWriter();
        SyncProgress p = new SyncProgress(new PrintWriter(out), false);
        p.phase("listing PrimarySync");
        p.listed("PrimarySync", 100, 180);
        p.listed("PrimarySync", 150, 180);
        p.listed("PrimarySync", 170, 180);
        p.phase("downloading");
        assertThat(out.toString()).contains("PrimarySync: 170 of 180 assets listed\nDownloading...");
        p.listed("PrimarySync", 180, 180);
        assertThat(out.toString()).endsWith("PrimarySync: 180 of 180 assets listed\n");
    }

    @Test
    void verifyCountsFilesCheckedOfTheLibrarysFiles() {
        StringWriter out = new StringWriter();
        SyncProgress p = new SyncProgress(new PrintWriter(out), false);
        p.checked(1, 3);
        p.checked(2, 3);
        p.finish();
        assertThat(out.toString()).contains("2 of 3 files checked").doesNotContain("assets listed");
        p.checked(3, 3);
        assertThat(out.toString()).endsWith("3 of 3 files checked\n");
    }
}
