package dev.orchard.photos.sync;

import dev.orchard.photos.options.SyncOptions;
import dev.orchard.icloud.photos.model.MediaKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncOptionsTest {
    @Test
    void theSelectionFingerprintDoesNotDependOnTheOrderOptionsWereGivenIn() {
        var a = new LinkedHashSet<>(List.of(MediaKind.VIDEO, MediaKind.PHOTO));
        var b = new LinkedHashSet<>(List.of(MediaKind.PHOTO, MediaKind.VIDEO));
        String fa = SyncOptions.builder(Path.of("x")).media(a).albums(List.of("B", "A")).build().selectionFingerprint();
        String fb = SyncOptions.builder(Path.of("x")).media(b).albums(List.of("A", "B")).build().selectionFingerprint();
        assertThat(fa).isEqualTo(fb);
    }

    @Test
    void badValuesAreRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> SyncOptions.builder(Path.of("x")).downloadThreads(0)).hasMessage("download threads must be 1-64, got 0");
        assertThatThrownBy(() -> SyncOptions.builder(Path.of("x")).from(LocalDate.parse("2024-02-01")).to(LocalDate.parse("2024-01-01")).build())
                .hasMessageContaining("ends (2024-01-01) before it starts (2024-02-01)");
    }
}
