package cn.shequ.platform.ecotown;

import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The plans (规划编制) of {@code /eco-towns/plans}. */
@Controller
@RequestMapping("/eco-towns/plans")
class EcoPlanPages extends RecordPages<EcoPlan, EcoPlanForm> {

    EcoPlanPages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoPlan.class, EcoPlanForm::new, EcoPlanForm::of, EcoPlan::getYear)
                .pages("plans", "ecotown/plans", "ecotown/plan-form", "ecotown.plans.title", "ecotown.plan.field")
                .yearIn("year").listsYear().newInYear(EcoPlanForm::setYear).search("name")
                .filter("type", "planType", EcoPlanType.class, "types")
                .filter("status", EcoPlanStatus.class, "statuses")
                .sortable("regionPath,asc", "regionPath", "name", "planType", "status", "approvedOn", "year")
                .shows(EcoPlan::getName, (plan, view) -> view
                        .text("year", plan.getYear())
                        .text("name", plan.getName())
                        .enumLabel("planType", plan.getPlanType())
                        .enumLabel("status", plan.getStatus())
                        .text("approvedOn", plan.getApprovedOn())
                        .text("industryArea", plan.getIndustryArea())
                        .text("residentialArea", plan.getResidentialArea())
                        .text("serviceArea", plan.getServiceArea())
                        .text("ecologyArea", plan.getEcologyArea())
                        .text("totalArea", plan.getTotalArea())
                        .text("notes", plan.getNotes())));
    }
}
