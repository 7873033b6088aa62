package cn.shequ.platform.record;

import java.time.LocalDate;
import java.util.Map;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.MultiLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Test only: a new simple record kind, a community's volunteer teams (志愿服务队), written as a work
 * stream would write one — its entity, its form and its description in this one file, its messages in
 * {@code i18n/example.properties} and its table in {@code V1000__example_record_kind.sql}. The list,
 * the forms, the show page with its History tab, the checks and the delete come from the record module.
 */
final class VolunteerTeams {

    private VolunteerTeams() {
    }

    @Entity
    @Table(name = "example_volunteer_team")
    @Audited
    @Filter(name = DataScope.FILTER)
    @Getter
    @NoArgsConstructor(access = AccessLevel.PROTECTED)
    static class VolunteerTeam extends PlacedRecord {

        @Column(nullable = false, length = 100)
        private String name;

        @Column(nullable = false)
        private int members;

        @Column(name = "founded_on", nullable = false)
        private LocalDate foundedOn;

        @Column(length = 2000)
        private String notes;
    }

    @Getter
    @Setter
    static class TeamForm implements PlacedForm<VolunteerTeam> {

        @NotNull(message = "{validation.required}")
        private Long communityId;

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size.max}")
        private String name;

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{validation.nonNegative}")
        @Max(value = 100_000, message = "{validation.decimal.max}")
        private Integer members;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate foundedOn;

        @Size(max = 2000, message = "{validation.size.max}")
        @MultiLine
        private String notes;

        private Long version;

        static TeamForm of(VolunteerTeam team) {
            TeamForm form = new TeamForm();
            form.communityId = team.getCommunityId();
            form.name = team.name;
            form.members = team.members;
            form.foundedOn = team.foundedOn;
            form.notes = team.notes;
            form.version = team.getVersion();
            return form;
        }

        @Override
        public int year() {
            return foundedOn.getYear();
        }

        @Override
        public VolunteerTeam create(CommunityRef community) {
            VolunteerTeam team = new VolunteerTeam();
            update(team, community);
            return team;
        }

        @Override
        public void update(VolunteerTeam team, CommunityRef community) {
            team.placeAt(community.id(), community.path());
            team.name = name.trim();
            team.members = members;
            team.foundedOn = foundedOn;
            team.notes = PlacedRecord.clean(notes);
        }
    }

    @Controller
    @RequestMapping("/example/volunteer-teams")
    static class TeamPages extends RecordPages<VolunteerTeam, TeamForm> {

        TeamPages(RecordPages.Support support) {
            super(support, RecordKind.of(VolunteerTeam.class, TeamForm::new, TeamForm::of, team -> team.getFoundedOn().getYear())
                    .module("/example/volunteer-teams", "example.title", "/example/volunteer-teams?q=")
                    .pages("teams", "example.teams.title", "example.team")
                    .datedBy("foundedOn").search("name")
                    .sortable("regionPath,asc", "regionPath", "name", "members", "foundedOn")
                    .column("name", VolunteerTeam::getName).communityColumn()
                    .numberColumn("members", VolunteerTeam::getMembers).column("foundedOn", VolunteerTeam::getFoundedOn)
                    .field("communityId", "community").field("name", "text").field("members", "number")
                    .field("foundedOn", "date").field("notes", "textarea")
                    .unique("name", "example.team.duplicate", form -> Map.of("name", form.getName().trim()))
                    .shows(VolunteerTeam::getName, (team, view) -> view
                            .text("name", team.getName())
                            .text("members", team.getMembers())
                            .text("foundedOn", team.getFoundedOn())
                            .text("notes", team.getNotes()))
                    .deletable(team -> "/example/volunteer-teams"));
        }
    }
}
