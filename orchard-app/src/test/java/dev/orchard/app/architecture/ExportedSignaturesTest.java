package dev.orchard.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code javac -Xlint:exports} warns about, as a test: a public or protected member of a public type in an
 * exported package must not name a type from a package its module keeps to itself, or a caller gets a method it
 * cannot really use and the engine's internals leak into its entry points.
 */
class ExportedSignaturesTest {
    /**
     * Known and kept: {@code orchard photos adopt} (the engine's {@code adopt}) works on the state a sync's fetch
     * leaves open, through {@code PhotoSync.withListedState}. Java has no way to offer that to one package of the
     * module only, short of a registration hook; the app cannot use it without naming the state, which
     * {@link ModuleExportsTest} forbids.
     */
    static final Set<String> KEPT = Set.of("dev.orchard.photos.sync.PhotoSync$ListedWork.run");

    @Test
    void exportedSignaturesNameOnlyExportedTypes() throws Exception {
        Map<String, ModuleDescriptor> owners = new HashMap<>();
        for (Class<?> c : ModuleExportsTest.MODULES) {
            ModuleDescriptor d = ModuleExportsTest.descriptor(c);
            d.packages().forEach(p -> owners.put(p, d));
        }
        Set<String> problems = new TreeSet<>();
        for (JavaClass jc : PackageGraph.classes()) {
            ModuleDescriptor owner = owners.get(jc.getPackageName());
            if (owner == null || !ModuleExportsTest.exported(owner).contains(jc.getPackageName())) continue;
            Class<?> c = Class.forName(jc.getName(), false, getClass().getClassLoader());
            if (!visible(c)) continue;
            for (Member m : members(c)) {
                if (!Modifier.isPublic(m.getModifiers()) && !Modifier.isProtected(m.getModifiers())) continue;
                if (m instanceof Executable e && e.isSynthetic()) continue;
                if (KEPT.contains(c.getName() + "." + m.getName())) continue;
                for (Class<?> named : named(m)) {
                    String p = named.getPackageName();
                    ModuleDescriptor o = owners.get(p);
                    if (o == owner && !exportedAtAll(o, p)) {
                        problems.add(c.getName() + "." + m.getName() + " names " + named.getName() + " (" + p + " is not exported)");
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * Exported to everyone or to some modules: the client's Photos listing, exported to the photos engine alone,
     * is what {@code PhotosService} hands that engine by design.
     */
    private static boolean exportedAtAll(ModuleDescriptor d, String pkg) {
        return d.exports().stream().anyMatch(e -> e.source().equals(pkg));
    }

    /** A public type whose enclosing types are public too. */
    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) return false;
        }
        return true;
    }

    private static List<Member> members(Class<?> c) {
        List<Member> all = new ArrayList<>();
        all.addAll(List.of(c.getDeclaredFields()));
        all.addAll(List.of(c.getDeclaredConstructors()));
        all.addAll(List.of(c.getDeclaredMethods()));
        return all;
    }

    private static Set<Class<?>> named(Member m) {
        Set<Class<?>> out = new HashSet<>();
        if (m instanceof Field f) collect(f.getGenericType(), out);
        if (m instanceof Method meth) collect(meth.getGenericReturnType(), out);
        if (m instanceof Executable e) {
            for (Type t : e.getGenericParameterTypes()) collect(t, out);
            for (Type t : e.getGenericExceptionTypes()) collect(t, out);
            for (TypeVariable<?> v : e.getTypeParameters()) for (Type b : v.getBounds()) collect(b, out);
        }
        if (m instanceof Constructor<?> k) for (Class<?> p : k.getParameterTypes()) collect(p, out);
        return out;
    }

    private static void collect(Type t, Set<Class<?>> out) {
        switch (t) {
            case Class<?> c when c.isArray() -> collect(c.getComponentType(), out);
            case Class<?> c -> { if (!c.isPrimitive()) out.add(c); }
            case ParameterizedType p -> {
                collect(p.getRawType(), out);
                for (Type a : p.getActualTypeArguments()) collect(a, out);
            }
            case GenericArrayType a -> collect(a.getGenericComponentType(), out);
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) collect(b, out);
                for (Type b : w.getLowerBounds()) collect(b, out);
            }
            default -> { } // type variables: their bounds are collected where they are declared
        }
    }
}
