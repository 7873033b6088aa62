package cn.shequ.platform.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import cn.shequ.platform.shared.NotFoundException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * A record's history, field by field: for each revision that touched it, who, when, from where, and
 * each field's label and value before and after, as readers know them (see {@link HistoryFormat}):
 * a record referred to by id ({@link Refers}) by its name, a copied field ({@link ShownBy}) left out.
 * Every module's History tab shows this.
 */
@Service
@Transactional(readOnly = true)
public class History {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EntityManager entityManager;
    private final MessageSource messages;
    private final ObjectProvider<RecordNames> namers;

    History(EntityManager entityManager, MessageSource messages, ObjectProvider<RecordNames> namers) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.namers = namers;
    }

    /** The changes of one record, newest first. */
    public List<Change> of(Class<?> entityClass, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        HistoryFormat format = format();
        List<Change> changes = new ArrayList<>();
        Object previous = null;
        for (Object[] row : revisions) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Object current = type == RevisionType.DEL ? null : snapshot;
            List<FieldChange> fields = new ArrayList<>();
            collect(format, entityClass, auditedFields(entityClass), previous, current, fields);
            changes.add(new Change(revision.getId(), revision.getTime(), revision.getUsername(), revision.getAddress(),
                    type.name(), fields));
            previous = current;
        }
        Collections.reverse(changes);
        return changes;
    }

    /** One record's change in one revision, compared with its revision before. */
    public Change at(Class<?> entityClass, Object id, long revisionId) {
        return of(entityClass, id).stream().filter(change -> change.revision() == revisionId).findFirst()
                .orElseThrow(() -> new NotFoundException("revision", revisionId));
    }

    /** The formatting of one history, in the request's language, naming records through the modules' {@link RecordNames}. */
    HistoryFormat format() {
        return new HistoryFormat(messages, LocaleContextHolder.getLocale(), namers.orderedStream().toList(), this::find);
    }

    /** A referenced record by its id; null when there is none, or the key cannot be an id of the type. */
    private Object find(Class<?> type, Object id) {
        Class<?> idType = entityManager.getMetamodel().entity(type).getIdType().getJavaType();
        return idType.isInstance(id) ? entityManager.find(type, id) : null;
    }

    /**
     * Compares field by field; an embedded value (such as a project's progress) is compared by its own
     * fields, labelled as fields of the record.
     */
    private static void collect(HistoryFormat format, Class<?> entityClass, List<Field> candidates, Object before,
            Object after, List<FieldChange> fields) {
        for (Field field : candidates) {
            if (field.isAnnotationPresent(ShownBy.class)) {
                continue;
            }
            Object a = before == null ? null : read(field, before);
            Object b = after == null ? null : read(field, after);
            if (field.getType().isAnnotationPresent(Embeddable.class)) {
                collect(format, entityClass, auditedFields(field.getType()), a, b, fields);
                continue;
            }
            String formattedBefore = format.value(field, a);
            String formattedAfter = format.value(field, b);
            if (!Objects.equals(formattedBefore, formattedAfter)) {
                fields.add(new FieldChange(field.getName(), format.label(entityClass, field), formattedBefore,
                        formattedAfter));
            }
        }
    }

    /** The fields the audit trail records of a type (its id and version aside), superclasses' included. */
    static List<Field> auditedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Id.class)
                        || Modifier.isTransient(field.getModifiers()) || field.isAnnotationPresent(Transient.class)) {
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

    /** One revision of a record: who changed it, when, from where, and which fields. */
    public record Change(long revision, Instant time, String username, String address, String type,
            List<FieldChange> fields) {

        public String formattedTime() {
            return TIME.format(LocalDateTime.ofInstant(time, ZoneId.systemDefault()));
        }
    }

    /** A field's value before and after a change, with the field's label in the reader's language. */
    public record FieldChange(String field, String label, String before, String after) {
    }
}
