package cn.shequ.platform.web;

import cn.shequ.platform.shared.StaleRecordException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two users acting on one record at once, outside a form (a delete, a publish, an import): the one
 * who came second is told that the record was changed or the work already done, on a 409 page, and
 * nothing of theirs was saved. Forms answer the same cases on the form itself ({@link FormSubmission}).
 */
@ControllerAdvice
class ConflictPages {

    private static final Logger log = LoggerFactory.getLogger(ConflictPages.class);

    @ExceptionHandler({StaleRecordException.class, ObjectOptimisticLockingFailureException.class})
    String changedMeanwhile(Exception ex, HttpServletResponse response, Model model) {
        log.info("Refused an action on a record changed meanwhile: {}", ex.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reason", "error.409.changed");
        return "error/409";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String refused(DataIntegrityViolationException ex, HttpServletResponse response, Model model) {
        DatabaseRefusal refusal = DatabaseRefusal.of(ex);
        if (refusal.kind() == DatabaseRefusal.Kind.FAULT) {
            log.error("The database could not carry out a request", ex);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("reason", "form.error.database");
        }
        else {
            log.info("The database refused a request: {} ({})", refusal.kind(), refusal.constraint());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("reason", refusal.kind() == DatabaseRefusal.Kind.DUPLICATE ? "error.409.done" : refusal.messageKey());
        }
        return "error/409";
    }
}
