package cn.shequ.platform.account;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.region.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login locks in force, for administrators: accounts locked for an address (those inside the
 * administrator's scope) and addresses refused for too many failures, each with a button that lifts
 * it. A lift is written to the login log as UNLOCKED with the administrator's name.
 */
@Controller
@RequestMapping("/admin/locks")
class AdminLockController {

    private final LoginThrottle throttle;
    private final LoginAttempts attempts;
    private final UserAccounts accounts;
    private final AccountService service;
    private final DataScope scope;
    private final LockTimes times;
    private final Clock clock;

    AdminLockController(LoginThrottle throttle, LoginAttempts attempts, UserAccounts accounts, AccountService service,
            DataScope scope, LockTimes times, Clock clock) {
        this.throttle = throttle;
        this.attempts = attempts;
        this.accounts = accounts;
        this.service = service;
        this.scope = scope;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Instant now = clock.instant();
        List<AccountShown> locked = new ArrayList<>();
        for (LoginThrottle.AccountLock lock : throttle.lockedAccounts(now)) {
            accounts.findByUsername(lock.username())
                    .filter(account -> scope.covers(service.scopePath(account.getScopeRegionId())))
                    .ifPresent(account -> locked.add(new AccountShown(account.getId(), account.getUsername(),
                            account.getDisplayName(), lock.address(), times.minutes(lock.until()))));
        }
        model.addAttribute("accounts", locked);
        model.addAttribute("addresses", throttle.throttledAddresses(now).stream()
                .map(lock -> new AddressShown(lock.address(), times.minutes(lock.until()))).toList());
        return "account/locks";
    }

    /** Lifts the limit of an address, and every account's lock for it. */
    @PostMapping("/addresses")
    String liftAddress(@RequestParam(required = false) String address, Principal principal, RedirectAttributes redirect) {
        String wanted = address == null ? "" : address.trim();
        boolean throttled = throttle.throttledAddresses(clock.instant()).stream()
                .anyMatch(lock -> lock.address().equals(wanted));
        if (throttled) {
            attempts.addressLifted(wanted, principal.getName());
            redirect.addFlashAttribute("message", "account.address.unlocked");
        }
        else {
            redirect.addFlashAttribute("problem", "account.address.notThrottled");
        }
        return "redirect:/admin/locks";
    }

    record AccountShown(long id, String username, String displayName, String address, String until) {
    }

    record AddressShown(String address, String until) {
    }
}
