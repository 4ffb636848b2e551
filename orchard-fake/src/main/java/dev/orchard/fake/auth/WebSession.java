package dev.orchard.fake.auth;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A signed-in iCloud web session: what the X-APPLE-WEBAUTH-* cookies stand for. */
public final class WebSession {
    private final String token;
    private final FakeAccount account;
    private final Instant created;
    private final Instant expires;
    private final Instant trustExpires;
    private final Set<String> pcsApps = ConcurrentHashMap.newKeySet();
    private volatile boolean revoked;

    WebSession(String token, FakeAccount account, Instant created, Instant expires, Instant trustExpires) {
        this.token = token;
        this.account = account;
        this.created = created;
        this.expires = expires;
        this.trustExpires = trustExpires;
    }

    public String token() { return token; }
    public FakeAccount account() { return account; }
    public Instant created() { return created; }
    public Instant expires() { return expires; }
    /** When the browser trust behind this session ends (the HSA-TRUST cookie's expiry); null if untrusted. */
    public Instant trustExpires() { return trustExpires; }

    public boolean valid(Instant now) {
        return !revoked && now.isBefore(expires);
    }

    void revoke() {
        revoked = true;
    }

    /** Whether Protected Cloud Storage keys for {@code app} ("photos", "iclouddrive") were released to this session. */
    public boolean hasPcs(String app) {
        return pcsApps.contains(app);
    }

    public void grantPcs(String app) {
        pcsApps.add(app);
    }
}
