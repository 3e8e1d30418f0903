package dev.northstar.decisions.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.decisions.DecisionInput;
import dev.northstar.decisions.DecisionOption;
import dev.northstar.decisions.DecisionPerson;
import dev.northstar.decisions.DecisionStatus;
import dev.northstar.decisions.DecisionView;
import dev.northstar.decisions.Decisions;
import dev.northstar.decisions.LinkedFeature;
import dev.northstar.prioritization.Features;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/products/{productId}/decisions")
class DecisionPages {

    record OptionRow(String title, String pros, String cons) {}

    record PersonRow(String name, String role) {}

    /** The decision form as posted: options and people as numbered rows, pros and cons one per line. */
    record DecisionForm(
            String title,
            String context,
            List<OptionRow> options,
            String decision,
            String rationale,
            List<PersonRow> people,
            String decidedOn,
            String status,
            List<String> featureIds,
            String supersededBy,
            Integer version) {

        static final int BLANK_ROWS = 2;

        static DecisionForm of(DecisionView d) {
            return new DecisionForm(
                    d.title(),
                    d.context(),
                    blanks(
                            d.options().stream()
                                    .map(o -> new OptionRow(
                                            o.title(), String.join("\n", o.pros()), String.join("\n", o.cons())))
                                    .toList(),
                            new OptionRow(null, null, null)),
                    d.decision(),
                    d.rationale(),
                    blanks(
                            d.people().stream()
                                    .map(p -> new PersonRow(p.name(), p.role()))
                                    .toList(),
                            new PersonRow(null, null)),
                    d.decidedOn().toString(),
                    d.status().name(),
                    d.features().stream()
                            .filter(f -> f.featureId() != null)
                            .map(f -> f.featureId().toString())
                            .toList(),
                    d.supersededBy() == null ? null : d.supersededBy().toString(),
                    d.version());
        }

        static DecisionForm empty(List<String> featureIds) {
            return new DecisionForm(
                    null,
                    null,
                    blanks(List.of(), new OptionRow(null, null, null)),
                    null,
                    null,
                    blanks(List.of(), new PersonRow(null, null)),
                    java.time.LocalDate.now().toString(),
                    DecisionStatus.PROPOSED.name(),
                    featureIds,
                    null,
                    null);
        }

        static DecisionForm read(MultiValueMap<String, String> form) {
            List<OptionRow> options = new ArrayList<>();
            List<PersonRow> people = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String o = "options[" + i + "].";
                if (form.containsKey(o + "title") || form.containsKey(o + "pros") || form.containsKey(o + "cons")) {
                    options.add(new OptionRow(
                            form.getFirst(o + "title"), form.getFirst(o + "pros"), form.getFirst(o + "cons")));
                }
                String p = "people[" + i + "].";
                if (form.containsKey(p + "name") || form.containsKey(p + "role")) {
                    people.add(new PersonRow(form.getFirst(p + "name"), form.getFirst(p + "role")));
                }
            }
            String version = form.getFirst("version");
            return new DecisionForm(
                    form.getFirst("title"),
                    form.getFirst("context"),
                    blanks(options, new OptionRow(null, null, null)),
                    form.getFirst("decision"),
                    form.getFirst("rationale"),
                    blanks(people, new PersonRow(null, null)),
                    form.getFirst("decidedOn"),
                    form.getFirst("status"),
                    form.getOrDefault("featureIds", List.of()),
                    form.getFirst("supersededBy"),
                    version == null || version.isBlank()
                            ? null
                            : version.strip().matches("-?\\d{1,9}") ? Integer.valueOf(version.strip()) : -1);
        }

        DecisionInput input() {
            return new DecisionInput(
                    title,
                    context,
                    options.stream()
                            .map(o -> new DecisionOption(o.title(), lines(o.pros()), lines(o.cons())))
                            .toList(),
                    decision,
                    rationale,
                    people.stream()
                            .map(p -> new DecisionPerson(p.name(), p.role()))
                            .toList(),
                    DecisionsApi.date(decidedOn, "decidedOn"),
                    DecisionStatus.parse(status, "status", DecisionStatus.PROPOSED),
                    DecisionsApi.uuids(featureIds, "featureIds"),
                    DecisionsApi.uuid(supersededBy, "supersededBy"));
        }

        DecisionForm withVersion(int v) {
            return new DecisionForm(
                    title,
                    context,
                    options,
                    decision,
                    rationale,
                    people,
                    decidedOn,
                    status,
                    featureIds,
                    supersededBy,
                    v);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.asList(text.split("\\R"));
        }

        private static <T> List<T> blanks(List<T> rows, T blank) {
            List<T> out = new ArrayList<>(rows);
            for (int i = 0; i < BLANK_ROWS; i++) {
                out.add(blank);
            }
            return out;
        }
    }

    private final Decisions decisions;
    private final Features features;
    private final Workspaces workspaces;
    private final MessageSource messages;

    DecisionPages(Decisions decisions, Features features, Workspaces workspaces, MessageSource messages) {
        this.decisions = decisions;
        this.features = features;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            Model model) {
        page(productId, model);
        DecisionStatus s = DecisionStatus.parse(status, "status", null);
        Paging paging = Paging.of(page, 50);
        model.addAttribute("decisions", decisions.list(productId, s, paging));
        model.addAttribute("status", s);
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("pagerBase", "/products/" + productId + "/decisions?status=" + (s == null ? "" : s.label()));
        model.addAttribute("anyAtAll", decisions.count(productId) > 0);
        return "decisions/list";
    }

    @GetMapping("/new")
    String create(
            @PathVariable UUID productId,
            @RequestParam(name = "feature", required = false) List<String> feature,
            Model model) {
        return form(productId, null, DecisionForm.empty(feature == null ? List.of() : feature), model);
    }

    @PostMapping
    String save(
            @PathVariable UUID productId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        DecisionForm form = DecisionForm.read(params);
        try {
            DecisionView d = decisions.create(productId, form.input());
            flash.addFlashAttribute("flash", msg("decisions.created", d.title()));
            return "redirect:/products/" + productId + "/decisions/" + d.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{decisionId}")
    String view(@PathVariable UUID productId, @PathVariable UUID decisionId, Model model) {
        page(productId, model);
        DecisionView d = decisions.get(productId, decisionId);
        model.addAttribute("d", d);
        model.addAttribute("frameworks", frameworks(d));
        return "decisions/view";
    }

    @GetMapping("/{decisionId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID decisionId, Model model) {
        return form(productId, decisionId, DecisionForm.of(decisions.get(productId, decisionId)), model);
    }

    @PostMapping("/{decisionId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID decisionId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        DecisionView current = decisions.get(productId, decisionId);
        DecisionForm form = DecisionForm.read(params);
        try {
            decisions.update(productId, decisionId, form.version() == null ? -1 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("decisions.saved"));
            return "redirect:/products/" + productId + "/decisions/" + decisionId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, decisionId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("decisions.conflict"));
            return form(productId, decisionId, form.withVersion(current.version()), model);
        }
    }

    @PostMapping("/{decisionId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID decisionId, RedirectAttributes flash) {
        DecisionView d = decisions.get(productId, decisionId);
        decisions.delete(productId, decisionId);
        flash.addFlashAttribute("flash", msg("decisions.deleted", d.title()));
        return "redirect:/products/" + productId + "/decisions";
    }

    private static List<String> frameworks(DecisionView d) {
        List<String> out = new ArrayList<>();
        for (LinkedFeature f : d.features()) {
            f.frameworks().stream().filter(x -> !out.contains(x)).forEach(out::add);
        }
        return out;
    }

    private String form(UUID productId, UUID decisionId, DecisionForm form, Model model) {
        Role role = page(productId, model);
        if (!role.atLeast(Role.EDITOR)) {
            throw new ForbiddenException("this needs the editor role or higher; you are "
                    + role.name().toLowerCase(Locale.ROOT));
        }
        model.addAttribute("decisionId", decisionId);
        model.addAttribute("form", form);
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("features", features.all(productId));
        model.addAttribute(
                "others",
                decisions.list(productId, null, new Paging(0, 500)).items().stream()
                        .filter(x -> !x.id().equals(decisionId))
                        .toList());
        return "decisions/form";
    }

    private Role page(UUID productId, Model model) {
        ProductView product = workspaces.product(productId);
        Role role = workspaces.get(product.workspaceId()).role();
        model.addAttribute("product", product);
        model.addAttribute("section", "decisions");
        model.addAttribute("role", role);
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
        return role;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
