package cn.shequ.platform.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Id;
import org.hibernate.Hibernate;
import org.springframework.context.MessageSource;
import org.springframework.util.ReflectionUtils;

/**
 * How the History tab shows a field: its label from the messages (never its Java name), and its
 * value as readers know it: an enum by its label, a yes or no, a date, a decimal without trailing
 * zeros, a record another record refers to by its name. Made for one history; it remembers the names
 * it has looked up.
 */
final class HistoryFormat {

    /** Loads a record by its id, or answers null when there is no such record. */
    interface Loader {
        Object find(Class<?> type, Object id);
    }

    /** How far a record without a name of its own is named by the records it refers to. */
    private static final int MAX_DEPTH = 2;

    private final MessageSource messages;
    private final Locale locale;
    private final Map<Class<?>, RecordNames> namers = new HashMap<>();
    private final Loader loader;
    private final Map<List<Object>, String> names = new HashMap<>();
    private int depth;

    HistoryFormat(MessageSource messages, Locale locale, Collection<RecordNames> namers, Loader loader) {
        this.messages = messages;
        this.locale = locale;
        namers.forEach(namer -> this.namers.put(namer.type(), namer));
        this.loader = loader;
    }

    /**
     * A field's label: {@code <prefix>.<field>} with the entity's prefix ({@code entity.<Entity>.fields}),
     * else the shared {@code field.<field>}; a field with neither shows as an unnamed field.
     */
    String label(Class<?> entityClass, Field field) {
        String prefix = message("entity." + entityClass.getSimpleName() + ".fields");
        String label = prefix == null ? null : message(prefix + "." + field.getName());
        if (label == null) {
            label = message("field." + field.getName());
        }
        return label != null ? label : message("history.field.unlabelled");
    }

    /** A field's value as the History tab shows it (an empty text for no value). */
    String value(Field field, Object value) {
        Refers refers = field.getAnnotation(Refers.class);
        return refers == null ? format(value) : reference(refers.value(), value);
    }

    /** The name of the record of a type with this key, or「（已删除的记录 key）」when there is none. */
    String name(Class<?> type, Object key) {
        List<Object> cacheKey = List.of(type, key);
        String name = names.get(cacheKey);
        if (name == null) {
            name = lookUp(type, key);
            names.put(cacheKey, name);
        }
        return name;
    }

    private String reference(Class<?> type, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> keys) {
            return joined(keys.stream().map(key -> name(type, key)));
        }
        if (value instanceof Map<?, ?> map) {
            return joined(map.entrySet().stream()
                    .map(entry -> message("history.entry", name(type, entry.getKey()), format(entry.getValue()))));
        }
        return name(type, value);
    }

    private String lookUp(Class<?> type, Object key) {
        RecordNames namer = namers.get(type);
        String name;
        if (namer != null) {
            name = namer.nameOf(key).orElse(null);
        }
        else {
            Object record = loader.find(type, key);
            name = record == null ? null : record(record);
        }
        return name == null || name.isBlank() ? message("history.reference.missing", String.valueOf(key)) : name;
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            String label = message("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            return label != null ? label : e.name();
        }
        if (value instanceof Boolean b) {
            return message(b ? "yes" : "no");
        }
        if (value instanceof Instant instant) {
            return History.TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return joined(collection.stream().map(this::format));
        }
        if (value instanceof Map<?, ?> map) {
            return joined(map.entrySet().stream()
                    .map(entry -> message("history.entry", format(entry.getKey()), format(entry.getValue()))));
        }
        return record(value);
    }

    /**
     * A record by its name or title, or as its class describes itself; a record with none of these is
     * named by its kind and the record it refers to (服务中心项目（昌城镇昌城社区）), else by its kind and id.
     */
    private String record(Object value) {
        Object entity = Hibernate.unproxy(value);
        for (String property : List.of("name", "title")) {
            Field field = ReflectionUtils.findField(entity.getClass(), property);
            if (field != null && read(field, entity) != null) {
                return String.valueOf(read(field, entity));
            }
        }
        if (describesItself(entity.getClass())) {
            return entity.toString();
        }
        String kind = message("entity." + entity.getClass().getSimpleName());
        if (kind == null) {
            kind = message("history.record");
        }
        String place = depth < MAX_DEPTH ? referredName(entity) : null;
        return place != null ? message("history.reference.of", kind, place) : message("history.reference.numbered", kind, idOf(entity));
    }

    /** The name of the first record this one refers to by a single key, if any. */
    private String referredName(Object entity) {
        for (Field field : History.auditedFields(entity.getClass())) {
            Refers refers = field.getAnnotation(Refers.class);
            Object key = refers == null ? null : read(field, entity);
            if (key != null && !(key instanceof Collection<?>) && !(key instanceof Map<?, ?>)) {
                depth++;
                try {
                    return name(refers.value(), key);
                }
                finally {
                    depth--;
                }
            }
        }
        return null;
    }

    private static boolean describesItself(Class<?> type) {
        Method toString = ReflectionUtils.findMethod(type, "toString");
        return toString != null && toString.getDeclaringClass() != Object.class;
    }

    private static String idOf(Object entity) {
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    return String.valueOf(read(field, entity));
                }
            }
        }
        return "";
    }

    private static String joined(Stream<String> values) {
        return values.sorted().collect(Collectors.joining("、"));
    }

    private static Object read(Field field, Object target) {
        ReflectionUtils.makeAccessible(field);
        return ReflectionUtils.getField(field, target);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, null, locale);
    }
}
