package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * Enters the module's records other than key projects: plans, designations, riverside communities,
 * staff counts, cooperatives, infrastructure achieved, and the infrastructure list. Each
 * change is checked against the data scope and the year lock of the record's year (the year of its
 * date for staff counts, cooperatives, parks and infrastructure), before and after the change.
 */
@Service
@Transactional
class EcoRecordService {

    private final EcoPlans plans;
    private final EcoDesignations designations;
    private final EcoRiversides riversides;
    private final EcoStaffCounts staff;
    private final EcoCooperatives cooperatives;
    private final EcoInfrastructures infrastructure;
    private final EcoInfrastructureItems items;
    private final EcoPlaces places;

    EcoRecordService(EcoPlans plans, EcoDesignations designations, EcoRiversides riversides, EcoStaffCounts staff,
            EcoCooperatives cooperatives, EcoInfrastructures infrastructure, EcoInfrastructureItems items,
            EcoPlaces places) {
        this.plans = plans;
        this.designations = designations;
        this.riversides = riversides;
        this.staff = staff;
        this.cooperatives = cooperatives;
        this.infrastructure = infrastructure;
        this.items = items;
        this.places = places;
    }

    // Plans

    @Transactional(readOnly = true)
    EcoPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("eco-town plan", id));
    }

    long create(EcoPlanForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        return plans.save(EcoPlan.draw(form.details(community.path()))).getId();
    }

    void update(long id, EcoPlanForm form) {
        EcoPlan plan = plan(id);
        places.requireWritable(plan, plan.getYear());
        StaleRecordException.check("eco-town plan", id, form.getVersion(), plan.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        plan.describe(form.details(community.path()));
    }

    // Designations

    @Transactional(readOnly = true)
    EcoDesignation designation(long id) {
        return designations.findById(id).orElseThrow(() -> new NotFoundException("designation", id));
    }

    long create(EcoDesignationForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, null);
        return designations.save(EcoDesignation.designate(form.details(community.path()))).getId();
    }

    void update(long id, EcoDesignationForm form) {
        EcoDesignation designation = designation(id);
        places.requireWritable(designation, designation.getYear());
        StaleRecordException.check("designation", id, form.getVersion(), designation.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, id);
        designation.describe(form.details(community.path()));
    }

    private void requireUnique(EcoDesignationForm form, CommunityRef community, Long id) {
        if (designations.existsByCommunityIdAndTitleAndYearAndIdNot(community.id(), form.getTitle().trim(), form.getYear(),
                id == null ? 0L : id)) {
            throw RuleViolationException.of("title", "ecotown.error.designation.duplicate", form.getYear());
        }
    }

    // Riverside communities

    @Transactional(readOnly = true)
    EcoRiverside riverside(long id) {
        return riversides.findById(id).orElseThrow(() -> new NotFoundException("riverside community", id));
    }

    long create(EcoRiversideForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, null);
        return riversides.save(EcoRiverside.select(details(form, community))).getId();
    }

    void update(long id, EcoRiversideForm form) {
        EcoRiverside riverside = riverside(id);
        places.requireWritable(riverside, riverside.getYear());
        StaleRecordException.check("riverside community", id, form.getVersion(), riverside.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, id);
        riverside.describe(details(form, community));
    }

    private void requireUnique(EcoRiversideForm form, CommunityRef community, Long id) {
        if (riversides.existsByCommunityIdAndYearAndIdNot(community.id(), form.getYear(), id == null ? 0L : id)) {
            throw RuleViolationException.of("communityId", "ecotown.error.riverside.duplicate", form.getYear());
        }
    }

    private static EcoRiverside.Details details(EcoRiversideForm form, CommunityRef community) {
        return new EcoRiverside.Details(community.id(), community.path(), community.alongRiver(), form.getYear(),
                form.isFeatured(), form.getLandQuota(), form.getNotes());
    }

    // Staff counts

    @Transactional(readOnly = true)
    EcoStaffCount staffCount(long id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("staff count", id));
    }

    long create(EcoStaffForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getAsOf().getYear(), community.path());
        requireUnique(form, community, null);
        return staff.save(EcoStaffCount.count(form.details(community.path()))).getId();
    }

    void update(long id, EcoStaffForm form) {
        EcoStaffCount count = staffCount(id);
        places.requireWritable(count, count.getAsOf().getYear());
        StaleRecordException.check("staff count", id, form.getVersion(), count.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getAsOf().getYear(), community.path());
        requireUnique(form, community, id);
        count.describe(form.details(community.path()));
    }

    void deleteStaffCount(long id) {
        EcoStaffCount count = staffCount(id);
        places.requireWritable(count, count.getAsOf().getYear());
        staff.delete(count);
    }

    private void requireUnique(EcoStaffForm form, CommunityRef community, Long id) {
        if (staff.existsByCommunityIdAndAsOfAndIdNot(community.id(), form.getAsOf(), id == null ? 0L : id)) {
            throw RuleViolationException.of("asOf", "ecotown.error.staff.duplicate");
        }
    }

    // Cooperatives

    @Transactional(readOnly = true)
    EcoCooperative cooperative(long id) {
        return cooperatives.findById(id).orElseThrow(() -> new NotFoundException("cooperative", id));
    }

    long create(EcoCooperativeForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getFoundedOn().getYear(), community.path());
        requireUnique(form, community, null);
        return cooperatives.save(EcoCooperative.found(form.details(community.path()))).getId();
    }

    void update(long id, EcoCooperativeForm form) {
        EcoCooperative cooperative = cooperative(id);
        places.requireWritable(cooperative, cooperative.getFoundedOn().getYear());
        StaleRecordException.check("cooperative", id, form.getVersion(), cooperative.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getFoundedOn().getYear(), community.path());
        requireUnique(form, community, id);
        cooperative.describe(form.details(community.path()));
    }

    void deleteCooperative(long id) {
        EcoCooperative cooperative = cooperative(id);
        places.requireWritable(cooperative, cooperative.getFoundedOn().getYear());
        cooperatives.delete(cooperative);
    }

    private void requireUnique(EcoCooperativeForm form, CommunityRef community, Long id) {
        if (cooperatives.existsByCommunityIdAndNameAndIdNot(community.id(), form.getName().trim(), id == null ? 0L : id)) {
            throw RuleViolationException.of("name", "ecotown.error.cooperative.duplicate");
        }
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
