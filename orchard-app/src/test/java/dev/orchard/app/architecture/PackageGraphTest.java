package dev.orchard.app.architecture;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** PackageCyclesTest passes only if the graph it reads is real and its cycle search finds what is there. */
class PackageGraphTest {
    @Test
    void findsEveryPackageOfACycleAndNothingElse() {
        PackageGraph g = new PackageGraph();
        g.uses.put("a", Set.of("b"));
        g.uses.put("b", Set.of("c"));
        g.uses.put("c", Set.of("a", "d"));
        g.uses.put("d", Set.of());
        g.uses.put("e", Set.of("d"));

        assertThat(g.cycles()).containsExactly(Set.of("a", "b", "c"));
        assertThat(g.edgesWithin(Set.of("a", "b", "c"))).hasSize(3);
    }

    @Test
    void readsTheDependenciesOfTheCompiledModules() {
        PackageGraph g = PackageGraph.of(PackageGraph.classes());

        assertThat(g.uses.get("dev.orchard.fake")).contains("dev.orchard.fake.context", "dev.orchard.fake.photos");
        assertThat(g.uses.get("dev.orchard.fake.photos.cloudkit")).contains("dev.orchard.fake.context");
        assertThat(g.uses.get("dev.orchard.app.cli")).contains("dev.orchard.app.command", "dev.orchard.app.daemon", "dev.orchard.app.web");
        assertThat(g.uses.get("dev.orchard.app.web")).contains("dev.orchard.app.status").doesNotContain("dev.orchard.app.daemon");
    }
}
