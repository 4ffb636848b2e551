package dev.orchard.icloud.auth.srp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked vector of docs/protocol/sign-in.md §3, for both password protocols. */
class SrpClientKnownAnswerTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String ACCOUNT = "user@example.com";
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final byte[] SALT = Base64.getDecoder().decode("AQIDBAUGBwgJCgsMDQ4PEA==");

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void groupConstantsAndClientPublicValue() {
        assertThat(HEX.formatHex(SrpGroup.sha256("correct horse battery staple".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("c4bbcb1fbec99d65bf59d85c8cb62ee2db963f0fe106f483d9afa73bd4e39a8a");
        assertThat(HEX.formatHex(SrpClient.multiplier()))
                .isEqualTo("05b9e8ef059c6b32ea59fc1d322d37f04aa30bae5aa9003b8321e21ddb04e300");
        SrpClient client = SrpClient.withSecret(filled(0x11));
        assertThat(HEX.formatHex(client.publicA())).startsWith("24d1e3e5");
        assertThat(HEX.formatHex(SrpGroup.sha256(client.publicA())))
                .isEqualTo("6532302de45c50ade1f2fc01a87a82c52ed3ae8a0a87180ea54fe98fa18c382a");
    }

    @ParameterizedTest
    @CsvSource({
            "s2k, 9c01cbdb764ced74d5a71d5fb2e2625faaffac2ef99b2165c9e43f0380109256, 595be40eeca35258,"
                    + " ljQuD/ILxvc9tZJuQHxut4TDg2NIa3yqjWx51OcQNm8=, 3bu5J5jYqn6q22efP8GuJ9TIjkLxsfSxuZzr/v+21xY=",
            "s2k_fo, 8b99506e03da4d6f781d028fadf02aea9c0c76a242d7ae2c6e634366cd721e9f, 3d8ddddc7e26fe0c,"
                    + " nolAWmCTg+6h7ldiS3ZtqYh4hctM/MnkWiLkUoZcr2U=, vqcROJElvNJ8WOXubYD0Zzu5U12Z/H58yM+wZmzH7dE="})
    void proofsMatchTheDocumentedVector(String protocol, String key, String bPrefix, String m1, String m2) {
        byte[] passwordKey = SrpClient.passwordKey(PASSWORD, SALT, 1000, SrpProtocol.fromWire(protocol));
        assertThat(HEX.formatHex(passwordKey)).isEqualTo(key);

        // The server side of the vector: v = g^x, B = k·v + g^b with b = 32 bytes of 0x22.
        byte[] inner = SrpGroup.sha256(":".getBytes(StandardCharsets.US_ASCII), passwordKey);
        BigInteger x = new BigInteger(1, SrpGroup.sha256(SALT, inner));
        BigInteger v = SrpGroup.G.modPow(x, SrpGroup.N);
        BigInteger b = new BigInteger(1, filled(0x22));
        BigInteger bigB = SrpGroup.K.multiply(v).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N);
        assertThat(HEX.formatHex(SrpGroup.bytes(bigB))).startsWith(bPrefix);

        SrpClient.Proof proof = SrpClient.withSecret(filled(0x11)).respond(ACCOUNT, passwordKey, SALT, SrpGroup.bytes(bigB));
        assertThat(proof.retry()).isFalse();
        assertThat(Base64.getEncoder().encodeToString(proof.m1())).isEqualTo(m1);
        assertThat(Base64.getEncoder().encodeToString(proof.m2())).isEqualTo(m2);
    }

    @Test
    void asksForANewInitWhenTheServerValueIsShort() {
        byte[] shortB = new byte[255];
        shortB[0] = 1;
        SrpClient.Proof proof = SrpClient.withSecret(filled(0x11)).respond(ACCOUNT, new byte[32], SALT, shortB);
        assertThat(proof.retry()).isTrue();
    }

    @Test
    void randomClientsAlwaysHaveFullLengthPublicValues() {
        java.security.SecureRandom r = new java.security.SecureRandom();
        for (int i = 0; i < 50; i++) assertThat(SrpClient.random(r).publicA()).hasSize(256);
    }

    @Test
    void pbkdf2MatchesRfc7914Vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64.
        byte[] out = Pbkdf2.hmacSha256("passwd".getBytes(StandardCharsets.US_ASCII),
                "salt".getBytes(StandardCharsets.US_ASCII), 1, 64);
        assertThat(HEX.formatHex(out)).isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }
}
