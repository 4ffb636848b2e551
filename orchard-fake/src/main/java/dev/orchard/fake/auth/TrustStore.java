package dev.orchard.fake.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser trust per account: the tokens {@code 2sv/trust} hands out and the second-factor checks done in a
 * login. Both last {@link FakeAccount#trustLifetime()} on the fake clock, and both die together when the
 * account's trust is expired (each account has an epoch that expiring bumps).
 */
public final class TrustStore {
    /** A moment the account proved its second factor, valid while its epoch is current and it is young enough. */
    public record Grant(FakeAccount account, Instant at, int epoch) {
    }

    private final Clock clock;
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<FakeAccount, Integer> epochs = new ConcurrentHashMap<>();

    public TrustStore(Clock clock) {
        this.clock = clock;
    }

    /** A grant stamped now. */
    public Grant grantNow(FakeAccount account) {
        return new Grant(account, clock.instant(), epochs.getOrDefault(account, 0));
    }

    public boolean valid(Grant g) {
        return g != null && g.epoch() == epochs.getOrDefault(g.account(), 0) && clock.instant().isBefore(expiry(g));
    }

    public Instant expiry(Grant g) {
        return g.at().plus(g.account().trustLifetime());
    }

    /** Issues a trust token for {@code g}. */
    public String issueToken(Grant g) {
        String token = "HSARMTKNSRVXWFla" + Tokens.base64(240);
        tokens.put(token, g);
        return token;
    }

    /** The valid grant behind {@code token} for {@code account}, or null. */
    public Grant byToken(FakeAccount account, String token) {
        Grant g = token == null ? null : tokens.get(token);
        return g != null && g.account() == account && valid(g) ? g : null;
    }

    public void revoke(String token) {
        if (token != null) tokens.remove(token);
    }

    /** Ends every trust token and second-factor check of {@code account} so far. */
    public void expireAll(FakeAccount account) {
        epochs.merge(account, 1, Integer::sum);
        tokens.values().removeIf(g -> g.account() == account);
    }

    public long count(FakeAccount account) {
        return tokens.values().stream().filter(g -> g.account() == account && valid(g)).count();
    }
}
