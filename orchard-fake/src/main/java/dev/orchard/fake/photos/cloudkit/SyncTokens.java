package dev.orchard.fake.photos.cloudkit;

import dev.orchard.fake.photos.content.Blob;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sync tokens: opaque base64 that encodes a change-log position and the scope it belongs to (a zone, or a
 * database), with a check value. Deterministic, so the same position always gives the same token.
 */
final class SyncTokens {
    static final byte ZONE = 'Z';
    static final byte DATABASE = 'D';
    private static final int LENGTH = 24;

    /** A token that cannot be decoded; {@code reason} is what Apple says for it. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private SyncTokens() {
    }

    static String encode(byte kind, String scope, long position) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put((byte) 1).put(kind).putLong(position).putLong(scopeHash(scope)).putInt(check(kind, scope, position))
                .putShort((short) 0xFFFF);
        return Base64.getEncoder().encodeToString(b.array());
    }

    static long decode(String token, byte kind, String scope) throws Invalid {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Unknown sync continuation type");
        }
        if (raw.length < 2 || raw[0] != 1 || raw[1] != kind) throw new Invalid("Unknown sync continuation type");
        if (raw.length != LENGTH) throw new Invalid("Invalid continuation format");
        ByteBuffer b = ByteBuffer.wrap(raw, 2, LENGTH - 2);
        long position = b.getLong();
        long hash = b.getLong();
        int check = b.getInt();
        if (hash != scopeHash(scope) || check != check(kind, scope, position) || position < 0) {
            throw new Invalid("Unknown sync continuation type");
        }
        return position;
    }

    private static long scopeHash(String scope) {
        long h = 0x51ED;
        for (byte c : scope.getBytes(StandardCharsets.UTF_8)) h = Blob.mix(h ^ c);
        return h;
    }

    private static int check(byte kind, String scope, long position) {
        return (int) Blob.mix(scopeHash(scope) ^ (position * 31 + kind));
    }
}
