package dev.orchard.fake.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * "Sends" 2FA codes: a delivery makes a fresh six-digit code (or uses the account's fixed one), becomes the
 * login's pending code, and tells whoever watches the fake. A delivery asked for while a code is still
 * pending sends that same code again, on the new channel: Apple de-duplicates re-triggers (docs/protocol/sign-in.md §4,
 * kei), so a code already received keeps working. The last code per account is kept for tests.
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
        Delivery pending = login.pending();
        String code = fixed != null ? fixed : pending != null ? pending.code() : Tokens.sixDigits();
        Delivery d = new Delivery(code, channel, phoneId);
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
