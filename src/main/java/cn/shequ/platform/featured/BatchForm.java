package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.shequ.platform.shared.MultiLine;
import cn.shequ.platform.web.FormValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an appraisal batch; the criteria are rows of name and weight (empty rows are ignored). */
@Getter
@Setter
class BatchForm {

    static final int ROWS = 8;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 99, message = "{validation.max}")
    private Integer number;

    private Long documentId;

    private Set<Long> aspectIds = new LinkedHashSet<>();

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate applicationsOpen;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate applicationsClose;

    @Valid
    @Size(max = ROWS, message = "{validation.size.max}")
    private List<CriterionRow> criteria = new ArrayList<>();

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 1000, message = "{validation.max}")
    private Integer quota;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "100", message = "{validation.decimal.max}")
    private BigDecimal passMark;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicityStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicityEnd;

    /** The usernames of the reviewer accounts ticked on the form. */
    private Set<String> reviewers = new TreeSet<>();

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    /** One criterion row of the form. */
    @Getter
    @Setter
    @EqualsAndHashCode
    static class CriterionRow {

        @Size(max = 100, message = "{validation.size.max}")
        private String name;

        @Min(value = 1, message = "{validation.min}")
        @Max(value = 100, message = "{validation.max}")
        private Integer weight;

        CriterionRow() {
        }

        CriterionRow(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        boolean isEmpty() {
            return (name == null || name.isBlank()) && weight == null;
        }
    }

    static BatchForm of(FeaturedBatch batch) {
        BatchForm form = FormValues.of(batch, new BatchForm(), "criteria", "reviewers");
        batch.getAspects().forEach(a -> form.aspectIds.add(a.getId()));
        batch.getCriteria().forEach(c -> form.criteria.add(new CriterionRow(c.getName(), c.getWeight())));
        form.reviewers.addAll(batch.getReviewers());
        return form.withEmptyRows();
    }

    /** Pads the criteria with empty rows up to the form's size. */
    BatchForm withEmptyRows() {
        while (criteria.size() < ROWS) {
            criteria.add(new CriterionRow());
        }
        return this;
    }

    /** The filled-in criteria rows; a row with a weight but no name is refused. */
    List<FeaturedBatch.CriterionDraft> criterionDrafts() {
        List<FeaturedBatch.CriterionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            if (row.name == null || row.name.isBlank()) {
                throw cn.shequ.platform.shared.RuleViolationException.of("criteria[" + i + "].name", "validation.required");
            }
            if (row.weight == null) {
                throw cn.shequ.platform.shared.RuleViolationException.of("criteria[" + i + "].weight", "validation.required");
            }
            drafts.add(new FeaturedBatch.CriterionDraft(row.name.trim(), row.weight));
        }
        return drafts;
    }

    /** The reviewers' usernames as ticked, without blanks. */
    Set<String> reviewerNames() {
        if (reviewers == null) {
            return Set.of();
        }
        return reviewers.stream().filter(s -> s != null && !s.isBlank()).map(String::trim)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The filled-in criteria as the conflict message shows them: 成效 70；满意度 30. */
    static String criteriaText(List<CriterionRow> rows) {
        return rows.stream().filter(r -> r != null && !r.isEmpty())
                .map(r -> (r.name == null ? "" : r.name.trim()) + " " + (r.weight == null ? "—" : r.weight))
                .collect(Collectors.joining("；"));
    }

    /** Usernames as the conflict message shows them: reviewer1、reviewer2. */
    static String namesText(Set<String> names) {
        return String.join("、", new TreeSet<>(names));
    }
}
