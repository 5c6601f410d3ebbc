package se.stjarnbild.model.audit;

import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import se.stjarnbild.model.BaseEntity;

/**
 * An entity's single-valued fields as plain values for the audit log: text, numbers, dates, enums,
 * and the id of a referenced entity. Collections, binary content and the version are left out;
 * long text is shortened. Personal data and secrets are compared but never written out.
 */
final class EntityFields {

    static final String PERSONAL = "(personuppgift)";
    static final String SECRET = "(hemlig)";
    private static final int LONGEST = 300;
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    /** One changed field: before and after as the log shows them (null when absent). */
    record Change(String field, String before, String after) {
    }

    private EntityFields() {
    }

    /** The entity's values now, for comparing later; personal values are kept (in memory only). */
    static Map<String, Object> snapshot(BaseEntity entity) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields(entity.getClass())) {
            values.put(field.getName(), plain(read(field, entity)));
        }
        return values;
    }

    /** The fields that differ between {@code before} (empty for a new entity) and {@code after}. */
    static List<Change> diff(Class<?> type, Map<String, Object> before, Map<String, Object> after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : fields(type)) {
            String name = field.getName();
            Object was = before.get(name);
            Object is = after.get(name);
            if (!Objects.equals(was, is)) {
                String hidden = field.isAnnotationPresent(Secret.class) ? SECRET
                        : field.isAnnotationPresent(PersonalData.class) ? PERSONAL : null;
                changes.add(new Change(name, shown(was, hidden), shown(is, hidden)));
            }
        }
        return changes;
    }

    private static String shown(Object value, String hidden) {
        if (value == null) {
            return null;
        }
        if (hidden != null) {
            return hidden;
        }
        String text = value.toString();
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
    }

    private static Object plain(Object value) {
        if (value instanceof BaseEntity referenced) {
            return referenced.getId();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value;
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, EntityFields::collect);
    }

    private static List<Field> collect(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != BaseEntity.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                Class<?> kind = field.getType();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Transient.class)
                        || field.isSynthetic() || Collection.class.isAssignableFrom(kind) || Map.class.isAssignableFrom(kind)
                        || kind.isArray() || field.getName().startsWith("_persistence")) {
                    continue;
                }
                field.setAccessible(true);
                found.add(field);
            }
        }
        return List.copyOf(found);
    }
}
