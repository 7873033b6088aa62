package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and edits public-welfare activities. The places must be towns and communities the user may
 * see; the activity is saved under their common region, which the user's scope must cover (a town user
 * records only activities held in their own town), and its year (the year it was held) must be open.
 */
@Service
@Transactional
class WelfareActivityService {

    private final WelfareActivities activities;
    private final RegionDirectory regions;
    private final Placements placements;
    private final Clock clock;

    WelfareActivityService(WelfareActivities activities, RegionDirectory regions, Placements placements, Clock clock) {
        this.activities = activities;
        this.regions = regions;
        this.placements = placements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    WelfareActivity get(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFoundException("welfare activity", id));
    }

    @Transactional(readOnly = true)
    WelfareActivityForm formFor(long id) {
        WelfareActivity activity = get(id);
        WelfareActivityForm form = new WelfareActivityForm();
        form.setTitle(activity.getTitle());
        form.getKinds().addAll(activity.getKinds());
        form.setHeldOn(activity.getHeldOn());
        for (Long place : activity.getPlaceIds()) {
            regions.find(place).ifPresent(region -> {
                if (region.level() == RegionLevel.TOWN) {
                    form.getTownIds().add(place);
                }
                else {
                    form.getCommunityIds().add(place);
                }
            });
        }
        form.setOrganiser(activity.getOrganiser());
        form.setPartnerEnterprise(activity.getPartnerEnterprise());
        form.setPeopleHelped(activity.getPeopleHelped());
        form.setStudentsAided(activity.getStudentsAided());
        form.setMoney(activity.getMoney());
        form.setNotes(activity.getNotes());
        form.setVersion(activity.getVersion());
        return form;
    }

    long create(WelfareActivityForm form) {
        WelfareActivity.Details details = details(form);
        placements.placeAt(WelfareActivity.commonAncestor(details.placePaths()), form.getHeldOn().getYear());
        return activities.save(WelfareActivity.hold(details, today())).getId();
    }

    void update(long id, WelfareActivityForm form) {
        WelfareActivity activity = get(id);
        placements.change(activity, activity.getHeldOn().getYear(), form.getVersion());
        WelfareActivity.Details details = details(form);
        placements.placeAt(WelfareActivity.commonAncestor(details.placePaths()), form.getHeldOn().getYear());
        activity.describe(details, today());
    }

    /** The form's details with its places resolved: each a town or community the user may see. */
    private WelfareActivity.Details details(WelfareActivityForm form) {
        List<Violation> violations = new ArrayList<>();
        Set<Long> places = new LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        place(form.getTownIds(), RegionLevel.TOWN, "townIds", places, paths, violations);
        place(form.getCommunityIds(), RegionLevel.COMMUNITY, "communityIds", places, paths, violations);
        if (places.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("townIds", "communityservice.error.places"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        int students = form.getStudentsAided() == null ? 0 : form.getStudentsAided();
        BigDecimal money = form.getMoney();
        return new WelfareActivity.Details(form.getTitle(), form.getKinds(), form.getHeldOn(), places, paths,
                form.getOrganiser(), form.getPartnerEnterprise(), form.getPeopleHelped(), students, money, form.getNotes());
    }

    private void place(Set<Long> ids, RegionLevel level, String field, Set<Long> places, List<String> paths,
            List<Violation> violations) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            RegionRef region = id == null ? null : regions.find(id).filter(r -> r.level() == level).orElse(null);
            if (region == null) {
                violations.add(new Violation(field, "communityservice.error.place"));
                return;
            }
            if (places.add(id)) {
                paths.add(region.path());
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
