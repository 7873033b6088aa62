package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.SaneDates;
import cn.shequ.platform.shared.StaleRecordException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters what a community achieved of the infrastructure list (a checklist saved as a whole) and the
 * list itself (reference data). Each achievement changed is checked against the data scope and the
 * year lock of the year of its date, before and after the change.
 */
@Service
@Transactional
class EcoRecordService {

    private final EcoInfrastructures infrastructure;
    private final EcoInfrastructureItems items;
    private final Placements places;

    EcoRecordService(EcoInfrastructures infrastructure, EcoInfrastructureItems items, Placements places) {
        this.infrastructure = infrastructure;
        this.items = items;
        this.places = places;
    }

    // Infrastructure achieved

    /** A community's achievements, by item id. */
    @Transactional(readOnly = true)
    Map<Long, EcoInfrastructure> achievements(long communityId) {
        return infrastructure.findByCommunityId(communityId, Sort.by("id")).stream()
                .collect(Collectors.toMap(EcoInfrastructure::getItemId, a -> a));
    }

    /** The checklist form of a community: every active item, and every inactive one it achieved. */
    @Transactional(readOnly = true)
    EcoInfrastructureForm checklist(long communityId) {
        places.visible(communityId);
        Map<Long, EcoInfrastructure> achieved = achievements(communityId);
        EcoInfrastructureForm form = new EcoInfrastructureForm();
        for (EcoInfrastructureItem item : items.findAllByOrderBySortOrderAscIdAsc()) {
            EcoInfrastructure a = achieved.get(item.getId());
            if (item.isActive() || a != null) {
                form.getRows().add(new EcoInfrastructureForm.Row(item.getId(), a == null ? null : a.getAchievedOn()));
            }
        }
        form.setStamp(stamp(achieved));
        return form;
    }

    /**
     * Saves a community's checklist: a date achieved sets or changes the item's record, an empty date
     * removes it. Refused as a whole when the checklist changed since the form was made, when a date
     * is not sane, or when a year touched is locked.
     */
    void saveChecklist(long communityId, EcoInfrastructureForm form) {
        CommunityRef community = places.community(places.visible(communityId).id());
        Map<Long, EcoInfrastructure> achieved = achievements(communityId);
        if (form.getStamp() == null || !form.getStamp().equals(stamp(achieved))) {
            throw new StaleRecordException("infrastructure of community", communityId);
        }
        Map<Long, EcoInfrastructureItem> known = new HashMap<>();
        items.findAll().forEach(item -> known.put(item.getId(), item));
        List<Violation> violations = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            EcoInfrastructureForm.Row row = form.getRows().get(i);
            if (row == null || row.getItemId() == null || !known.containsKey(row.getItemId())) {
                continue;
            }
            String field = "rows[" + i + "].achievedOn";
            EcoInfrastructure current = achieved.get(row.getItemId());
            LocalDate date = row.getAchievedOn();
            try {
                if (current == null && date != null) {
                    places.requireOpen(date.getYear(), community.path());
                    EcoInfrastructure created = EcoInfrastructure.achieve(community.id(), community.path(), row.getItemId(), date, field);
                    changes.add(() -> infrastructure.save(created));
                }
                else if (current != null && date == null) {
                    places.requireWritable(current, current.getAchievedOn().getYear());
                    changes.add(() -> infrastructure.delete(current));
                }
                else if (current != null && !date.equals(current.getAchievedOn())) {
                    places.requireWritable(current, current.getAchievedOn().getYear());
                    places.requireOpen(date.getYear(), community.path());
                    List<Violation> dates = new ArrayList<>();
                    SaneDates.check(field, date, dates);
                    if (!dates.isEmpty()) {
                        throw new RuleViolationException(dates);
                    }
                    changes.add(() -> current.redate(date, field));
                }
            }
            catch (RuleViolationException ex) {
                ex.violations().forEach(v -> violations.add(v.field() == null ? v : new Violation(field, v.messageKey(), v.args())));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        changes.forEach(Runnable::run);
    }

    /** The ids and versions of a community's achievements: what a checklist form was made from. */
    static String stamp(Map<Long, EcoInfrastructure> achieved) {
        return achieved.values().stream()
                .sorted(java.util.Comparator.comparing(EcoInfrastructure::getId))
                .map(a -> a.getId() + ":" + a.getVersion())
                .collect(Collectors.joining(","));
    }

    // The infrastructure list (reference data)

    @Transactional(readOnly = true)
    EcoInfrastructureItem item(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("infrastructure item", id));
    }

    long create(EcoInfrastructureItemForm form) {
        requireUnique(form, null);
        return items.save(EcoInfrastructureItem.of(form.getGroup(), form.getName(), form.getSortOrder(), form.isActive()))
                .getId();
    }

    void update(long id, EcoInfrastructureItemForm form) {
        EcoInfrastructureItem item = item(id);
        StaleRecordException.check("infrastructure item", id, form.getVersion(), item.getVersion());
        requireUnique(form, id);
        item.describe(form.getGroup(), form.getName(), form.getSortOrder(), form.isActive());
    }

    private void requireUnique(EcoInfrastructureItemForm form, Long id) {
        if (items.existsByGroupAndNameAndIdNot(form.getGroup(), form.getName().trim(), id == null ? 0L : id)) {
            throw RuleViolationException.of("name", "ecotown.error.item.duplicate");
        }
    }
}
