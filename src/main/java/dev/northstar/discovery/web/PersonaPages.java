package dev.northstar.discovery.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.discovery.NeedFilter;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.PersonaInput;
import dev.northstar.discovery.PersonaKind;
import dev.northstar.discovery.PersonaView;
import dev.northstar.discovery.Personas;
import dev.northstar.workspace.Workspaces;
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
@RequestMapping("/products/{productId}/personas")
class PersonaPages {

    /** The persona form as posted; {@code version} travels in a hidden field. */
    record PersonaForm(
            String kind,
            String name,
            String summary,
            String feelings,
            String thoughts,
            String motivations,
            String influences,
            String behaviours,
            String goals,
            String preferences,
            String frustrations,
            Integer version) {

        static PersonaForm of(PersonaView p) {
            return new PersonaForm(
                    p.kind().name(),
                    p.name(),
                    p.summary(),
                    p.feelings(),
                    p.thoughts(),
                    p.motivations(),
                    p.influences(),
                    p.behaviours(),
                    p.goals(),
                    p.preferences(),
                    p.frustrations(),
                    p.version());
        }

        static PersonaForm blank(String kind) {
            return new PersonaForm(kind, null, null, null, null, null, null, null, null, null, null, null);
        }

        PersonaInput input() {
            return new PersonaInput(
                    kind == null || kind.isBlank() ? null : PersonaKind.parse(kind, "kind"),
                    name,
                    summary,
                    feelings,
                    thoughts,
                    motivations,
                    influences,
                    behaviours,
                    goals,
                    preferences,
                    frustrations);
        }

        /** A descriptive part by name, for the form's loop over the fields. */
        public String text(String field) {
            return switch (field) {
                case "summary" -> summary;
                case "feelings" -> feelings;
                case "thoughts" -> thoughts;
                case "motivations" -> motivations;
                case "influences" -> influences;
                case "behaviours" -> behaviours;
                case "goals" -> goals;
                case "preferences" -> preferences;
                case "frustrations" -> frustrations;
                default -> null;
            };
        }
    }

    private final Personas personas;
    private final Needs needs;
    private final Workspaces workspaces;
    private final MessageSource messages;

    PersonaPages(Personas personas, Needs needs, Workspaces workspaces, MessageSource messages) {
        this.personas = personas;
        this.needs = needs;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        PersonasWeb.page(workspaces, productId, "personas", model);
        PersonaKind filter = kind == null || kind.isBlank() ? null : PersonaKind.parse(kind, "kind");
        Paging paging = Paging.of(page, 60);
        model.addAttribute("kind", filter);
        model.addAttribute("kinds", PersonaKind.values());
        model.addAttribute("personas", personas.list(productId, filter, paging));
        model.addAttribute("all", personas.count(productId, null));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute(
                "pagerBase",
                "/products/" + productId + "/personas" + (filter == null ? "" : "?kind=" + filter.label()));
        return "discovery/personas/list";
    }

    @GetMapping("/new")
    String create(@PathVariable UUID productId, @RequestParam(defaultValue = "PERSONA") String kind, Model model) {
        return form(productId, null, PersonaForm.blank(kind), model);
    }

    @PostMapping
    String save(@PathVariable UUID productId, @ModelAttribute PersonaForm form, Model model, RedirectAttributes flash) {
        try {
            PersonaView p = personas.create(productId, form.input());
            flash.addFlashAttribute("flash", msg("persona.created", p.name()));
            return "redirect:/products/" + productId + "/personas/" + p.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{personaId}")
    String view(@PathVariable UUID productId, @PathVariable UUID personaId, Model model) {
        PersonasWeb.page(workspaces, productId, "personas", model);
        model.addAttribute("persona", personas.get(productId, personaId));
        model.addAttribute("fields", PersonaInput.TEXT_FIELDS);
        model.addAttribute(
                "needs",
                needs.list(productId, NeedFilter.ofPersona(personaId), new Paging(0, 500))
                        .items());
        return "discovery/personas/view";
    }

    @GetMapping("/{personaId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID personaId, Model model) {
        return form(productId, personaId, PersonaForm.of(personas.get(productId, personaId)), model);
    }

    @PostMapping("/{personaId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID personaId,
            @ModelAttribute PersonaForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            personas.update(productId, personaId, form.version() == null ? -1 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("persona.saved"));
            return "redirect:/products/" + productId + "/personas/" + personaId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, personaId, form, model);
        } catch (ConflictException e) {
            // keep what they typed, and take the current version so saving again replaces the other edit knowingly
            PersonaView current = personas.get(productId, personaId);
            model.addAttribute("conflict", msg("persona.conflict"));
            return form(
                    productId,
                    personaId,
                    new PersonaForm(
                            form.kind(),
                            form.name(),
                            form.summary(),
                            form.feelings(),
                            form.thoughts(),
                            form.motivations(),
                            form.influences(),
                            form.behaviours(),
                            form.goals(),
                            form.preferences(),
                            form.frustrations(),
                            current.version()),
                    model);
        }
    }

    @PostMapping("/{personaId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID personaId, RedirectAttributes flash) {
        PersonaView p = personas.get(productId, personaId);
        personas.delete(productId, personaId);
        flash.addFlashAttribute("flash", msg("persona.deleted", p.name()));
        return "redirect:/products/" + productId + "/personas";
    }

    private String form(UUID productId, UUID personaId, PersonaForm form, Model model) {
        PersonasWeb.editorPage(workspaces, productId, "personas", model);
        model.addAttribute("personaId", personaId);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PersonaKind.values());
        model.addAttribute("fields", PersonaInput.TEXT_FIELDS);
        model.addAttribute("maxText", PersonaInput.MAX_TEXT);
        return "discovery/personas/form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
