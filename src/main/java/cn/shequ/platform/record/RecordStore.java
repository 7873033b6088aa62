package cn.shequ.platform.record;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the records of a {@link RecordKind}: every change of a kind placed in a community
 * goes through {@link Placements} (scope, stale version, year locks, community) and the kind's uniqueness
 * rules, before and after; a kind placed under a region path is read and saved by its module's service.
 * A {@code @Repository}, so that a database refusal reaches the form as Spring's data access exception.
 */
@Repository
@Transactional
class RecordStore {

    private final EntityManager entityManager;
    private final Placements placements;
    private final Map<Class<?>, SimpleJpaRepository<?, Long>> repositories = new ConcurrentHashMap<>();

    RecordStore(EntityManager entityManager, Placements placements) {
        this.entityManager = entityManager;
        this.placements = placements;
    }

    /** A record the user may see, or 404. */
    @Transactional(readOnly = true)
    public <E extends Placed> E find(RecordKind<E, ?> kind, long id) {
        return repository(kind).findById(id).orElseThrow(() -> new NotFoundException(kind.what(), id));
    }

    @Transactional(readOnly = true)
    public <E extends Placed> Page<E> list(RecordKind<E, ?> kind, Specification<E> spec, Pageable page) {
        return records(kind).findAll(spec, page);
    }

    /** Every record the list's filters find (for its totals). */
    @Transactional(readOnly = true)
    public <E extends Placed> List<E> all(RecordKind<E, ?> kind, Specification<E> spec) {
        return records(kind).findAll(spec);
    }

    public <E extends PlacedRecord, F extends PlacedForm<E>> long create(RecordKind<E, F> kind, F form) {
        CommunityRef community = placements.place(form.getCommunityId(), form.year());
        requireUnique(kind, form, community, null);
        return repository(kind).save(form.create(community)).getId();
    }

    public <E extends PlacedRecord, F extends PlacedForm<E>> void update(RecordKind<E, F> kind, long id, F form) {
        E record = find(kind, id);
        CommunityRef community = placements.move(record, kind.year.applyAsInt(record), form.getVersion(),
                form.getCommunityId(), form.year());
        requireUnique(kind, form, community, id);
        form.update(record, community);
    }

    public <E extends Placed> void delete(RecordKind<E, ?> kind, long id) {
        E record = find(kind, id);
        placements.requireWritable(record, kind.year.applyAsInt(record));
        repository(kind).delete(record);
    }

    private <E extends PlacedRecord, F extends PlacedForm<E>> void requireUnique(RecordKind<E, F> kind, F form,
            CommunityRef community, Long id) {
        for (RecordKind.Unique<F> unique : kind.uniques) {
            Specification<E> same = (root, query, cb) -> cb.and(cb.equal(root.get("communityId"), community.id()),
                    cb.notEqual(root.get("id"), id == null ? 0L : id));
            for (Map.Entry<String, Object> value : unique.values().apply(form).entrySet()) {
                same = same.and((root, query, cb) -> cb.equal(root.get(value.getKey()), value.getValue()));
            }
            if (repository(kind).exists(same)) {
                throw RuleViolationException.of(unique.field(), unique.messageKey(), unique.args().apply(form));
            }
        }
    }

    /** Where the kind's lists are read: its module's repository, which loads what they show, or the record module's. */
    private <E extends Placed> JpaSpecificationExecutor<E> records(RecordKind<E, ?> kind) {
        return kind.saving.records() != null ? kind.saving.records() : repository(kind);
    }

    @SuppressWarnings("unchecked")
    private <E extends Placed> SimpleJpaRepository<E, Long> repository(RecordKind<E, ?> kind) {
        return (SimpleJpaRepository<E, Long>) repositories.computeIfAbsent(kind.entity,
                type -> new SimpleJpaRepository<>(kind.entity, entityManager));
    }
}
