package dev.orchard.drive.apply;

import dev.orchard.drive.plan.Action;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.icloud.drive.ItemType;
import dev.orchard.icloud.drive.RemoteItem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransferUnitsTest {
    private static Action download(String name, String zone, long size) {
        RemoteItem item = new RemoteItem("FILE::" + zone + "::" + name, name, zone, "FOLDER::" + zone + "::root", name,
                ItemType.FILE, "1::1", size, null);
        return new Action(Action.Kind.DOWNLOAD, name, null, new RemoteEntry(name, item), null);
    }

    private static List<Action> downloads(int n) {
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(download("f" + i, "com.apple.CloudDocs", 100));
        return out;
    }

    private static List<Integer> sizes(List<List<Action>> units) {
        return units.stream().map(List::size).toList();
    }

    @Test
    void runsAreAsLongAsItTakesToGiveEveryThreadWorkUpToTheBatchSize() {
        assertThat(sizes(TransferUnits.of(downloads(40), 16, true))).hasSize(14).allMatch(n -> n <= 3);
        assertThat(sizes(TransferUnits.of(downloads(1000), 16, true))).hasSize(200).containsOnly(5);
        assertThat(sizes(TransferUnits.of(downloads(10), 16, true))).hasSize(10).containsOnly(1);
    }

    @Test
    void withoutBatchingEveryActionIsItsOwnUnit() {
        assertThat(sizes(TransferUnits.of(downloads(100), 4, false))).hasSize(100).containsOnly(1);
    }

    @Test
    void emptyBigAndOtherActionsStayAloneInPlanOrderAndRunsKeepToOneZone() {
        List<Action> actions = new ArrayList<>(downloads(4));
        actions.add(1, download("empty", "com.apple.CloudDocs", 0));
        actions.add(2, download("big", "com.apple.CloudDocs", TransferUnits.BATCHED_MAX_BYTES + 1));
        actions.add(3, new Action(Action.Kind.UPLOAD_NEW, "up", null, null, null));
        actions.add(download("pages", "com.apple.Pages", 100));
        actions.add(download("pages2", "com.apple.Pages", 100));
        List<List<Action>> units = TransferUnits.of(actions, 1, true);
        assertThat(units.stream().map(u -> u.stream().map(Action::path).toList()).toList()).containsExactly(
                List.of("f0", "f1", "f2", "f3"), List.of("empty"), List.of("big"), List.of("up"), List.of("pages", "pages2"));
    }
}
