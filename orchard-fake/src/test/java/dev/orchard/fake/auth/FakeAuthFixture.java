package dev.orchard.fake.auth;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fake (direct port and proxy) shared by the auth test classes, closed when all tests are done (starting one
 * costs a CA key pair). Each test makes its own accounts, so tests stay independent of each other.
 */
@ExtendWith(FakeAuthFixture.SharedFake.class)
abstract class FakeAuthFixture {
    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    static FakeICloud fake;
    static final List<String> notices = new CopyOnWriteArrayList<>();

    /** Starts the shared fake once; JUnit closes it (an AutoCloseable in the root store) after the last test. */
    static final class SharedFake implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            fake = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SharedFake.class, k -> start(), FakeICloud.class);
        }

        private static FakeICloud start() {
            FakeICloud f = FakeICloud.start(FakeConfig.empty().proxyPort(0));
            f.onNotice(notices::add);
            return f;
        }
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
