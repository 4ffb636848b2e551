package dev.orchard.fake.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * "Sends" 2FA codes: each delivery makes a fresh six-digit code (or the account's fixed one), replaces the
 * login's pending code, and tells whoever watches the fake. The last code per account is kept for tests.
 */
public final class CodeDelivery {
    private final Consumer<String> notice;
    private final Map<FakeAccount, Delivery> last = new ConcurrentHashMap<>();

    public CodeDelivery(Consumer<String> notice) {
        this.notice = notice;
    }

    public Delivery deliver(LoginAttempt login, Delivery.Channel channel, int phoneId) {
        FakeAccount account = login.account();
        String fixed = account.fixedMfaCode();
        Delivery d = new Delivery(fixed != null ? fixed : Tokens.sixDigits(), channel, phoneId);
        login.pending(d);
        last.put(account, d);
        notice.accept("2FA code for " + account.appleId() + " via " + channel.label() + ": " + d.code());
        return d;
    }

    /** The last code delivered for {@code account}, or null. */
    public Delivery last(FakeAccount account) {
        return last.get(account);
    }
}
