package dev.orchard.fake.photos;

import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One fake per test class, with a signed-in CloudKit client; classes make their own libraries. */
abstract class FakePhotosTestBase {
    static FakeICloud fake;
    static PhotosClient client;

    @BeforeAll
    static void startFake() {
        fake = FakeICloud.start();
        client = new PhotosClient(fake);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }
}
