package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

/** A refused save is told by its real cause; "duplicate" only for a unique key. */
class DatabaseRefusalTest {

    @Test
    void aUniqueKeyIsADuplicate() {
        DatabaseRefusal refusal = DatabaseRefusal.of(violation("23505", 0, ConstraintKind.UNIQUE, "service_center_project_uk"));

        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.DUPLICATE);
        assertThat(refusal.field(new ProjectForm())).isEmpty();
    }

    @Test
    void aCheckConstraintNamesTheFieldItRefused() {
        DatabaseRefusal postgres = DatabaseRefusal.of(violation("23514", 0, ConstraintKind.CHECK, "eco_project_percent_complete_ck"));
        DatabaseRefusal h2 = DatabaseRefusal.of(violation("23513", 23513, ConstraintKind.CHECK, "eco_project_percent_complete_ck"));

        assertThat(postgres.kind()).isEqualTo(DatabaseRefusal.Kind.INVALID_VALUE);
        assertThat(h2.kind()).isEqualTo(DatabaseRefusal.Kind.INVALID_VALUE);
        assertThat(postgres.field(new ProjectForm())).contains("percentComplete");
    }

    @Test
    void aConstraintThatNamesNoFieldOfTheFormIsAFormMessage() {
        DatabaseRefusal refusal = DatabaseRefusal.of(violation("23514", 0, ConstraintKind.CHECK, "eco_project_amounts_ck"));

        assertThat(refusal.field(new ProjectForm())).isEmpty();
    }

    @Test
    void aMissingParentIsAMissingReference() {
        assertThat(DatabaseRefusal.of(violation("23503", 0, ConstraintKind.FOREIGN_KEY, "eco_project_community_fk")).kind())
                .isEqualTo(DatabaseRefusal.Kind.MISSING_REFERENCE);
    }

    /** What H2 2.4.240 answered once the session that created a constraint was gone. */
    @Test
    void aConstraintTheDatabaseCouldNotCheckIsItsFaultNotTheUsers() {
        SQLException closed = new SQLException("The database has been closed", "90098", 90098);
        SQLException invalid = new SQLException("Check constraint invalid: \"service_center_project_kind_ck: \"", "23514", 23514, closed);

        DatabaseRefusal refusal = DatabaseRefusal.of(new DataIntegrityViolationException("could not execute statement",
                new ConstraintViolationException("could not execute statement", invalid, ConstraintKind.CHECK,
                        "service_center_project_kind_ck")));

        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.FAULT);
        assertThat(refusal.field(new ProjectForm())).isEmpty();
    }

    @Test
    void theFormShowsTheRefusalOnItsField() {
        ProjectForm form = new ProjectForm();
        var result = new BeanPropertyBindingResult(form, "form");

        String view = FormSubmission.of(form, result, new ExtendedModelMap()).save(() -> {
            throw violation("23514", 0, ConstraintKind.CHECK, "eco_project_percent_complete_ck");
        }, "things/form");

        assertThat(view).isEqualTo("things/form");
        assertThat(result.getFieldError("percentComplete").getCode()).isEqualTo("form.error.refused");
        assertThat(result.getAllErrors()).noneMatch(error -> "form.error.duplicate".equals(error.getCode()));
    }

    private static DataIntegrityViolationException violation(String state, int vendorCode, ConstraintKind kind, String constraint) {
        SQLException sql = new SQLException("violation of " + constraint, state, vendorCode);
        return new DataIntegrityViolationException("could not execute statement",
                new ConstraintViolationException("could not execute statement", sql, kind, constraint));
    }

    static class ProjectForm {
        private Integer percentComplete;
        private String name;

        public Integer getPercentComplete() {
            return percentComplete;
        }

        public void setPercentComplete(Integer percentComplete) {
            this.percentComplete = percentComplete;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
