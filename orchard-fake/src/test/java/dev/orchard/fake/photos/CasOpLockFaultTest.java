package dev.orchard.fake.photos;

import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.PhotoLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CAS op-lock failures as a fault rule: a share of records/modify calls lose the zone's op-lock (docs/protocol/photos.md §8). */
class CasOpLockFaultTest extends FakePhotosTestBase {
    PhotoLibrary lib;
    Asset photo;

    @BeforeEach
    void freshLibrary() {
        lib = fake.photos().generate(0);
        photo = lib.addAsset(AssetSpec.of(AssetKind.PHOTO).filename("a.jpg"));
    }

    @AfterEach
    void noFaults() {
        fake.faults().clear();
    }

    PhotosClient.Reply favourite(Asset a) {
        return client.call("private", "records/modify", null,
                ModifyTest.modify(true, ModifyTest.update(a, a.changeTag(), "{\"isFavorite\":{\"value\":" + (a.favorite() ? 0 : 1) + "}}")));
    }

    @Test
    void aCasFaultAnswersModifyWith200AndApplesReasonAndLeavesReadsAlone() {
        fake.faults().add(FaultRule.parse("kind=cas-op-lock,count=1"));
        PhotosClient.Reply query = client.call("private", "records/query", null,
                PhotosClient.listQuery(QueryTest.ALL, 0, "ASCENDING", 10, "PrimarySync"));
        assertThat(query.json().has("records")).isTrue();

        PhotosClient.Reply r = favourite(photo);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("serverErrorCode").asText()).isEqualTo("TRY_AGAIN_LATER");
        assertThat(r.json().get("reason").asText()).startsWith("Sync zone CAS Op-Lock failed");
        assertThat(photo.favorite()).isFalse();
        assertThat(favourite(photo).json().at("/records/0/fields/isFavorite/value").asInt()).isEqualTo(1);
    }

    @Test
    void theCodeCanBeCasOpLock() {
        fake.faults().add(FaultRule.parse("group=cloudkit,kind=cas-op-lock,code=CAS_OP_LOCK,count=1"));
        assertThat(favourite(photo).json().get("serverErrorCode").asText()).isEqualTo("CAS_OP_LOCK");
    }

    @Test
    void atARateSomeModifiesFailAndTheRestGoThrough() {
        fake.faults().add(FaultRule.parse("kind=cas-op-lock,rate=0.5"));
        int failed = 0;
        int applied = 0;
        for (int i = 0; i < 40; i++) {
            boolean before = photo.favorite();
            PhotosClient.Reply r = favourite(photo);
            if (r.json().has("serverErrorCode")) {
                failed++;
                assertThat(photo.favorite()).isEqualTo(before);
            } else {
                applied++;
                assertThat(photo.favorite()).isNotEqualTo(before);
            }
        }
        assertThat(failed).isBetween(5, 35);
        assertThat(applied).isEqualTo(40 - failed);
    }

    @Test
    void theRuleReadsBackAndBadKindsNameTheNewOne() {
        assertThat(FaultRule.parse("kind=cas-op-lock,rate=0.2").toString())
                .isEqualTo("group=any,path=/records/modify,kind=cas-op-lock,code=TRY_AGAIN_LATER,rate=0.2,remaining=-1");
        assertThatThrownBy(() -> FaultRule.parse("kind=explode")).hasMessageContaining("cas-op-lock");
    }
}
