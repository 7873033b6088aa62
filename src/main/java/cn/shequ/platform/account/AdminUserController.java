package cn.shequ.platform.account;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.TextSearch;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' account pages: list, create, edit (and disable), reset a password, lift a login lock. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "role");

    private final UserAccounts accounts;
    private final AccountService service;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final History history;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final LoginAttempts attempts;
    private final LockTimes times;
    private final Clock clock;

    AdminUserController(UserAccounts accounts, AccountService service, RegionDirectory regions, DataScope scope,
            History history, PasswordPolicy policy, LoginThrottle throttle, LoginAttempts attempts, LockTimes times,
            Clock clock) {
        this.accounts = accounts;
        this.service = service;
        this.regions = regions;
        this.scope = scope;
        this.history = history;
        this.policy = policy;
        this.throttle = throttle;
        this.attempts = attempts;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "username,asc") String sort,
            Model model) {
        List<RegionRef> scopes = scopeChoices();
        Set<Long> visible = new HashSet<>();
        scopes.forEach(r -> visible.add(r.id()));
        boolean seesWholeTree = scope.covers("/");
        Specification<UserAccount> spec = (root, query, cb) -> seesWholeTree
                ? cb.or(root.get("scopeRegionId").in(visible), cb.isNull(root.get("scopeRegionId")))
                : root.get("scopeRegionId").in(visible);
        spec = spec.and(TextSearch.containing(q, "username", "displayName"));
        if (role != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("role"), role));
        }
        Page<UserAccount> users = accounts.findAll(spec,
                Paging.of(page, 20, Sorting.parse(sort, SORTABLE, Sort.by("username"))));
        model.addAttribute("users", users);
        Map<String, String> lockedUntil = new HashMap<>();
        throttle.lockedUntil(clock.instant()).forEach((username, until) -> lockedUntil.put(username, times.minutes(until)));
        model.addAttribute("lockedUntil", lockedUntil);
        model.addAttribute("scopeNames", scopes.stream().collect(java.util.stream.Collectors.toMap(RegionRef::id, RegionRef::name)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("sort", sort);
        return "account/users";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserAccount account = service.get(id);
        model.addAttribute("account", account);
        model.addAttribute("scopeName", account.getScopeRegionId() == null ? null
                : regions.find(account.getScopeRegionId()).map(RegionRef::name).orElse(null));
        model.addAttribute("history", history.of(UserAccount.class, id));
        model.addAttribute("locks", locksOf(account.getUsername()).stream()
                .map(lock -> new LockShown(lock.address(), times.minutes(lock.until()))).toList());
        return "account/user";
    }

    /** Lifts every lock of the account, at every address; logged as UNLOCKED by this administrator. */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @RequestParam(required = false) String from, Principal principal,
            RedirectAttributes redirect) {
        UserAccount account = service.get(id);
        if (locksOf(account.getUsername()).isEmpty()) {
            redirect.addFlashAttribute("problem", "account.notLocked");
        }
        else {
            attempts.accountLifted(account.getUsername(), principal.getName());
            redirect.addFlashAttribute("message", "account.unlocked");
        }
        return "locks".equals(from) ? "redirect:/admin/locks" : "redirect:/admin/users/" + id;
    }

    private List<LoginThrottle.AccountLock> locksOf(String username) {
        return throttle.lockedAccounts(clock.instant()).stream().filter(lock -> lock.username().equals(username)).toList();
    }

    /** A lock as the account's page shows it: the address it holds for and its end. */
    record LockShown(String address, String until) {
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new UserForm());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Validated({Default.class, UserForm.Create.class}) @ModelAttribute("form") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        formView(model, null);
        return save(FormSubmission.of(form, result, model), redirect, () -> service.create(form));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", service.formFor(id));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Principal principal) {
        form.setUsername(service.get(id).getUsername());
        formView(model, id);
        return save(FormSubmission.of(form, result, model).onConflict(() -> service.formFor(id)), redirect, () -> {
            service.update(id, form, principal.getName());
            return id;
        });
    }

    /** Saves the account (the action answers its id) and shows it, or the form again with what is wrong. */
    private String save(FormSubmission submission, RedirectAttributes redirect, LongSupplier action) {
        return submission.save(() -> {
            long id = action.getAsLong();
            redirect.addFlashAttribute("message", "account.saved");
            return "redirect:/admin/users/" + id;
        }, "account/user-form");
    }

    @GetMapping("/{id}/password")
    String resetForm(@PathVariable long id, Model model) {
        UserAccount account = service.get(id);
        PasswordForms.Reset form = new PasswordForms.Reset();
        form.setVersion(account.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("minLength", policy.minLength());
        return "account/reset-password";
    }

    @PostMapping("/{id}/password")
    String reset(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForms.Reset form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("account", service.get(id));
        model.addAttribute("minLength", policy.minLength());
        return FormSubmission.of(form, result, model).save(() -> {
            service.resetPassword(id, form);
            redirect.addFlashAttribute("message", "account.passwordReset");
            return "redirect:/admin/users/" + id;
        }, "account/reset-password");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", scopeChoices());
        model.addAttribute("wholeTree", scope.covers("/"));
        return "account/user-form";
    }

    /** The regions an administrator may give as a scope: those of their own scope, county and town levels included. */
    private List<RegionRef> scopeChoices() {
        List<RegionRef> choices = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN)) {
            choices.addAll(regions.all(level));
        }
        choices.sort(java.util.Comparator.comparing(RegionRef::path));
        return choices;
    }
}
