package dev.orchard.icloud.auth;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.session.StoredSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static dev.orchard.fake.FakeConfig.DEMO_APPLE_ID;
import static dev.orchard.fake.FakeConfig.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in client against the fake, for every outcome of issue 2 §5. */
class SignInEndToEndTest {
    @TempDir
    Path state;
    FakeICloud fake;
    FakeAccount account;
    SignInHarness h;

    @BeforeEach
    void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        account = fake.account(DEMO_APPLE_ID);
        h = new SignInHarness(fake, state, DEMO_APPLE_ID);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private long authCalls(String suffix) {
        return fake.stats().countPath("/appleauth/auth" + suffix);
    }

    @Test
    void twoFactorByDeviceThenTheNextRunNeedsNothing() throws Exception {
        try (ICloudSession s = h.signIn(DEMO_PASSWORD)) {
            assertThat(s.account().dsid()).isEqualTo(account.dsid());
            assertThat(s.serviceUrl("ckdatabasews")).startsWith(fake.baseUrl());
            assertThat(s.trustExpires()).isPresent();
        }
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(h.events).contains("sent:device");
        assertThat(authCalls("/verify/trusteddevice/securitycode")).isEqualTo(2);

        StoredSession stored = h.store().loadSession().orElseThrow();
        assertThat(stored.trustToken()).isNotBlank();
        assertThat(stored.trustTokenFirstSeen()).isNotNull();
        Path dir = h.store().directory();
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (String f : List.of("session.json", "cookies.json", "backoff.json", "lock")) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(f))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        long before = fake.stats().count(ServiceGroup.AUTH);
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        assertThat(fake.stats().count(ServiceGroup.AUTH)).isEqualTo(before);
    }

    @Test
    void smsOnlyAccountsGetTheirCodeByText() {
        account.mfaPolicy(MfaPolicy.SMS_ONLY);
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.events).contains("sent:sms");
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(authCalls("/verify/phone/securitycode")).isEqualTo(1);
    }

    @Test
    void aWrongCodeIsAskedAgainThenTheRightOneWorks() {
        h.typed.add("000000");
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.prompts).hasSize(2);
        assertThat(h.prompts.get(1).previousWrong()).isTrue();
        assertThat(h.prompts.get(1).attempt()).isEqualTo(2);
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
    }

    @Test
    void threeWrongCodesEndTheSignIn() {
        h.typed.addAll(List.of("000000", "000001", "000002"));
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.WRONG_CODE));
    }

    @Test
    void wrongPasswordFailsOnceWithoutRetrying() {
        assertThatThrownBy(() -> h.signIn("not-the-password")).isInstanceOfSatisfying(AuthException.class, e -> {
            assertThat(e.reason()).isEqualTo(AuthException.Reason.WRONG_PASSWORD);
            assertThat(e.getMessage()).doesNotContain("not-the-password");
        });
        assertThat(authCalls("/signin/complete")).isEqualTo(1);
    }

    @Test
    void lockedAccountsAreReported() {
        account.mfaPolicy(MfaPolicy.LOCKED);
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.ACCOUNT_LOCKED));
    }

    @Test
    void repairIsCompletedAndSignInGoesOn() {
        account.mfaPolicy(MfaPolicy.REPAIR);
        h.signIn(DEMO_PASSWORD).close();
        assertThat(authCalls("/repair/complete")).isEqualTo(1);
        assertThat(h.lastMethod()).isEqualTo("PASSWORD");
    }

    @Test
    void codeVerificationAnswering409IsSuccess() {
        account.verifyAnswers409(true);
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
    }

    @Test
    void aSecondFactorAskedOnlyByAccountLoginAfterA200IsRun() {
        account.challengeAfter200(true);
        try (ICloudSession s = h.signIn(DEMO_PASSWORD)) {
            assertThat(s.trustExpires()).isPresent();
        }
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(h.prompts).hasSize(1);
        assertThat(authCalls("/2sv/trust")).isEqualTo(1);
        assertThat(fake.stats().countPath("/setup/ws/1/accountLogin")).isEqualTo(2);
        assertThat(h.store().loadSession().orElseThrow().trustToken()).isNotBlank();

        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        assertThat(h.prompts).hasSize(1);
    }

    @Test
    void theCookiesValidateReSetsAreKeptForTheNextRun() {
        h.signIn(DEMO_PASSWORD).close();
        String first = storedCookie("X-APPLE-DS-WEB-SESSION-TOKEN");
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        String second = storedCookie("X-APPLE-DS-WEB-SESSION-TOKEN");
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(storedCookie("X-APPLE-WEBAUTH-PCS-Notes")).isNotNull();
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
        assertThat(storedCookie("X-APPLE-DS-WEB-SESSION-TOKEN")).isNotEqualTo(second);
    }

    private String storedCookie(String name) {
        return h.store().loadCookies().stream().filter(c -> c.name().equals(name)).map(c -> c.value()).findFirst().orElse(null);
    }

    @Test
    void throttlingIsRetriedThenRecovered() {
        fake.faults().add(FaultRule.status(ServiceGroup.AUTH, 503, 2, 2));
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.waits).contains(Duration.ofSeconds(2));
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
    }

    @Test
    void persistentThrottlingBacksOffAcrossRuns() {
        fake.faults().add(FaultRule.status(ServiceGroup.AUTH, 503, 0, 3));
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).isInstanceOfSatisfying(AuthException.class, e -> {
            assertThat(e.reason()).isEqualTo(AuthException.Reason.THROTTLED);
            assertThat(e.retryAt()).isAfter(fake.clock().instant().plus(Duration.ofMinutes(14)));
        });
        long calls = fake.stats().count(ServiceGroup.AUTH);
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).hasMessageContaining("will not try again before");
        assertThat(fake.stats().count(ServiceGroup.AUTH)).isEqualTo(calls);
        fake.clock().advance(Duration.ofMinutes(16));
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
    }

    @Test
    void advancedDataProtectionWaitsForTheDevice() {
        account.adp(true).adpApproveAfterPolls(2);
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.events).contains("approval");
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(h.newTransport().cookies()).isNotNull();
        assertThat(h.store().loadCookies()).anyMatch(c -> c.name().equals("X-APPLE-WEBAUTH-PCS-Photos"))
                .anyMatch(c -> c.name().equals("X-APPLE-WEBAUTH-PCS-Documents"));
    }

    @Test
    void staleCookiesAreRenewedWithTheStoredTokensWithoutACode() {
        h.signIn(DEMO_PASSWORD).close();
        fake.sessions().expireAll(account);
        int prompts = h.prompts.size();
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isIn("STORED_TOKENS", "PASSWORD");
        assertThat(h.prompts).hasSize(prompts);
    }

    @Test
    void expiredTrustMeansAnotherCode() {
        h.signIn(DEMO_PASSWORD).close();
        fake.sessions().expireAll(account);
        fake.clock().advance(account.trustLifetime().plusDays(1));
        h.signIn(DEMO_PASSWORD).close();
        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(h.prompts).hasSize(2);
    }

    @Test
    void wrongRegionAndDisabledWebAccessSayWhatToDo() {
        account.domainToUse("iCloud.com.cn");
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).isInstanceOfSatisfying(AuthException.class, e -> {
            assertThat(e.reason()).isEqualTo(AuthException.Reason.WRONG_REGION);
            assertThat(e.getMessage()).contains("--domain cn");
        });
        account.domainToUse(null).webAccessAllowed(false);
        assertThatThrownBy(() -> h.signIn(DEMO_PASSWORD)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.WEB_ACCESS_DISABLED));
    }

    @Test
    void aDroppedSessionIsRenewedOnceMidRun() {
        fake.router().post("/_test/needs-session", ex -> {
            if (fake.sessions().require(ex) != null) ex.json(dev.orchard.fake.http.Json.object().put("ok", true));
        });
        try (ICloudSession s = h.signIn(DEMO_PASSWORD)) {
            fake.sessions().expireAll(account);
            ApiResponse r = s.send(ApiRequest.post(fake.baseUrl() + "/_test/needs-session").json(dev.orchard.icloud.json.Jsons.object()).build(),
                    RetryPolicy.NONE);
            assertThat(r.status()).isEqualTo(200);
        }
        assertThat(h.lastMethod()).isEqualTo("STORED_TOKENS");
    }

    /**
     * One sign-in is held at its code prompt, mid-password sign-in and holding the account lock, until the other has
     * started and is waiting for that lock; the waiter must then take the fresh cookies, not the password. Password
     * sign-ins are counted as signin/complete calls (the attempt Apple checks the password on) and as the client's own
     * "password" events, not as signin/init: one password sign-in restarts init when an SRP value comes out short
     * (SrpClient, about 1 in 86), which made counting inits fail about once a hundred runs.
     */
    @Test
    void twoSignInsAtOnceDoOnlyOnePasswordSignIn() throws Exception {
        h.signIn(DEMO_PASSWORD).close();
        fake.sessions().expireAll(account);
        fake.clock().advance(account.trustLifetime().plusDays(1));
        long completes = authCalls("/signin/complete");
        CountDownLatch firstAtPrompt = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        MfaChannel held = prompt -> {
            firstAtPrompt.countDown();
            await(secondWaiting);
            return h.channel().awaitCode(prompt);
        };
        List<String> second = new CopyOnWriteArrayList<>();
        SignInListener waiter = new SignInListener() {
            @Override
            public void waitingForOtherProcess() {
                secondWaiting.countDown();
            }

            @Override
            public void signingInWithPassword() {
                second.add("password");
            }

            @Override
            public void signedIn(SignInMethod method) {
                second.add(method.name());
            }
        };
        MfaChannel noCode = prompt -> {
            throw new AssertionError("the second sign-in asked for a code");
        };
        FutureTask<Void> first = new FutureTask<>(() -> h.signIn(DEMO_PASSWORD, false, held, h.listener()).close(), null);
        Thread.ofPlatform().start(first);
        await(firstAtPrompt);
        FutureTask<Void> other = new FutureTask<>(() -> h.signIn(DEMO_PASSWORD, false, noCode, waiter).close(), null);
        Thread.ofPlatform().start(other);
        first.get(30, TimeUnit.SECONDS);
        other.get(30, TimeUnit.SECONDS);

        assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
        assertThat(second).containsExactly("VALIDATED_COOKIES");
        assertThat(authCalls("/signin/complete")).isEqualTo(completes + 1);
        assertThat(h.events.stream().filter("password"::equals)).hasSize(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new AssertionError("timed out waiting for the other sign-in");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
