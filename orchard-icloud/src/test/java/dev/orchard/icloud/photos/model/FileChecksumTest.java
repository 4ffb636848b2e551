package dev.orchard.icloud.photos.model;

import dev.orchard.fake.photos.content.FileChecksums;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileChecksumTest {
    @Property(tries = 50)
    void agreesWithTheFakesIndependentImplementation(@ForAll byte[] content) {
        assertThat(FileChecksum.of(content)).isEqualTo(FileChecksums.of(content).base64());
    }

    @Test
    void hasAppleFormat() {
        String c = FileChecksum.of("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(c).hasSize(28).startsWith("A");
        assertThat(FileChecksum.verifiable(c)).isTrue();
    }

    @Test
    void otherFormatsAreNotVerifiable() {
        assertThat(FileChecksum.verifiable("AgAAAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(FileChecksum.verifiable("not base64 at all!")).isFalse();
        assertThat(FileChecksum.verifiable(null)).isFalse();
        assertThat(FileChecksum.verifiable("AQAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    }

    @Test
    void base64UrlSpellingsAreTheSameChecksum() {
        assertThat(FileChecksum.same("AY6c+BsE0jjaXx9tmVGJM1D2VcEO", "AY6c-BsE0jjaXx9tmVGJM1D2VcEO")).isTrue();
        assertThat(FileChecksum.same("AY6c+BsE0jjaXx9tmVGJM1D2VcEO", "AY6c+BsE0jjaXx9tmVGJM1D2VcEP")).isFalse();
    }
}
