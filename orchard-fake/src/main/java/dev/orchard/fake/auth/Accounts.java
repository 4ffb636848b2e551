package dev.orchard.fake.auth;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The fake's Apple IDs. */
public final class Accounts {
    /** The account {@code FakeConfig.defaults()} creates; "the" account when there are several (see {@link #defaultAccount()}). */
    public static final String DEMO_APPLE_ID = "demo@example.com";

    private final Map<String, FakeAccount> byKey = new ConcurrentHashMap<>();
    private final AtomicLong nextDsid = new AtomicLong(10_000_000_001L);

    /** Adds an account with a fresh dsid and returns it for further configuration. */
    public FakeAccount add(String appleId, String password) {
        FakeAccount a = new FakeAccount(appleId, password, Long.toString(nextDsid.getAndIncrement()));
        if (byKey.putIfAbsent(a.key(), a) != null) {
            throw new IllegalArgumentException("account " + appleId + " exists already");
        }
        return a;
    }

    public FakeAccount find(String appleId) {
        return appleId == null ? null : byKey.get(appleId.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public FakeAccount byDsid(String dsid) {
        return byKey.values().stream().filter(a -> a.dsid().equals(dsid)).findFirst().orElse(null);
    }

    public FakeAccount require(String appleId) {
        FakeAccount a = find(appleId);
        if (a == null) throw new IllegalArgumentException("no such fake account: " + appleId);
        return a;
    }

    public List<FakeAccount> all() {
        return List.copyOf(byKey.values());
    }

    /** The demo account, else the only one; several (or none) is an error asking for a name. */
    public FakeAccount defaultAccount() {
        FakeAccount demo = find(DEMO_APPLE_ID);
        if (demo != null) return demo;
        List<FakeAccount> all = all();
        if (all.size() == 1) return all.get(0);
        throw new IllegalArgumentException(all.isEmpty() ? "the fake has no account"
                : "the fake has several accounts; name one (account=APPLE_ID)");
    }
}
