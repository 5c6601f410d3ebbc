package se.stjarnbild.webapp.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls without arguments in page expressions, such as {@code #{row.title()}} on the records the
 * lists show, with the method looked up once per class and name. The EL implementation's own
 * resolver copies the class's whole method list for every call (`Class.getMethods`); on a list of
 * 25 rows that was about a tenth of the server's CPU per page. Anything else (arguments, non-public
 * classes, unknown names) is left to the next resolver exactly as before.
 */
public class AccessorCallResolver extends ELResolver {

    private final Map<Class<?>, Map<String, Optional<Method>>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || (params != null && params.length > 0)
                || (paramTypes != null && paramTypes.length > 0)) {
            return null;
        }
        Optional<Method> found = methods.computeIfAbsent(base.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> publicNoArgument(base.getClass(), n));
        if (found.isEmpty()) {
            return null;
        }
        try {
            Object result = found.get().invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** Only what the EL implementation would call just the same: a public method of a public class. */
    private static Optional<Method> publicNoArgument(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            Method found = type.getMethod(name);
            return Modifier.isStatic(found.getModifiers()) || !Modifier.isPublic(found.getDeclaringClass().getModifiers())
                    ? Optional.empty() : Optional.of(found);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
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
        // Only calls are handled here; properties go to the next resolver.
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
