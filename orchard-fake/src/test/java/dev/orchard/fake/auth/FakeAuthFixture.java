package dev.orchard.fake.auth;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** One fake (direct port and proxy) per test class; each test makes its own accounts so tests stay independent. */
abstract class FakeAuthFixture {
    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    static FakeICloud fake;
    static final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFake() {
        fake = FakeICloud.start(FakeConfig.empty().proxyPort(0));
        fake.onNotice(notices::add);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    /** A fresh account with {@code policy}; mixed-case so that name handling is exercised. */
    static FakeAccount account(MfaPolicy policy) {
        return fake.accounts().add("User" + SERIAL.incrementAndGet() + "@Example.com", PASSWORD)
                .mfaPolicy(policy).iterations(1000);
    }

    static TestClient client(Route route) {
        return new TestClient(fake, route);
    }

    /** Signs {@code c} in with the device code the fake pushed at 409, and trusts the browser. */
    static void signInWithTwoFactor(TestClient c, FakeAccount a) {
        assertThat(c.signIn(a.appleId(), PASSWORD).status()).isEqualTo(409);
        assertThat(c.verifyDeviceCode(fake.auth().lastCode(a.appleId())).status()).isEqualTo(204);
        assertThat(c.trust().status()).isEqualTo(204);
    }
}
