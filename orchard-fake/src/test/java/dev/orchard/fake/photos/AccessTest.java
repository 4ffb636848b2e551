package dev.orchard.fake.photos;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTest extends FakePhotosTestBase {

    @BeforeAll
    static void library() {
        fake.photos().generate(3);
    }


    @Test
    void callsWithoutASessionGet421() {
        client.signOut();
        try {
            PhotosClient.Reply r = client.call("private", "zones/list", null, "{}");
            assertThat(r.status()).isEqualTo(421);
        } finally {
            client.signIn(fake.sessions().open(fake.account(FakeConfig.DEMO_APPLE_ID), null));
        }
    }

    @Test
    void anAdpSessionWithoutPhotosKeysIsDeniedUntilTheyAreGranted() {
        FakeAccount account = fake.account(FakeConfig.DEMO_APPLE_ID);
        account.adp(true);
        try {
            WebSession s = fake.sessions().open(account, null);
            client.signIn(s);
            PhotosClient.Reply denied = client.call("private", "zones/list", null, "{}");
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.json().get("serverErrorCode").asText()).isEqualTo("ACCESS_DENIED");
            assertThat(denied.json().get("reason").asText()).isEqualTo("private db access disabled for this account");
            s.grantPcs("photos");
            assertThat(client.call("private", "zones/list", null, "{}").status()).isEqualTo(200);
        } finally {
            account.adp(false);
            client.signIn(fake.sessions().open(account, null));
        }
    }

    @Test
    void bodiesAreJsonWhateverTheContentTypeAndMalformedOnesAreBadRequests() {
        PhotosClient.Reply r = client.call("private", "records/query", null, "{not json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("serverErrorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(client.call("private", "zones/list", null, "").status()).isEqualTo(200);
    }
}
