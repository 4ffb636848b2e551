package dev.orchard.photos.xmp;

import dev.orchard.photos.options.XmpNaming;
import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import dev.orchard.icloud.photos.model.AssetMetadata;
import dev.orchard.icloud.photos.model.GeoLocation;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmpPacketTest {
    private static SidecarFacts facts(AssetMetadata m) {
        return new SidecarFacts("ID-1", 1_714_585_330_250L, -25_200, false, true, false, m, List.of("A|B"));
    }

    @Test
    void hostileTextStaysWellFormedXml() throws Exception {
        String nasty = "</rdf:li>]]><!-- & \"x\" 'y' \u0007bell \uD83D\uDE00 \u202Eevil";
        byte[] packet = XmpPacket.of(facts(new AssetMetadata(nasty, nasty, List.of(nasty), null, 0)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
        XMPMeta back = XMPMetaFactory.parseFromBuffer(packet);
        String expected = nasty.replace("\u0007", "");
        assertThat(back.getLocalizedText(XMPConst.NS_DC, "title", null, XMPConst.X_DEFAULT).getValue()).isEqualTo(expected);
        assertThat(back.getArrayItem(XMPConst.NS_DC, "subject", 1).getValue()).isEqualTo(expected);
        assertThat(back.getPropertyString(XMPConst.NS_EXIF, "DateTimeOriginal")).isEqualTo("2024-05-01T10:42:10.250-07:00");
        assertThat(back.getPropertyBoolean(XmpPacket.NS_ICLOUD, "Hidden")).isTrue();
    }

    @Test
    void coordinatesAreDegreesAndDecimalMinutes() {
        assertThat(XmpPacket.coordinate(41.890251, 'N', 'S')).isEqualTo("41,53.415060N");
        assertThat(XmpPacket.coordinate(-0.99999999999, 'N', 'S')).isEqualTo("1,0.000000S");
        assertThat(XmpPacket.coordinate(-179.25, 'E', 'W')).isEqualTo("179,15.000000W");
        assertThat(XmpPacket.rational(8848.86)).isEqualTo("8848860/1000");
    }

    @Test
    void aLocationWithoutAltitudeOrCourseWritesOnlyThePosition() throws Exception {
        XMPMeta back = XMPMetaFactory.parseFromBuffer(XmpPacket.of(facts(new AssetMetadata(null, null, List.of(),
                new GeoLocation(1.5, 2.5, null, null), 6))));
        assertThat(back.getPropertyString(XMPConst.NS_EXIF, "GPSLatitude")).isEqualTo("1,30.000000N");
        assertThat(back.doesPropertyExist(XMPConst.NS_EXIF, "GPSAltitude")).isFalse();
        assertThat(back.doesPropertyExist(XMPConst.NS_EXIF, "GPSTrack")).isFalse();
        assertThat(back.getPropertyInteger(XMPConst.NS_TIFF, "Orientation")).isEqualTo(6);
    }

    @Test
    void namingFullOrStem() {
        assertThat(XmpNaming.FULL.sidecarOf("Photos/2024/05/IMG_0001.HEIC")).isEqualTo("Photos/2024/05/IMG_0001.HEIC.xmp");
        assertThat(XmpNaming.STEM.sidecarOf("Photos/2024/05/IMG_0001.HEIC")).isEqualTo("Photos/2024/05/IMG_0001.xmp");
        assertThat(XmpNaming.STEM.sidecarOf("Photos/2024.05/noext")).isEqualTo("Photos/2024.05/noext.xmp");
        assertThat(XmpNaming.parse(" Stem ")).isEqualTo(XmpNaming.STEM);
        assertThatThrownBy(() -> XmpNaming.parse("xmp")).hasMessageContaining("'full'");
    }

    @Test
    void equalFactsHaveEqualDigestsAndAnyChangeChangesIt() {
        AssetMetadata m = new AssetMetadata("t", null, List.of("k"), new GeoLocation(1, 2, 3.0, null), 1);
        assertThat(facts(m).digest()).isEqualTo(facts(new AssetMetadata("t", null, List.of("k"), new GeoLocation(1, 2, 3.0, null), 1)).digest());
        assertThat(facts(m).digest()).isNotEqualTo(facts(new AssetMetadata("t", null, List.of("k"), new GeoLocation(1, 2, 3.5, null), 1)).digest());
    }
}
