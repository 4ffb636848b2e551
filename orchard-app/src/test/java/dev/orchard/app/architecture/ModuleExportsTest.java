package dev.orchard.app.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is no module (the runnable jar is a plain class path), so the {@code module-info} of the client, the
 * engines and the local-files kit cannot keep it out of their internals when it compiles. This does: it reads
 * each module's compiled descriptor and fails when an app class uses a package that its module does not export
 * to everyone (a qualified export, e.g. the client's Photos listing for the photos engine, does not count).
 */
class ModuleExportsTest {
    /** One class of each module the app uses: its descriptor is read from where that class was loaded. */
    static final List<Class<?>> MODULES = List.of(dev.orchard.localfiles.DatedTrash.class, dev.orchard.icloud.auth.ICloudSession.class,
            dev.orchard.photos.sync.PhotoSync.class, dev.orchard.drive.sync.DriveFolder.class);

    @Test
    void theAppUsesOnlyWhatTheModulesExport() throws URISyntaxException {
        Map<String, ModuleDescriptor> owners = new HashMap<>();
        for (Class<?> c : MODULES) {
            ModuleDescriptor d = descriptor(c);
            d.packages().forEach(p -> owners.put(p, d));
        }
        assertThat(owners).as("the modules' packages, internal ones included")
                .containsKeys("dev.orchard.photos.state", "dev.orchard.drive.apply", "dev.orchard.icloud.photos.listing");

        Set<String> problems = new TreeSet<>();
        for (JavaClass c : PackageGraph.classes()) {
            if (!c.getPackageName().startsWith("dev.orchard.app")) continue;
            for (Dependency dep : c.getDirectDependenciesFromSelf()) {
                String target = dep.getTargetClass().getPackageName();
                ModuleDescriptor owner = owners.get(target);
                if (owner != null && !exported(owner).contains(target)) {
                    problems.add(owner.name() + " does not export " + target + ": " + dep.getDescription());
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    static ModuleDescriptor descriptor(Class<?> c) throws URISyntaxException {
        Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(where).findAll();
        assertThat(found).as("a module-info.class in " + where).hasSize(1);
        return found.iterator().next().descriptor();
    }

    static Set<String> exported(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
}
