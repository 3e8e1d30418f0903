package dev.northstar.discovery.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.NeedFilter;
import dev.northstar.discovery.NeedInput;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.discovery.PersonaView;
import dev.northstar.discovery.Personas;
import dev.northstar.workspace.Workspaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/products/{productId}/needs")
class NeedPages {

    record NeedForm(String title, String description, String personaId, String importance, Integer version) {

        static NeedForm of(NeedView n) {
            return new NeedForm(
                    n.title(),
                    n.description(),
                    n.personaId() == null ? null : n.personaId().toString(),
                    n.importance().name(),
                    n.version());
        }

        NeedInput input() {
            return new NeedInput(
                    title,
                    description,
                    PersonasWeb.uuid(personaId, "personaId"),
                    Importance.parse(importance, "importance", Importance.IMPORTANT));
        }
    }

    private final Needs needs;
    private final Personas personas;
    private final Highlights highlights;
    private final OpportunityTrees trees;
    private final Workspaces workspaces;
    private final MessageSource messages;

    NeedPages(
            Needs needs,
            Personas personas,
            Highlights highlights,
            OpportunityTrees trees,
            Workspaces workspaces,
            MessageSource messages) {
        this.needs = needs;
        this.personas = personas;
        this.highlights = highlights;
        this.trees = trees;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String persona,
            @RequestParam(required = false) String importance,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            Model model) {
        PersonasWeb.page(workspaces, productId, "needs", model);
        NeedFilter filter = new NeedFilter(
                PersonasWeb.uuid(persona, "persona"),
                importance == null || importance.isBlank() ? null : Importance.parse(importance, "importance"),
                NeedFilter.Order.parse(sort));
        Paging paging = Paging.of(page, 50);
        PageResult<NeedView> result = needs.list(productId, filter, paging);
        model.addAttribute("needs", result);
        model.addAttribute("filter", filter);
        model.addAttribute("all", needs.count(productId));
        model.addAttribute(
                "maxEvidence",
                result.items().stream().mapToInt(NeedView::evidenceCount).max().orElse(0));
        model.addAttribute("personas", personaChoices(productId));
        model.addAttribute("importances", Importance.values());
        model.addAttribute("orders", NeedFilter.Order.values());
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        Map<String, String> query = new LinkedHashMap<>();
        if (filter.personaId() != null) {
            query.put("persona", filter.personaId().toString());
        }
        if (filter.importance() != null) {
            query.put("importance", filter.importance().label());
        }
        query.put("sort", filter.order().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute(
                "pagerBase",
                "/products/" + productId + "/needs?"
                        + String.join(
                                "&",
                                query.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
        return "discovery/needs/list";
    }

    @GetMapping("/new")
    String create(@PathVariable UUID productId, @RequestParam(required = false) String persona, Model model) {
        return form(productId, null, new NeedForm(null, null, persona, Importance.IMPORTANT.name(), null), model);
    }

    @PostMapping
    String save(@PathVariable UUID productId, @ModelAttribute NeedForm form, Model model, RedirectAttributes flash) {
        try {
            NeedView n = needs.create(productId, form.input());
            flash.addFlashAttribute("flash", msg("need.created", n.title()));
            return "redirect:/products/" + productId + "/needs/" + n.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{needId}")
    String view(
            @PathVariable UUID productId,
            @PathVariable UUID needId,
            @RequestParam(required = false) Integer page,
            Model model) {
        PersonasWeb.page(workspaces, productId, "needs", model);
        Paging paging = Paging.of(page, 50);
        model.addAttribute("need", needs.get(productId, needId));
        model.addAttribute("highlights", highlights.forNeed(productId, needId, paging));
        model.addAttribute("opportunities", trees.forNeed(productId, needId));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        return "discovery/needs/view";
    }

    @GetMapping("/{needId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID needId, Model model) {
        return form(productId, needId, NeedForm.of(needs.get(productId, needId)), model);
    }

    @PostMapping("/{needId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID needId,
            @ModelAttribute NeedForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            needs.update(productId, needId, form.version() == null ? -1 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("need.saved"));
            return "redirect:/products/" + productId + "/needs/" + needId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, needId, form, model);
        } catch (ConflictException e) {
            NeedView current = needs.get(productId, needId);
            model.addAttribute("conflict", msg("need.conflict"));
            return form(
                    productId,
                    needId,
                    new NeedForm(
                            form.title(), form.description(), form.personaId(), form.importance(), current.version()),
                    model);
        }
    }

    @PostMapping("/{needId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID needId, RedirectAttributes flash) {
        NeedView n = needs.get(productId, needId);
        needs.delete(productId, needId);
        flash.addFlashAttribute("flash", msg("need.deleted", n.title()));
        return "redirect:/products/" + productId + "/needs";
    }

    private String form(UUID productId, UUID needId, NeedForm form, Model model) {
        PersonasWeb.editorPage(workspaces, productId, "needs", model);
        model.addAttribute("needId", needId);
        model.addAttribute("form", form);
        model.addAttribute("personas", personaChoices(productId));
        model.addAttribute("importances", Importance.values());
        return "discovery/needs/form";
    }

    private List<PersonaView> personaChoices(UUID productId) {
        return personas.list(productId, null, new Paging(0, 500)).items();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
