package cn.shequ.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit trail: changes by user, module, record and date range, newest first. */
@Service
@Transactional(readOnly = true)
class AuditSearch {

    static final String BASE_PACKAGE = "cn.shequ.platform.";

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Criteria(String username, String module, String entity, String recordId, LocalDate from, LocalDate to) {
    }

    /** One audited entity type, with the module it belongs to. */
    record AuditedType(String entityName, String simpleName, String module) {
    }

    /** One record touched by one revision. */
    record Row(long revision, long timestamp, String username, String address, String entityName, String entityId,
            short changeType) {

        public String formattedTime() {
            return History.TIME.format(java.time.LocalDateTime.ofInstant(Instant.ofEpochMilli(timestamp), ZoneId.systemDefault()));
        }

        public String simpleName() {
            return AuditSearch.simpleName(entityName);
        }

        public String module() {
            return moduleOf(entityName);
        }
    }

    /** Every audited entity type, by module. */
    List<AuditedType> auditedTypes() {
        List<AuditedType> types = new ArrayList<>();
        for (EntityType<?> type : entityManager.getMetamodel().getEntities()) {
            Class<?> javaType = type.getJavaType();
            if (javaType.isAnnotationPresent(Audited.class)) {
                types.add(new AuditedType(javaType.getName(), javaType.getSimpleName(), moduleOf(javaType.getName())));
            }
        }
        types.sort(Comparator.comparing(AuditedType::module).thenComparing(AuditedType::simpleName));
        return types;
    }

    Page<Row> search(Criteria criteria, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Row> query = cb.createQuery(Row.class);
        Root<AuditRevision> revision = query.from(AuditRevision.class);
        Join<AuditRevision, AuditedChange> change = revision.join("changes");
        query.select(cb.construct(Row.class, revision.get("id"), revision.get("timestamp"), revision.get("username"),
                        revision.get("address"), change.get("entityName"), change.get("entityId"), change.get("changeType")))
                .where(predicates(criteria, cb, revision, change))
                .orderBy(cb.desc(revision.get("id")), cb.asc(change.get("entityName")));
        List<Row> rows = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditRevision> countRevision = count.from(AuditRevision.class);
        Join<AuditRevision, AuditedChange> countChange = countRevision.join("changes");
        count.select(cb.count(countRevision)).where(predicates(criteria, cb, countRevision, countChange));
        long total = entityManager.createQuery(count).getSingleResult();
        return new PageImpl<>(rows, pageable, total);
    }

    private static Predicate[] predicates(Criteria criteria, CriteriaBuilder cb, Root<AuditRevision> revision,
            Join<AuditRevision, AuditedChange> change) {
        List<Predicate> predicates = new ArrayList<>();
        if (notBlank(criteria.username())) {
            predicates.add(cb.equal(revision.get("username"), criteria.username().trim()));
        }
        if (notBlank(criteria.module())) {
            predicates.add(cb.like(change.get("entityName"), BASE_PACKAGE + criteria.module().trim() + ".%"));
        }
        if (notBlank(criteria.entity())) {
            predicates.add(cb.equal(change.get("entityName"), criteria.entity().trim()));
        }
        if (notBlank(criteria.recordId())) {
            predicates.add(cb.equal(change.get("entityId"), criteria.recordId().trim()));
        }
        ZoneId zone = ZoneId.systemDefault();
        if (criteria.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(revision.get("timestamp"),
                    criteria.from().atStartOfDay(zone).toInstant().toEpochMilli()));
        }
        if (criteria.to() != null) {
            predicates.add(cb.lessThan(revision.get("timestamp"),
                    criteria.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    static String moduleOf(String entityName) {
        if (!entityName.startsWith(BASE_PACKAGE)) {
            return "";
        }
        String rest = entityName.substring(BASE_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
