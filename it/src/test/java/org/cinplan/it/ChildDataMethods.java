package org.cinplan.it;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every public method of cinplan's session beans whose result can carry a child's name or LAchildID: a record with a
 * component {@code childName} or {@code laChildId}, however deep in lists, maps or other records. Read from the EJB
 * module's classes as built, so a new method of that kind is found without anyone listing it.
 */
final class ChildDataMethods {

    private static final Set<String> CHILD_COMPONENTS = Set.of("childName", "laChildId");

    private ChildDataMethods() {
    }

    /** "Bean.method" for each such method, sorted. */
    static Set<String> find() {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : beanClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && carriesAChild(method.getGenericReturnType(), new HashSet<>())) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return found;
    }

    private static boolean carriesAChild(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            return carriesAChild(parameterized.getRawType(), seen)
                    || Stream.of(parameterized.getActualTypeArguments()).anyMatch(t -> carriesAChild(t, seen));
        }
        if (type instanceof GenericArrayType array) {
            return carriesAChild(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).anyMatch(t -> carriesAChild(t, seen));
        }
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return carriesAChild(plain.getComponentType(), seen);
            }
            if (plain.isRecord()) {
                for (RecordComponent component : plain.getRecordComponents()) {
                    if (CHILD_COMPONENTS.contains(component.getName()) || carriesAChild(component.getGenericType(), seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The @Stateless and @Singleton classes of the EJB module (a folder or a jar, wherever the module was loaded from). */
    private static List<Class<?>> beanClasses() {
        ClassLoader loader = ChildDataMethods.class.getClassLoader();
        List<Class<?>> beans = new ArrayList<>();
        for (String name : classNames(moduleLocation())) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                    beans.add(type);
                }
            } catch (ClassNotFoundException | LinkageError unloadable) {
                throw new IllegalStateException("Cannot load " + name + " to check it", unloadable);
            }
        }
        if (beans.isEmpty()) {
            throw new IllegalStateException("No session beans found in " + moduleLocation());
        }
        return beans;
    }

    private static File moduleLocation() {
        try {
            return new File(org.cinplan.casework.CaseAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(File location) {
        try {
            if (location.isDirectory()) {
                Path root = location.toPath();
                try (Stream<Path> files = Files.walk(root)) {
                    return files.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(ChildDataMethods::isCinplanClass).map(ChildDataMethods::className).toList();
                }
            }
            try (JarFile jar = new JarFile(location)) {
                return jar.stream().map(e -> e.getName()).filter(ChildDataMethods::isCinplanClass)
                        .map(ChildDataMethods::className).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCinplanClass(String path) {
        return path.startsWith("org/cinplan/") && path.endsWith(".class") && !path.contains("$");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
