package cn.shequ.platform.landlinkage;

import java.util.List;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The linkage plots (挂钩地块) of {@code /land-linkage/plots}: a library site taken into a county's plan
 * of a year; the site and the county are chosen when the plot is created ({@code ?entry=} names the
 * site), and fixed after.
 */
@Controller
@RequestMapping("/land-linkage/plots")
class LandPlotPages extends RecordPages<LinkagePlot, PlotForm> {

    LandPlotPages(RecordPages.Support support, LinkagePlots plots, LandLinkageService service, LandChoices choices) {
        super(support, LandLinkageConfig.kind("plot", "plots", LinkagePlot.class, PlotForm::new, PlotForm::of,
                        LinkagePlot::getPlanYear)
                .savedBy(plots, service::plot, service::createPlot, service::updatePlot)
                .yearIn("planYear").listsYear().search("name", "landlinkage.field.name")
                .sortable("regionPath,asc", "regionPath", "name", "planYear", "plannedArea")
                .column("name", LinkagePlot::getName).placeColumn("place", (plot, place) -> place)
                .column("planYear", plot -> String.valueOf(plot.getPlanYear()))
                .moneyColumn("plannedArea", LinkagePlot::getPlannedArea)
                .newInYear(PlotForm::setPlanYear)
                .prefill((form, request) -> {
                    form.setEntryId(RecordPages.id(request, "entry"));
                    List<RegionRef> counties = service.counties();
                    if (counties.size() == 1) {
                        form.setCountyId(counties.get(0).id());
                    }
                })
                .choiceOnNew("entryId", "ref", choices::sitesInLibrary)
                .fixedOnEdit("entryId", "entry", LinkagePlot::getName)
                .choiceOnNew("countyId", "ref", service::counties)
                .field("planYear", "number").field("plannedArea", "number").field("notes", "textarea")
                .crumb(LinkagePlot::getName)
                .shows(plot -> support.message("landlinkage.plot.title", plot.getPlanYear(), plot.getName()),
                        (plot, view) -> view
                        .link("entry", plot.getEntry().getName(), "/land-linkage/library/" + plot.getEntry().getId(),
                                "enum.LandLibraryStatus." + plot.getEntry().getStatus())
                        .text("place", choices.place(plot.getRegionPath()))
                        .text("planYear", plot.getPlanYear())
                        .money("plannedArea", plot.getPlannedArea())
                        .text("notes", plot.getNotes())));
    }
}
