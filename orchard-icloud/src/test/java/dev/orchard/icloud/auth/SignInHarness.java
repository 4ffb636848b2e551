package dev.orchard.icloud.auth;

import dev.orchard.fake.FakeICloud;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the real sign-in client against an embedded fake: codes the fake "delivers" are captured from its
 * notices, waits between retries are recorded instead of slept, and the client shares the fake's clock.
 */
final class SignInHarness {
    private static final Pattern CODE = Pattern.compile("(\\d{6})\\s*$");

    final FakeICloud fake;
    final Path stateDir;
    final String appleId;
    final BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<MfaPrompt> prompts = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    /** Codes to type instead of the delivered ones, in order; "delivered" means the real one. */
    final List<String> typed = new ArrayList<>();
    Endpoints endpoints;
    UnaryOperator<TransportConfig> transport = UnaryOperator.identity();

    SignInHarness(FakeICloud fake, Path stateDir, String appleId) {
        this.fake = fake;
        this.stateDir = stateDir;
        this.appleId = appleId;
        this.endpoints = Endpoints.override(fake.baseUrl(), Domain.COM);
        fake.onNotice(n -> {
            notices.add(n);
            Matcher m = CODE.matcher(n);
            if (m.find()) delivered.offer(m.group(1));
        });
    }

    SessionStore store() {
        return SessionStore.forAccount(stateDir, appleId);
    }

    HttpTransport newTransport() {
        return new HttpTransport(transport.apply(TransportConfig.defaults()).withSleeper(waits::add), new CookieJar(fake.clock()));
    }

    ICloudSession signIn(String password) {
        return signIn(password, false);
    }

    /** {@code trustStored}: {@link SignIn#signInTrustingStored} instead of the checked {@link SignIn#signIn}. */
    ICloudSession signIn(String password, boolean trustStored) {
        return signIn(password, trustStored, channel(), listener());
    }

    /** With the caller's channel and listener, e.g. to hold a sign-in at its code prompt. */
    ICloudSession signIn(String password, boolean trustStored, MfaChannel channel, SignInListener listener) {
        HttpTransport http = newTransport();
        SignIn signIn = new SignIn(endpoints, http, store(), fake.clock());
        try {
            return trustStored ? signIn.signInTrustingStored(password::toCharArray, channel, listener, SignIn.ALL_APPS)
                    : signIn.signIn(password::toCharArray, channel, listener, SignIn.ALL_APPS);
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    MfaChannel channel() {
        return prompt -> {
            prompts.add(prompt);
            String next = typed.isEmpty() ? "delivered" : typed.remove(0);
            if (!next.equals("delivered")) return next;
            try {
                // A person types the most recent code they received.
                String code = delivered.poll(10, TimeUnit.SECONDS);
                if (code == null) throw new AssertionError("the fake delivered no code; notices: " + notices);
                for (String newer = delivered.poll(); newer != null; newer = delivered.poll()) code = newer;
                return code;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        };
    }

    SignInListener listener() {
        return new SignInListener() {
            @Override
            public void codeSent(CodeDelivery delivery, TrustedPhoneNumber phone) {
                events.add("sent:" + delivery.wire());
            }

            @Override
            public void approvalRequested() {
                events.add("approval");
            }

            @Override
            public void signedIn(SignInMethod method) {
                events.add("signed-in:" + method);
            }

            @Override
            public void signingInWithPassword() {
                events.add("password");
            }
        };
    }

    String lastMethod() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).startsWith("signed-in:")) return events.get(i).substring("signed-in:".length());
        }
        return null;
    }
}
