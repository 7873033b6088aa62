package cn.shequ.platform.account;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.shequ.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login log for auditors: every attempt and every lift of a lock, searchable by user, outcome and date. */
@Controller
class LoginLogController {

    private final LoginEvents events;

    LoginLogController(LoginEvents events) {
        this.events = events;
    }

    @GetMapping("/audit/logins")
    String list(@RequestParam(required = false) String username, @RequestParam(required = false) Boolean success,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Specification<LoginEvent> spec = Specification.unrestricted();
        if (username != null && !username.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("username"), username.trim()));
        }
        if (success != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("success"), success));
        }
        if (Boolean.FALSE.equals(success)) {
            spec = spec.and((root, query, cb) -> cb.notEqual(root.get("outcome"), LoginEvent.Outcome.UNLOCKED));
        }
        ZoneId zone = ZoneId.systemDefault();
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        Page<LoginEvent> found = events.findAll(spec,
                Paging.of(page, 50, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        model.addAttribute("events", found);
        model.addAttribute("username", username);
        model.addAttribute("success", success);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "account/logins";
    }
}
