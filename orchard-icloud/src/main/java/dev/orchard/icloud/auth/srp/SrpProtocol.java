package dev.orchard.icloud.auth.srp;

/** Apple's two password-to-key derivations (docs/protocol/sign-in.md §3 step 3). */
public enum SrpProtocol {
    /** PBKDF2 over the 32 raw bytes of SHA-256(password). */
    S2K("s2k"),
    /** PBKDF2 over the 64 lowercase hex characters of SHA-256(password). */
    S2K_FO("s2k_fo");

    private final String wire;

    SrpProtocol(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static SrpProtocol fromWire(String s) {
        for (SrpProtocol p : values()) {
            if (p.wire.equals(s)) return p;
        }
        throw new IllegalArgumentException("Apple asked for an unknown password protocol '" + s + "'");
    }
}
