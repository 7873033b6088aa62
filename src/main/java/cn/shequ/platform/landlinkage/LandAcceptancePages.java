package cn.shequ.platform.landlinkage;

import java.util.List;
import java.util.stream.Collectors;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.record.RecordSearch;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The completion acceptances (竣工验收) of {@code /land-linkage/acceptances}: the list shows those that
 * cover a plot in the region (as the summary shares their land saved); the plots covered are chosen
 * when it is recorded, and fixed after.
 */
@Controller
@RequestMapping("/land-linkage/acceptances")
class LandAcceptancePages extends RecordPages<LandAcceptance, AcceptanceForm> {

    LandAcceptancePages(RecordPages.Support support, LandAcceptances acceptances, LinkagePlots plots,
            LandLinkageService service, LandChoices choices) {
        super(support, LandLinkageConfig.kind("acceptance", "acceptances", LandAcceptance.class, AcceptanceForm::new,
                        AcceptanceForm::of, acceptance -> acceptance.getAcceptedOn().getYear())
                .savedBy(acceptances, service::acceptance, service::createAcceptance, service::updateAcceptance)
                .inRegion(area -> {
                    List<Long> plotsInRegion = plots.findAll(RecordSearch.<LinkagePlot>inRegion(area)).stream()
                            .map(LinkagePlot::getId).toList();
                    return (root, query, cb) -> {
                        if (plotsInRegion.isEmpty()) {
                            return cb.disjunction();
                        }
                        query.distinct(true);
                        return root.join("plotIds").in(plotsInRegion);
                    };
                })
                .datedBy("acceptedOn").note("landlinkage.acceptances.note")
                .sortable("acceptedOn,desc", "acceptedOn", "authority", "documentNumber", "landSaved")
                .column("acceptedOn", LandAcceptance::getAcceptedOn).column("authority", LandAcceptance::getAuthority)
                .column("documentNumber", LandAcceptance::getDocumentNumber)
                .moneyColumn("landSaved", LandAcceptance::getLandSaved)
                .newOn(AcceptanceForm::setAcceptedOn)
                .choiceOnNew("plotIds", "refs", choices::plotsNotAccepted)
                .fixedOnEdit("plotIds", "plots", acceptance -> service.plotsOf(acceptance).stream()
                        .map(LinkagePlot::getName).collect(Collectors.joining("、")))
                .field("acceptedOn", "date").field("authority", "text").field("documentNumber", "text")
                .field("landSaved", "number").field("notes", "textarea")
                .views(null, null, "landlinkage/acceptance")
                .showModel("plots", service::plotsOf)
                .showModel("names", acceptance -> choices.names(service.plotsOf(acceptance).stream()
                        .map(LinkagePlot::getRegionPath).toList()))
                .crumb(LandAcceptance::getDocumentNumber)
                .shows(acceptance -> support.message("landlinkage.acceptance.title", acceptance.getAuthority(),
                        acceptance.getDocumentNumber()), (acceptance, view) -> view
                        .text("acceptedOn", acceptance.getAcceptedOn())
                        .text("authority", acceptance.getAuthority())
                        .text("documentNumber", acceptance.getDocumentNumber())
                        .money("landSaved", acceptance.getLandSaved())
                        .money("plannedArea", LandAcceptance.plannedArea(service.plotsOf(acceptance)))
                        .text("notes", acceptance.getNotes())));
    }
}
