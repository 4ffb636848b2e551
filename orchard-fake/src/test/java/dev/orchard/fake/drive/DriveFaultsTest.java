package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DriveFaultsTest extends DriveFakeTest {

    @Test
    void staleCookiesGet421UntilTheClientHoldsAFreshSession() {
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(200);
        assertThat(fake.drive().faults().expireSessions(s.account)).isEqualTo(1);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(421);
        assertThat(s.post("/retrieveItemDetailsInFolders", "[]").status()).isEqualTo(421);
        assertThat(s.get("/ws/com.apple.CloudDocs/download/by_id?document_id=x").status()).isEqualTo(421);
        s.session = fake.sessions().open(s.account, null);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(200);
    }

    @Test
    void missingCookiesGet421() {
        DriveSession.Reply r = DriveSession.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fake.baseUrl() + "/retrieveItemDetailsInFolders")).POST(
                java.net.http.HttpRequest.BodyPublishers.ofString("[]")));
        assertThat(r.status()).isEqualTo(421);
    }

    @Test
    void adpAccountsWithoutDrivePcsGet423() {
        s.account.adp(true);
        s.session = fake.sessions().open(s.account, null);
        DriveSession.Reply r = s.post("/retrieveItemDetailsInFolders", "[{\"drivewsid\":\"FOLDER::com.apple.CloudDocs::root\"}]");
        assertThat(r.status()).isEqualTo(423);
        JsonNode body = r.json();
        assertThat(body.get("errorReason").asText()).isEqualTo("Missing PCS cookies from the request");
        assertThat(body.get("errorCode").asInt()).isEqualTo(423);
        assertThat(s.get("/ws/com.apple.CloudDocs/download/by_id?document_id=x").status()).isEqualTo(423);

        s.session.grantPcs("iclouddrive");
        assertThat(s.post("/retrieveItemDetailsInFolders", "[{\"drivewsid\":\"FOLDER::com.apple.CloudDocs::root\"}]").status())
                .isEqualTo(200);
    }

    @Test
    void accessDeniedLocksOutAndGrowsWithEveryRetry() {
        fake.drive().faults().accessDenied(Duration.ofMinutes(10), true, 403);
        DriveSession.Reply r = s.get("/retrieveAppLibraries");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("ACCESS_DENIED");
        s.get("/retrieveAppLibraries");
        fake.clock().advance(Duration.ofMinutes(15));
        assertThat(s.get("/retrieveAppLibraries").status()).as("two retries added 10 minutes").isEqualTo(403);
        fake.clock().advance(Duration.ofMinutes(11));
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(200);
        assertThat(fake.drive().faults().lockedUntil()).isNull();
    }

    @Test
    void flaky400sComeFromTheGenericFaultRules() {
        fake.drive().faults().flaky400(1.0, 2);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(400);
        assertThat(s.post("/createFolders", "{}").status()).isEqualTo(400);
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(200);
    }

    @Test
    void driveAndContentPathsBelongToTheirServiceGroups() {
        for (String p : new String[] {"/retrieveItemDetailsInFolders", "/retrieveAppLibraries", "/createFolders", "/renameItems",
                "/moveItems", "/moveItemsToTrash", "/putBackItemsFromTrash", "/deleteItems",
                "/ws/com.apple.CloudDocs/download/by_id", "/ws/com.apple.CloudDocs/upload/web",
                "/ws/iCloud.md.obsidian/update/documents", "/10000000001/singleFileUpload"}) {
            assertThat(ServiceGroup.of(p)).as(p).isEqualTo(ServiceGroup.DRIVE);
        }
        assertThat(ServiceGroup.of("/B/sig/ticket/report.pdf")).isEqualTo(ServiceGroup.CDN);
        assertThat(ServiceGroup.of("/_fake/drive/tree")).isEqualTo(ServiceGroup.ADMIN);
    }

    @Test
    void throttlingBurstsHitDrive() {
        fake.faults().add(FaultRule.status(ServiceGroup.DRIVE, 503, 5, 2));
        DriveSession.Reply r = s.get("/retrieveAppLibraries");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.raw().headers().firstValue("Retry-After")).hasValue("5");
        s.get("/retrieveAppLibraries");
        assertThat(s.get("/retrieveAppLibraries").status()).isEqualTo(200);
    }
}
