package dev.orchard.fake.auth;

import dev.orchard.fake.auth.srp.Pbkdf2;
import dev.orchard.fake.auth.srp.SrpChallenge;
import dev.orchard.fake.auth.srp.SrpGroup;
import dev.orchard.fake.auth.srp.SrpVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked vector of docs/protocol/sign-in.md §3, from the server's side, for both password protocols. */
class SrpKnownAnswerTest {
    static final String ACCOUNT = "user@example.com";
    static final String PASSWORD = "correct horse battery staple";
    static final byte[] SALT = HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f10");
    static final byte[] A_SECRET = filled(0x11);
    static final byte[] B_SECRET = filled(0x22);
    static final HexFormat HEX = HexFormat.of();

    static byte[] filled(int value) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void groupConstantsMatchTheDocument() {
        assertThat(HEX.formatHex(SrpGroup.sha256(PASSWORD.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("c4bbcb1fbec99d65bf59d85c8cb62ee2db963f0fe106f483d9afa73bd4e39a8a");
        assertThat(HEX.formatHex(SrpGroup.bytes(SrpGroup.K)))
                .isEqualTo("05b9e8ef059c6b32ea59fc1d322d37f04aa30bae5aa9003b8321e21ddb04e300");
        BigInteger a = SrpGroup.G.modPow(SrpGroup.toInt(A_SECRET), SrpGroup.N);
        assertThat(HEX.formatHex(SrpGroup.bytes(a))).startsWith("24d1e3e5");
        assertThat(HEX.formatHex(SrpGroup.sha256(SrpGroup.bytes(a))))
                .isEqualTo("6532302de45c50ade1f2fc01a87a82c52ed3ae8a0a87180ea54fe98fa18c382a");
    }

    @ParameterizedTest
    @CsvSource({
        "s2k, 9c01cbdb764ced74d5a71d5fb2e2625faaffac2ef99b2165c9e43f0380109256, 595be40eeca35258,"
            + " d64d15169822843c6641f8743afffab1abd7244f06d1681b83b536e1433a517d,"
            + " 96342e0ff20bc6f73db5926e407c6eb784c38363486b7caa8d6c79d4e710366f,"
            + " ddbbb92798d8aa7eaadb679f3fc1ae27d4c88e42f1b1f4b1b99cebfeffb6d716",
        "s2k_fo, 8b99506e03da4d6f781d028fadf02aea9c0c76a242d7ae2c6e634366cd721e9f, 3d8ddddc7e26fe0c,"
            + " 86762e1ae3443b0d1e4aa6c0e039ef2bad11cb0276ebc320929402f02a5ca9d8,"
            + " 9e89405a609383eea1ee57624b766da9887885cb4cfcc9e45a22e452865caf65,"
            + " bea711389125bcd27c58e5ee6d80f4673bb9535d99fc7e7cc8cfb0666cc7edd1"
    })
    void serverMatchesTheWorkedVector(String protocol, String key, String bStart, String bHash, String m1, String m2) {
        assertThat(HEX.formatHex(SrpVerifier.passwordKey(PASSWORD, protocol, SALT, 1000))).isEqualTo(key);

        SrpChallenge challenge = new SrpChallenge(SrpVerifier.of(PASSWORD, protocol, SALT, 1000), B_SECRET);
        byte[] b = SrpGroup.bytes(challenge.publicValue());
        assertThat(HEX.formatHex(b)).startsWith(bStart);
        assertThat(HEX.formatHex(SrpGroup.sha256(b))).isEqualTo(bHash);

        BigInteger a = new TestSrpClient(A_SECRET, false).publicValue();
        List<SrpChallenge.Proof> expected = challenge.expectedProofs(a, ACCOUNT);
        // Every value in the vector is full length, so all conventions give the document's proofs.
        assertThat(expected).allSatisfy(p -> {
            assertThat(HEX.formatHex(p.m1())).isEqualTo(m1);
            assertThat(HEX.formatHex(p.m2())).isEqualTo(m2);
        });
        assertThat(challenge.check(a, ACCOUNT, HEX.parseHex(m1), HEX.parseHex(m2))).isNotNull();
    }

    @Test
    void testClientAgreesWithTheVector() {
        TestSrpClient client = new TestSrpClient(A_SECRET, false);
        SrpChallenge challenge = new SrpChallenge(SrpVerifier.of(PASSWORD, "s2k", SALT, 1000), B_SECRET);
        byte[][] proofs = client.proofs(ACCOUNT, PASSWORD, "s2k", SALT, 1000, challenge.publicValue());
        assertThat(HEX.formatHex(proofs[0])).isEqualTo("96342e0ff20bc6f73db5926e407c6eb784c38363486b7caa8d6c79d4e710366f");
        assertThat(HEX.formatHex(proofs[1])).isEqualTo("ddbbb92798d8aa7eaadb679f3fc1ae27d4c88e42f1b1f4b1b99cebfeffb6d716");
    }

    @Test
    void pbkdf2MatchesRfc7914Vector() {
        byte[] out = Pbkdf2.hmacSha256("passwd".getBytes(StandardCharsets.US_ASCII),
                "salt".getBytes(StandardCharsets.US_ASCII), 1, 64);
        assertThat(HEX.formatHex(out)).isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }
}
