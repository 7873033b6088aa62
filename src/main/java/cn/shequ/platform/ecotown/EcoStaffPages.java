package cn.shequ.platform.ecotown;

import java.util.Map;
import java.util.stream.Collectors;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.region.CommunityRef;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff counts (社区工作人员) of {@code /eco-towns/staff}: one a day in a community, each shown
 * with the workers its community's households require.
 */
@Controller
@RequestMapping("/eco-towns/staff")
class EcoStaffPages extends RecordPages<EcoStaffCount, EcoStaffForm> {

    EcoStaffPages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoStaffCount.class, EcoStaffForm::new, EcoStaffForm::of,
                        count -> count.getAsOf().getYear())
                .pages("staff", "ecotown/staff", "ecotown/staff-form", "ecotown.staff.title", "ecotown.staff.field")
                .datedBy("asOf").searchCommunities()
                .sortable("regionPath,asc", "regionPath", "asOf", "workers")
                .tieBreak("regionPath", "asOf", "id")
                .unique("asOf", "ecotown.error.staff.duplicate", form -> Map.of("asOf", form.getAsOf()))
                .listModel("required", communities -> communities.stream().collect(Collectors.toMap(CommunityRef::id,
                        c -> CommunityStandards.requiredWorkers(c.households()))))
                .shows((count, community) -> (community == null ? String.valueOf(count.getCommunityId())
                        : community.fullName()) + " " + count.getAsOf(), (count, community, view) -> view
                        .text("asOf", count.getAsOf())
                        .text("workers", count.getWorkers())
                        .text("required", community == null ? null : CommunityStandards.requiredWorkers(community.households()))
                        .text("notes", count.getNotes()))
                .deletable(count -> "/eco-towns/communities/" + count.getCommunityId()));
    }
}
