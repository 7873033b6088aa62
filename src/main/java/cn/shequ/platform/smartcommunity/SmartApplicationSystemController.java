package cn.shequ.platform.smartcommunity;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import cn.shequ.platform.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reference list of application systems, {@code /smart-communities/systems}: everyone who reads
 * the records reads it; office staff add, rename and retire entries.
 */
@Controller
@RequestMapping("/smart-communities/systems")
class SmartApplicationSystemController {

    private final SmartApplicationSystems systems;
    private final SmartCommunityService service;

    SmartApplicationSystemController(SmartApplicationSystems systems, SmartCommunityService service) {
        this.systems = systems;
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, Long> uses = systems.countUses().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        model.addAttribute("systems", systems.findAllInOrder());
        model.addAttribute("uses", uses);
        return "smartcommunity/systems";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SmartApplicationSystemForm form = new SmartApplicationSystemForm();
        form.setSortOrder(systems.findAllInOrder().stream().mapToInt(SmartApplicationSystem::getSortOrder).max().orElse(0) + 10);
        model.addAttribute("form", form);
        model.addAttribute("systemId", null);
        return "smartcommunity/system-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SmartApplicationSystemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("systemId", null);
        return FormSubmission.of(form, result, model).save(() -> {
            service.createSystem(form);
            redirect.addFlashAttribute("message", "smartcommunity.system.saved");
            return "redirect:/smart-communities/systems";
        }, "smartcommunity/system-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", SmartApplicationSystemForm.of(service.system(id)));
        model.addAttribute("systemId", id);
        return "smartcommunity/system-form";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SmartApplicationSystemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        service.system(id);
        model.addAttribute("systemId", id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> SmartApplicationSystemForm.of(service.system(id)))
                .save(() -> {
                    service.updateSystem(id, form);
                    redirect.addFlashAttribute("message", "smartcommunity.system.saved");
                    return "redirect:/smart-communities/systems";
                }, "smartcommunity/system-form");
    }
}
