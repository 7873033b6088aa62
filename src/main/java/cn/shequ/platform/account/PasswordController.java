package cn.shequ.platform.account;

import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here (and must, after a reset or a first login). */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final AccountService service;
    private final PasswordPolicy policy;

    PasswordController(AccountService service, PasswordPolicy policy) {
        this.service = service;
        this.policy = policy;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForms.Change());
        model.addAttribute("minLength", policy.minLength());
        return "account/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForms.Change form, BindingResult result, Model model,
            @AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
        model.addAttribute("minLength", policy.minLength());
        return FormSubmission.of(form, result, model).save(() -> {
            service.changeOwnPassword(user.getUsername(), form);
            user.passwordChanged();
            redirect.addFlashAttribute("message", "account.passwordChanged");
            return "redirect:/";
        }, "account/password");
    }
}
