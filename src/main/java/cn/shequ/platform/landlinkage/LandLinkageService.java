package cn.shequ.platform.landlinkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of the land-linkage records. Each write checks, through {@link Placements}, the data
 * scope (a town user changes only their town's records), the version an edit was made from and the
 * year-end lock of the record's year: a library site's year is the year it was entered, a plot's its
 * plan year, an acceptance's, a fund's, a resettlement's and a zone progress entry's the year of their
 * date (an edit checks the old and the new year). A zone has no year; its edit checks scope and version.
 */
@Service
@Transactional
class LandLinkageService {

    private final LandLibraryEntries library;
    private final LinkagePlots plots;
    private final LandAcceptances acceptances;
    private final LandFunds funds;
    private final LandZones zones;
    private final LandZoneProgressEntries progress;
    private final LandResettlements resettlements;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final Placements placements;

    LandLinkageService(LandLibraryEntries library, LinkagePlots plots, LandAcceptances acceptances, LandFunds funds,
            LandZones zones, LandZoneProgressEntries progress, LandResettlements resettlements, RegionDirectory regions,
            DataScope scope, Placements placements) {
        this.library = library;
        this.plots = plots;
        this.acceptances = acceptances;
        this.funds = funds;
        this.zones = zones;
        this.progress = progress;
        this.resettlements = resettlements;
        this.regions = regions;
        this.scope = scope;
        this.placements = placements;
    }

    // ---- project library

    @Transactional(readOnly = true)
    LandLibraryEntry entry(long id) {
        return library.findById(id).orElseThrow(() -> new NotFoundException("library entry", id));
    }

    long createEntry(LibraryEntryForm form) {
        LandLibraryEntry.Details details = details(form);
        placements.placeAt(details.regionPath(), details.enteredYear());
        if (library.existsInTown(details.townId(), details.name().trim())) {
            throw RuleViolationException.of("name", "landlinkage.error.library.duplicate", details.name().trim());
        }
        return library.save(LandLibraryEntry.enter(details)).getId();
    }

    void updateEntry(long id, LibraryEntryForm form) {
        LandLibraryEntry entry = entry(id);
        placements.change(entry, entry.getEnteredYear(), form.getVersion());
        LandLibraryEntry.Details details = details(form);
        placements.placeAt(details.regionPath(), details.enteredYear());
        if (library.existsInTownOtherThan(details.townId(), details.name().trim(), id)) {
            throw RuleViolationException.of("name", "landlinkage.error.library.duplicate", details.name().trim());
        }
        entry.describe(details);
    }

    /** Moves a site's status forward by hand (e.g. to 拆旧复垦 once demolished and reclaimed). */
    void advanceEntry(long id, LandLibraryStatus target, Long version) {
        LandLibraryEntry entry = entry(id);
        placements.change(entry, entry.getEnteredYear(), version);
        entry.advanceTo(target);
    }

    /** Saves spreadsheet rows already checked by the import: all of them, in one transaction. */
    int importEntries(List<LandLibraryEntry.Details> rows) {
        for (LandLibraryEntry.Details details : rows) {
            placements.placeAt(details.regionPath(), details.enteredYear());
            if (library.existsInTown(details.townId(), details.name())) {
                throw RuleViolationException.global("landlinkage.error.library.duplicate", details.name());
            }
            library.save(LandLibraryEntry.enter(details));
        }
        return rows.size();
    }

    /** The form's places resolved against the region tree, inside the user's scope. */
    private LandLibraryEntry.Details details(LibraryEntryForm form) {
        String path = placePath(form.getTownId(), form.getCommunityId(), form.getVillageId());
        return new LandLibraryEntry.Details(form.getName(), form.getKind(), form.getTownId(), form.getCommunityId(),
                form.getVillageId(), path, form.getEnteredYear(), form.getArea(), form.getReclaimableArea(),
                form.getNotes());
    }

    /** The path of the deepest place given: the village lies in the community, the community in the town. */
    String placePath(Long townId, Long communityId, Long villageId) {
        RegionRef town = Optional.ofNullable(townId).flatMap(regions::find).filter(r -> r.level() == RegionLevel.TOWN)
                .orElseThrow(() -> RuleViolationException.of("townId", "landlinkage.error.town"));
        scope.requireCovered(town.path());
        if (communityId == null) {
            if (villageId != null) {
                throw RuleViolationException.of("communityId", "landlinkage.error.community.required");
            }
            return town.path();
        }
        CommunityRef community = regions.community(communityId).filter(c -> c.townId() == town.id())
                .orElseThrow(() -> RuleViolationException.of("communityId", "landlinkage.error.community"));
        if (villageId == null) {
            return community.path();
        }
        RegionRef village = regions.find(villageId)
                .filter(r -> r.level() == RegionLevel.VILLAGE && Long.valueOf(community.id()).equals(r.parentId()))
                .orElseThrow(() -> RuleViolationException.of("villageId", "landlinkage.error.village"));
        return village.path();
    }

    // ---- linkage plots

    @Transactional(readOnly = true)
    LinkagePlot plot(long id) {
        LinkagePlot plot = plots.findById(id).orElseThrow(() -> new NotFoundException("linkage plot", id));
        plot.getEntry().getName();
        return plot;
    }

    long createPlot(PlotForm form) {
        LandLibraryEntry entry = Optional.ofNullable(form.getEntryId()).flatMap(library::findById)
                .orElseThrow(() -> RuleViolationException.of("entryId", "landlinkage.error.entry"));
        scope.requireCovered(entry.getRegionPath());
        RegionRef county = Optional.ofNullable(form.getCountyId()).flatMap(regions::find)
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .orElseThrow(() -> RuleViolationException.of("countyId", "landlinkage.error.county"));
        placements.placeAt(entry.getRegionPath(), form.getPlanYear());
        return plots.save(LinkagePlot.take(entry, county.path(), form.getPlanYear(), form.getPlannedArea(),
                form.getNotes())).getId();
    }

    void updatePlot(long id, PlotForm form) {
        LinkagePlot plot = plot(id);
        placements.move(plot, plot.getPlanYear(), form.getVersion(), plot.getRegionPath(), form.getPlanYear());
        plot.plan(form.getPlanYear(), form.getPlannedArea(), form.getNotes());
    }

    /** The counties a plot's plan may belong to: those of the user's scope (a town user's own county). */
    @Transactional(readOnly = true)
    List<RegionRef> counties() {
        List<RegionRef> visible = regions.all(RegionLevel.COUNTY);
        if (!visible.isEmpty()) {
            return visible;
        }
        RegionRef root = regions.scopeRoot();
        return regions.ancestorsOf(root.path()).stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
    }

    // ---- acceptances

    @Transactional(readOnly = true)
    LandAcceptance acceptance(long id) {
        return acceptances.findById(id).orElseThrow(() -> new NotFoundException("acceptance", id));
    }

    /** The plots an acceptance covers, in region order. */
    @Transactional(readOnly = true)
    List<LinkagePlot> plotsOf(LandAcceptance acceptance) {
        return plots.findByIdIn(acceptance.getPlotIds()).stream()
                .sorted(java.util.Comparator.comparing(LinkagePlot::getRegionPath).thenComparing(LinkagePlot::getId)).toList();
    }

    long createAcceptance(AcceptanceForm form) {
        List<Long> ids = form.getPlotIds() == null ? List.of() : form.getPlotIds().stream().distinct().toList();
        List<LinkagePlot> covered = plots.findByIdIn(ids);
        if (covered.size() != ids.size()) {
            throw RuleViolationException.of("plotIds", "landlinkage.error.acceptance.plot");
        }
        covered.forEach(p -> scope.requireCovered(p.getRegionPath()));
        if (!ids.isEmpty() && acceptances.coversAny(ids)) {
            throw RuleViolationException.of("plotIds", "landlinkage.error.acceptance.accepted");
        }
        LandAcceptance acceptance = LandAcceptance.of(covered, form.details());
        placements.placeAt(acceptance.getRegionPath(), form.getAcceptedOn().getYear());
        return acceptances.save(acceptance).getId();
    }

    void updateAcceptance(long id, AcceptanceForm form) {
        LandAcceptance acceptance = acceptance(id);
        placements.move(acceptance, acceptance.getAcceptedOn().getYear(), form.getVersion(),
                acceptance.getRegionPath(), form.getAcceptedOn().getYear());
        acceptance.describe(plotsOf(acceptance), form.details());
    }

    // ---- funds

    @Transactional(readOnly = true)
    LandFund fund(long id) {
        LandFund fund = funds.findById(id).orElseThrow(() -> new NotFoundException("fund", id));
        fund.targetName();
        return fund;
    }

    long createFund(FundForm form) {
        LandFund fund = LandFund.receive(zoneOrNull(form.getZoneId()), plotOrNull(form.getPlotId()), form.details());
        placements.placeAt(fund.getRegionPath(), form.getReceivedOn().getYear());
        return funds.save(fund).getId();
    }

    void updateFund(long id, FundForm form) {
        LandFund fund = fund(id);
        placements.change(fund, fund.getReceivedOn().getYear(), form.getVersion());
        fund.describe(zoneOrNull(form.getZoneId()), plotOrNull(form.getPlotId()), form.details());
        placements.placeAt(fund.getRegionPath(), form.getReceivedOn().getYear());
    }

    private LandZone zoneOrNull(Long id) {
        return id == null ? null : zones.findById(id)
                .orElseThrow(() -> RuleViolationException.of("zoneId", "landlinkage.error.zone"));
    }

    private LinkagePlot plotOrNull(Long id) {
        return id == null ? null : plots.findById(id)
                .orElseThrow(() -> RuleViolationException.of("plotId", "landlinkage.error.plot"));
    }

    // ---- aggregation zones

    @Transactional(readOnly = true)
    LandZone zone(long id) {
        return zones.findById(id).orElseThrow(() -> new NotFoundException("aggregation zone", id));
    }

    @Transactional(readOnly = true)
    List<LandZoneProgress> entriesOf(long zoneId) {
        zone(zoneId);
        return progress.findByZoneIdOrderByEntryDateAscIdAsc(zoneId);
    }

    /** A zone's name and notes change freely (no year's figure depends on them); its community is fixed. */
    long createZone(ZoneForm form) {
        CommunityRef community = Optional.ofNullable(form.getCommunityId()).flatMap(regions::community)
                .orElseThrow(() -> RuleViolationException.of("communityId", "landlinkage.error.community"));
        scope.requireCovered(community.path());
        return zones.save(LandZone.of(community.id(), community.path(), form.getName(), form.getNotes())).getId();
    }

    void updateZone(long id, ZoneForm form) {
        LandZone zone = zone(id);
        placements.change(zone, form.getVersion());
        zone.rename(form.getName(), form.getNotes());
    }

    void recordProgress(long zoneId, ZoneProgressForm form, String recordedBy) {
        LandZone zone = zone(zoneId);
        placements.placeAt(zone.getRegionPath(), form.getEntryDate().getYear());
        zone.getEntries().size();
        progress.save(zone.record(form.draft(), recordedBy));
    }

    // ---- resettlements

    @Transactional(readOnly = true)
    LandResettlement resettlement(long id) {
        LandResettlement resettlement = resettlements.findById(id).orElseThrow(() -> new NotFoundException("resettlement", id));
        resettlement.getZone().getName();
        return resettlement;
    }

    long createResettlement(ResettlementForm form) {
        LandZone zone = zoneOrNull(form.getZoneId());
        scope.requireCovered(zone.getRegionPath());
        Collection<Long> villages = villages(zone, form.getVillageIds());
        placements.placeAt(zone.getRegionPath(), form.getResettledOn().getYear());
        return resettlements.save(LandResettlement.of(zone, villages, form.details())).getId();
    }

    void updateResettlement(long id, ResettlementForm form) {
        LandResettlement resettlement = resettlement(id);
        placements.change(resettlement, resettlement.getResettledOn().getYear(), form.getVersion());
        LandZone zone = zoneOrNull(form.getZoneId());
        placements.placeAt(zone.getRegionPath(), form.getResettledOn().getYear());
        resettlement.describe(zone, villages(zone, form.getVillageIds()), form.details());
    }

    /** The villages moved: villages the user may see, in the destination zone's town. */
    private Collection<Long> villages(LandZone zone, List<Long> ids) {
        String townPath = zone.getRegionPath().substring(0, RegionLevel.TOWN.pathLength());
        LinkedHashSet<Long> villages = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            if (id == null) {
                continue;
            }
            RegionRef village = regions.find(id).filter(r -> r.level() == RegionLevel.VILLAGE)
                    .orElseThrow(() -> RuleViolationException.of("villageIds", "landlinkage.error.village"));
            if (!village.path().startsWith(townPath)) {
                throw RuleViolationException.of("villageIds", "landlinkage.error.resettlement.villageTown", village.name());
            }
            villages.add(id);
        }
        return new ArrayList<>(villages);
    }
}
