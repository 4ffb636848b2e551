package dev.orchard.icloud.photos.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;
import dev.orchard.icloud.photos.cloudkit.CkRecord;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CPLAsset's metadata fields (docs/protocol/photos.md §2), read from values Apple sent (shared/recorded/icloudpd). */
class AssetMetadataTest {
    /** autodelete_photos: a fix with no course (-1) and altitude 0. */
    static final String RECORDED_NO_COURSE = "YnBsaXN0MDDYAQIDBAUGBwgJCQoLCgwNClZjb3Vyc2VVc3BlZWRTYWx0U2xvbld2ZXJ0QWNjU2xhdFl0aW1lc3Rh"
            + "bXBXaG9yekFjYyO/8AAAAAAAACMAAAAAAAAAACNAWL2p++dsiyNAMtKwIMSbpjNBwIeEPYAAAAgZICYqLjY6RExVXmdwAAAAAAAAAQEAAAAAAAAADgAA"
            + "AAAAAAAAAAAAAAAAAHk=";
    /** download_autodelete_photos_part2: a fix with course, altitude and a western longitude. */
    static final String RECORDED_FULL = "YnBsaXN0MDDYAQIDBAUGBwgJCgsMCg0OD1Zjb3Vyc2VVc3BlZWRTYWx0U2xvbld2ZXJ0QWNjU2xhdFl0aW1lc3Rh"
            + "bXBXaG9yekFjYyNAdj2lwCpDWyMAAAAAAAAAACNAKSdJ4BHZ6CPAXfbKZaKqcyNAQTe8AaNuLzNBxRZxQF2RaCNAQYAAAAAAAAgZICYqLjY6RExVXmdw"
            + "eYIAAAAAAAABAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAiw==";
    /** A binary plist array ["beach", "Été"], as keywordsEnc holds. */
    static final String KEYWORDS = "YnBsaXN0MDCiAQJVYmVhY2hjAMkAdADpCAsRAAAAAAAAAQEAAAAAAAAAAwAAAAAAAAAAAAAAAAAAABg=";

    @Test
    void aRecordedLocationDecodes() {
        GeoLocation l = MetadataPlists.location(Base64.getDecoder().decode(RECORDED_FULL));
        assertThat(l.latitude()).isCloseTo(34.435425, within(1e-9));
        assertThat(l.longitude()).isCloseTo(-119.85610333333334, within(1e-9));
        assertThat(l.altitude()).isCloseTo(12.576735498599149, within(1e-9));
        assertThat(l.course()).isCloseTo(355.8529664660361, within(1e-9));
    }

    @Test
    void anUnknownCourseAndAZeroAltitudeAreLeftOut() {
        GeoLocation l = MetadataPlists.location(Base64.getDecoder().decode(RECORDED_NO_COURSE));
        assertThat(l).isEqualTo(new GeoLocation(18.823, 98.9635, null, null));
    }

    @Test
    void anAssetRecordCarriesItsMetadata() {
        Asset a = Asset.parse(record("""
                {"recordName":"A1","recordType":"CPLAsset","fields":{
                 "captionEnc":{"value":"%s","type":"ENCRYPTED_BYTES"},
                 "extendedDescEnc":{"value":"%s","type":"ENCRYPTED_BYTES"},
                 "keywordsEnc":{"value":"%s","type":"ENCRYPTED_BYTES"},
                 "locationEnc":{"value":"%s","type":"ENCRYPTED_BYTES"},
                 "orientation":{"value":6,"type":"INT64"}}}""".formatted(b64("Title ü"), b64("Line 1\nLine <2>"), KEYWORDS, RECORDED_FULL)));
        assertThat(a.meta().title()).isEqualTo("Title ü");
        assertThat(a.meta().description()).isEqualTo("Line 1\nLine <2>");
        assertThat(a.meta().keywords()).containsExactly("beach", "Été");
        assertThat(a.meta().location().latitude()).isCloseTo(34.435425, within(1e-9));
        assertThat(a.meta().orientation()).isEqualTo(6);
    }

    @Test
    void garbageInTheEncryptedFieldsReadsAsAbsentNotAsAnError() {
        Asset a = Asset.parse(record("""
                {"recordName":"A1","recordType":"CPLAsset","fields":{
                 "keywordsEnc":{"value":"%s","type":"ENCRYPTED_BYTES"},
                 "locationEnc":{"value":"not base64!","type":"ENCRYPTED_BYTES"}}}""".formatted(b64("bplist00 truncated"))));
        assertThat(a.meta()).isEqualTo(AssetMetadata.NONE);
        assertThat(MetadataPlists.keywords(Base64.getDecoder().decode(RECORDED_FULL))).isEqualTo(List.of());
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<plist version=\"1.0\"><array><string>&x;</string></array></plist>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(MetadataPlists.keywords(xml)).as("only binary plists are read").isEmpty();
    }

    private static CkRecord record(String json) {
        try {
            JsonNode n = Jsons.MAPPER.readTree(json);
            return CkRecord.parse(n);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
