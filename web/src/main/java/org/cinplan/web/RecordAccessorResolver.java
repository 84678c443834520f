package org.cinplan.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calls a record's accessor in a page expression ({@code #{entry.childName()}}) through a method looked up once per
 * record class. The pages show the services' DTOs, which are records, and the standard resolver looks each such call
 * up again among all the class's public methods on every row of every table (the largest single cost of rendering in
 * a profile of the caseload). Anything else is left to the other resolvers.
 */
public class RecordAccessorResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || params != null && params.length > 0) {
            return null;
        }
        Method accessor = accessorsOf(base.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (IllegalAccessException e) {
            throw new ELException("Cannot call " + name + "() of " + base.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /** The accessors of a record the page may call, by name; none for anything else. */
    private static Map<String, Method> accessorsOf(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> !t.isRecord() || !reachable(t) ? Map.of()
                : Arrays.stream(t.getRecordComponents()).map(RecordComponent::getAccessor)
                .collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity())));
    }

    /** Public, and so is every class it is nested in. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Nothing: records are only read.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
