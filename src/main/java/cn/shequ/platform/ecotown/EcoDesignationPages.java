package cn.shequ.platform.ecotown;

import java.util.Map;

import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The designations and awards (命名/奖励) of {@code /eco-towns/designations}: a community holds a title once a year. */
@Controller
@RequestMapping("/eco-towns/designations")
class EcoDesignationPages extends RecordPages<EcoDesignation, EcoDesignationForm> {

    EcoDesignationPages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoDesignation.class, EcoDesignationForm::new, EcoDesignationForm::of,
                        EcoDesignation::getYear)
                .pages("designations", "ecotown/designations", "ecotown/designation-form", "ecotown.designations.title",
                        "ecotown.designation.field")
                .yearIn("year").listsYear().newInYear(EcoDesignationForm::setYear).search("title")
                .filter("level", EcoDesignationLevel.class, "levels")
                .sortable("regionPath,asc", "regionPath", "title", "level", "year", "awardAmount")
                .tieBreak("regionPath", "year", "id")
                .unique("title", "ecotown.error.designation.duplicate",
                        form -> Map.of("title", form.getTitle().trim(), "year", form.getYear()),
                        form -> new Object[] {form.getYear()})
                .shows(EcoDesignation::getTitle, (designation, view) -> view
                        .text("year", designation.getYear())
                        .text("title", designation.getTitle())
                        .enumLabel("level", designation.getLevel())
                        .text("awardAmount", designation.getAwardAmount())
                        .text("awardPurpose", designation.getAwardPurpose())
                        .text("cohortTotal", designation.getCohortTotal())
                        .text("notes", designation.getNotes())));
    }
}
