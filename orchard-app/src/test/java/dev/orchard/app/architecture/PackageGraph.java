package dev.orchard.app.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orchard's compiled main classes (every module, read from the test class path by ArchUnit) as a graph of
 * package dependencies, and its cycles: the strongly connected components with more than one package.
 */
final class PackageGraph {
    static final String BASE = "dev.orchard";

    /** Package to the Orchard packages it uses (itself excluded). */
    final Map<String, Set<String>> uses = new TreeMap<>();
    /** "from -> to" to one example of a class dependency behind that edge, for messages. */
    final Map<String, String> examples = new HashMap<>();

    private static JavaClasses cached;

    /** One class of each module: where it was loaded from is what gets read. */
    static final List<Class<?>> MODULES = List.of(dev.orchard.localfiles.DatedTrash.class, dev.orchard.icloud.auth.ICloudSession.class,
            dev.orchard.fake.FakeICloud.class, dev.orchard.photos.sync.PhotoSync.class, dev.orchard.drive.sync.DriveSync.class,
            dev.orchard.app.command.AppContext.class);

    static synchronized JavaClasses classes() {
        if (cached == null) {
            List<java.net.URL> locations = new ArrayList<>();
            for (Class<?> c : MODULES) locations.add(c.getProtectionDomain().getCodeSource().getLocation());
            cached = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importUrls(locations);
        }
        return cached;
    }

    static PackageGraph of(JavaClasses classes) {
        PackageGraph g = new PackageGraph();
        for (JavaClass c : classes) {
            String from = c.getPackageName();
            g.uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getPackageName();
                if (to.equals(from) || !to.startsWith(BASE + ".")) continue;
                g.uses.get(from).add(to);
                g.examples.putIfAbsent(from + " -> " + to, d.getDescription());
            }
        }
        return g;
    }

    /** The cycles (Tarjan's strongly connected components of two or more packages), each sorted. */
    List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] next = {0};
        for (String p : uses.keySet()) {
            if (!index.containsKey(p)) connect(p, index, low, stack, onStack, out, next);
        }
        return out;
    }

    private void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                         Set<String> onStack, List<Set<String>> out, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]);
        next[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, out, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) out.add(component);
        }
    }

    /** The edges inside one cycle, with an example each. */
    List<String> edgesWithin(Set<String> cycle) {
        List<String> edges = new ArrayList<>();
        for (String from : cycle) {
            for (String to : uses.getOrDefault(from, Set.of())) {
                if (cycle.contains(to)) edges.add(from + " -> " + to + "   (" + examples.get(from + " -> " + to) + ")");
            }
        }
        return edges;
    }
}
