package cn.shequ.platform.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * A record's history, field by field: for each revision that touched it, who, when, from where, and
 * each field's value before and after. Every module's History tab shows this.
 */
@Service
@Transactional(readOnly = true)
public class History {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EntityManager entityManager;
    private final MessageSource messages;

    History(EntityManager entityManager, MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** The changes of one record, newest first. */
    public List<Change> of(Class<?> entityClass, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>();
        Object previous = null;
        for (Object[] row : revisions) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            changes.add(new Change(revision.getId(), revision.getTime(), revision.getUsername(), revision.getAddress(),
                    type.name(), differences(entityClass, previous, type == RevisionType.DEL ? null : snapshot)));
            previous = type == RevisionType.DEL ? null : snapshot;
        }
        java.util.Collections.reverse(changes);
        return changes;
    }

    /** One record's change in one revision, compared with its revision before. */
    public Change at(Class<?> entityClass, Object id, long revisionId) {
        return of(entityClass, id).stream().filter(change -> change.revision() == revisionId).findFirst()
                .orElseThrow(() -> new cn.shequ.platform.shared.NotFoundException("revision", revisionId));
    }

    private List<FieldChange> differences(Class<?> entityClass, Object before, Object after) {
        List<FieldChange> fields = new ArrayList<>();
        collect(auditedFields(entityClass), before, after, fields);
        return fields;
    }

    /** Compares field by field; an embedded value (such as a project's progress) is compared by its own fields. */
    private void collect(List<Field> candidates, Object before, Object after, List<FieldChange> fields) {
        for (Field field : candidates) {
            Object a = before == null ? null : read(field, before);
            Object b = after == null ? null : read(field, after);
            if (field.getType().isAnnotationPresent(Embeddable.class)) {
                collect(auditedFields(field.getType()), a, b, fields);
                continue;
            }
            String formattedBefore = format(a);
            String formattedAfter = format(b);
            if (!Objects.equals(formattedBefore, formattedAfter)) {
                fields.add(new FieldChange(field.getName(), formattedBefore, formattedAfter));
            }
        }
    }

    static List<Field> auditedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Id.class)
                        || java.lang.reflect.Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                    continue;
                }
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        ReflectionUtils.makeAccessible(field);
        return ReflectionUtils.getField(field, target);
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null, e.name(),
                    LocaleContextHolder.getLocale());
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "yes" : "no", null, LocaleContextHolder.getLocale());
        }
        if (value instanceof Instant instant) {
            return TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof CharSequence) {
            return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(this::format).sorted().reduce((x, y) -> x + "、" + y).orElse("");
        }
        Object entity = Hibernate.unproxy(value);
        Field name = ReflectionUtils.findField(entity.getClass(), "name");
        if (name != null) {
            return String.valueOf(read(name, entity));
        }
        Field title = ReflectionUtils.findField(entity.getClass(), "title");
        return title != null ? String.valueOf(read(title, entity)) : entity.toString();
    }

    /** One revision of a record: who changed it, when, from where, and which fields. */
    public record Change(long revision, Instant time, String username, String address, String type,
            List<FieldChange> fields) {

        public String formattedTime() {
            return TIME.format(LocalDateTime.ofInstant(time, ZoneId.systemDefault()));
        }
    }

    /** A field's value before and after a change. */
    public record FieldChange(String field, String before, String after) {
    }
}
