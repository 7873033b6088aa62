package cn.shequ.platform.region;

import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.StaleRecordException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits regions, keeping the tree's rules: levels, codes and the data scope. */
@Service
@Transactional
class RegionService {

    private final Regions regions;
    private final DataScope scope;
    private final RegionTree tree;

    RegionService(Regions regions, DataScope scope, RegionTree tree) {
        this.regions = regions;
        this.scope = scope;
        this.tree = tree;
    }

    @Transactional(readOnly = true)
    Region get(long id) {
        return regions.findById(id).orElseThrow(() -> new NotFoundException("region", id));
    }

    @Transactional(readOnly = true)
    RegionForm formFor(long id) {
        return RegionForm.of(get(id));
    }

    long create(RegionForm form) {
        Region parent = form.getParentId() == null ? null : get(form.getParentId());
        checkPlacement(form, parent);
        Region region;
        if (parent == null) {
            scope.requireCovered("/" + form.getCode() + "/");
            region = Region.province(form.getCode().trim(), form.getName().trim());
        }
        else {
            scope.requireCovered(parent.getPath());
            region = parent.child(form.getCode().trim(), form.getName().trim());
        }
        describe(region, form);
        long id = regions.saveAndFlush(region).getId();
        tree.changed();
        return id;
    }

    void update(long id, RegionForm form) {
        Region region = get(id);
        scope.requireCovered(region.getPath());
        StaleRecordException.check("region", id, form.getVersion(), region.getVersion());
        checkCommunity(region.getLevel(), form, new ArrayList<>());
        region.rename(form.getName().trim());
        describe(region, form);
        regions.flush();
        tree.changed();
    }

    private void describe(Region region, RegionForm form) {
        if (region.isCommunity()) {
            region.describeCommunity(form.getKind(), form.getHouseholds(), form.getPopulation(), form.isAlongRiver(),
                    form.isAlongRoad(), blankToNull(form.getAggregationZone()));
        }
    }

    /** A region's level fits its parent's, its code its level and its parent's code, and is new. */
    private void checkPlacement(RegionForm form, Region parent) {
        List<Violation> violations = new ArrayList<>();
        RegionLevel level = form.getLevel();
        String code = form.getCode().trim();
        if (level.parentLevel() == null && parent != null) {
            violations.add(new Violation("parentId", "region.error.parent.none"));
        }
        else if (level.parentLevel() != null && (parent == null || parent.getLevel() != level.parentLevel())) {
            violations.add(new Violation("parentId", "region.error.parent.level",
                    new DefaultMessageSourceResolvable("enum.RegionLevel." + level.parentLevel().name())));
        }
        if (code.length() != level.codeLength()) {
            violations.add(new Violation("code", "region.error.code.length", level.codeLength()));
        }
        else if (parent != null && parent.getLevel() == level.parentLevel()
                && !code.startsWith(parent.getCode().substring(0, level.parentPrefixLength()))) {
            violations.add(new Violation("code", "region.error.code.prefix",
                    parent.getCode().substring(0, level.parentPrefixLength())));
        }
        else if (regions.codeInUse(code)) {
            violations.add(new Violation("code", "region.error.code.duplicate"));
        }
        checkCommunity(level, form, violations);
    }

    private static void checkCommunity(RegionLevel level, RegionForm form, List<Violation> violations) {
        if (level == RegionLevel.COMMUNITY) {
            if (form.getKind() == null) {
                violations.add(new Violation("kind", "validation.required"));
            }
            if (form.getHouseholds() != null && form.getPopulation() != null
                    && form.getPopulation() < form.getHouseholds()) {
                violations.add(new Violation("population", "region.error.population"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
