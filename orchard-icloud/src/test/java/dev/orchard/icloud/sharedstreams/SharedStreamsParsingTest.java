package dev.orchard.icloud.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the client accepts from webgetassets and public links, in the shapes public clients have seen. */
class SharedStreamsParsingTest {
    static JsonNode json(String text) throws Exception {
        return Jsons.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void pairsMastersAndAssetsAndKeepsTheLargestResource() throws Exception {
        JsonNode page = json("""
                {'records':[
                 {'recordName':'M1','recordType':'CPLMaster','fields':{
                   'filenameEnc':{'value':'RmVyaWVuIMOcYmVyc2ljaHQuSlBH'},'itemType':{'value':'public.jpeg'},
                   'originalCreationDate':{'value':1730000000000},
                   'resOriginalRes':{'value':{'downloadURL':'https://cdn/o','size':10,'fileChecksum':'AQ'}},
                   'resJPEGMedRes':{'value':{'downloadURL':'https://cdn/m','size':5}}}},
                 {'recordName':'A1','recordType':'CPLAsset','fields':{'masterRef':{'value':{'recordName':'M1'}},
                   'assetDate':{'value':1720000000000}}},
                 {'recordName':'A2','recordType':'CPLAsset','fields':{'masterRef':{'value':{'recordName':'missing'}}}},
                 {'recordName':'A3','recordType':'CPLAsset','deleted':true}]}
                """);
        List<StreamItem> items = AssetRecords.parse(page);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.guid()).isEqualTo("A1");
            assertThat(i.filename()).isEqualTo("Ferien Übersicht.JPG");
            assertThat(i.dateMillis()).isEqualTo(1720000000000L);
            assertThat(i.largest().url()).isEqualTo("https://cdn/o");
            assertThat(i.largest().fileChecksum()).isEqualTo("AQ");
        });
    }

    @Test
    void numbersMayArriveAsStrings() throws Exception {
        assertThat(StreamCalls.number(json("{'n':'42'}"), "n", -1)).isEqualTo(42);
        assertThat(StreamCalls.number(json("{'n':42}"), "n", -1)).isEqualTo(42);
        assertThat(StreamCalls.number(json("{'n':'x'}"), "n", -1)).isEqualTo(-1);
    }

    @Test
    void publicLinksAndPartitions() {
        assertThat(PublicStreamClient.token("https://www.icloud.com/sharedalbum/#B0aGWZuqDGTHBq")).isEqualTo("B0aGWZuqDGTHBq");
        assertThat(PublicStreamClient.token("https://www.icloud.com/sharedalbum/#B0aGWZuqDGTHBq;Trip")).isEqualTo("B0aGWZuqDGTHBq");
        assertThat(PublicStreamClient.token("B0aGWZuqDGTHBq")).isEqualTo("B0aGWZuqDGTHBq");
        assertThatThrownBy(() -> PublicStreamClient.token("https://www.icloud.com/sharedalbum/#../../x"))
                .hasMessageContaining("not a shared album link");
        assertThat(PublicStreamClient.partition("A5bcdefgh")).isEqualTo(5);
        assertThat(PublicStreamClient.partition("B0aGWZuqDGTHBq")).isEqualTo(36);
    }
}
