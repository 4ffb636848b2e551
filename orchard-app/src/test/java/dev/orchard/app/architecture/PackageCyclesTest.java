package dev.orchard.app.architecture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package of any module may take part in a dependency cycle, except the cycles listed here with the reason
 * they are still there. A new cycle, or a listed one that grows, fails with the edges that make it; a listed one
 * that is gone fails too, so the list only shrinks.
 */
class PackageCyclesTest {
    /** A cycle that is known and not yet broken: its packages (a detected cycle must lie within them) and why. */
    record Known(Set<String> packages, String reason) {
    }

    static final List<Known> KNOWN = List.of();

    @Test
    void noPackageCyclesBeyondTheKnownOnes() {
        PackageGraph graph = PackageGraph.of(PackageGraph.classes());
        assertThat(graph.uses.keySet()).as("the modules' classes are on the test class path")
                .contains("dev.orchard.icloud.http", "dev.orchard.photos.sync", "dev.orchard.drive.sync", "dev.orchard.fake");
        List<String> problems = new ArrayList<>();
        List<Set<String>> cycles = graph.cycles();
        for (Set<String> cycle : cycles) {
            if (KNOWN.stream().noneMatch(k -> k.packages().containsAll(cycle))) {
                problems.add("new package cycle " + cycle + ":\n  " + String.join("\n  ", graph.edgesWithin(cycle)));
            }
        }
        for (Known k : KNOWN) {
            if (cycles.stream().noneMatch(c -> k.packages().containsAll(c) && c.size() > 1)) {
                problems.add("the known cycle " + k.packages() + " is gone: remove it from PackageCyclesTest.KNOWN");
            }
        }
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }
}
