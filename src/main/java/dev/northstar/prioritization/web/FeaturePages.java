package dev.northstar.prioritization.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.prioritization.EvidenceRef;
import dev.northstar.prioritization.FeatureFilter;
import dev.northstar.prioritization.FeatureInput;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.strategy.Goals;
import dev.northstar.workspace.Workspaces;
import java.util.List;
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
@RequestMapping("/products/{productId}/features")
class FeaturePages {

    record FeatureForm(
            String title,
            String problem,
            String description,
            String status,
            String owner,
            String effort,
            String parentId,
            List<String> goalIds,
            Integer version) {

        static FeatureForm of(FeatureView f) {
            return new FeatureForm(
                    f.title(),
                    f.problem(),
                    f.description(),
                    f.status().name(),
                    f.owner(),
                    f.effort() == null ? null : trim(f.effort()),
                    f.parentId() == null ? null : f.parentId().toString(),
                    f.goalIds().stream().map(UUID::toString).toList(),
                    f.version());
        }

        FeatureInput input(List<EvidenceRef> evidence) {
            return new FeatureInput(
                    title,
                    problem,
                    description,
                    FeatureStatus.parse(status, "status", FeatureStatus.IDEA),
                    owner,
                    FeatureWeb.number(effort, "effort"),
                    FeatureWeb.uuid(parentId, "parentId"),
                    FeatureWeb.uuids(goalIds, "goalIds"),
                    evidence);
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    private final Features features;
    private final Highlights highlights;
    private final Needs needs;
    private final OpportunityTrees trees;
    private final Goals goals;
    private final Workspaces workspaces;
    private final MessageSource messages;

    FeaturePages(
            Features features,
            Highlights highlights,
            Needs needs,
            OpportunityTrees trees,
            Goals goals,
            Workspaces workspaces,
            MessageSource messages) {
        this.features = features;
        this.highlights = highlights;
        this.needs = needs;
        this.trees = trees;
        this.goals = goals;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        FeatureWeb.page(workspaces, productId, "features", model);
        FeatureStatus s = status == null || status.isBlank() ? null : FeatureStatus.parse(status, "status");
        FeatureFilter filter = new FeatureFilter(s, null, q, false);
        Paging paging = Paging.of(page, 50);
        PageResult<FeatureView> result = features.list(productId, filter, paging);
        model.addAttribute("features", result);
        model.addAttribute("filter", filter);
        model.addAttribute("counts", features.countByStatus(productId));
        model.addAttribute("statuses", FeatureStatus.values());
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute(
                "pagerBase",
                "/products/" + productId + "/features?status=" + (s == null ? "" : s.label()) + "&q="
                        + (filter.q() == null
                                ? ""
                                : java.net.URLEncoder.encode(filter.q(), java.nio.charset.StandardCharsets.UTF_8)));
        return "prioritization/features";
    }

    @GetMapping("/new")
    String create(@PathVariable UUID productId, @RequestParam(required = false) String parent, Model model) {
        return form(
                productId,
                null,
                new FeatureForm(null, null, null, FeatureStatus.IDEA.name(), null, null, parent, List.of(), null),
                model);
    }

    @PostMapping
    String save(@PathVariable UUID productId, @ModelAttribute FeatureForm form, Model model, RedirectAttributes flash) {
        try {
            FeatureView f = features.create(productId, form.input(List.of()));
            flash.addFlashAttribute("flash", msg("features.created", f.title()));
            return "redirect:/products/" + productId + "/features/" + f.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{featureId}")
    String view(@PathVariable UUID productId, @PathVariable UUID featureId, Model model) {
        FeatureWeb.page(workspaces, productId, "features", model);
        FeatureView feature = features.get(productId, featureId);
        model.addAttribute("feature", feature);
        model.addAttribute(
                "goals",
                goals.all(productId).stream()
                        .filter(g -> feature.goalIds().contains(g.id()))
                        .toList());
        model.addAttribute(
                "children",
                features.list(productId, new FeatureFilter(null, featureId, null, true), new Paging(0, 200))
                        .items());
        model.addAttribute("statuses", FeatureStatus.values());
        return "prioritization/feature";
    }

    @GetMapping("/{featureId}/evidence")
    String evidence(@PathVariable UUID productId, @PathVariable UUID featureId, Model model) {
        FeatureWeb.editorPage(workspaces, productId, "features", model);
        FeatureView feature = features.get(productId, featureId);
        model.addAttribute("feature", feature);
        model.addAttribute(
                "cited",
                feature.evidence().stream()
                        .map(dev.northstar.prioritization.EvidenceLink::refId)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("needs", needs.all(productId));
        List<HighlightView> recent =
                highlights.recent(productId, new Paging(0, 500)).items();
        model.addAttribute("highlights", recent);
        model.addAttribute("opportunities", trees.get(productId).opportunities());
        return "prioritization/evidence";
    }

    @PostMapping("/{featureId}/evidence")
    String addEvidence(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam String kind,
            @RequestParam String refId,
            RedirectAttributes flash) {
        features.addEvidence(productId, featureId, FeaturesApi.ref(kind, refId));
        flash.addFlashAttribute("flash", msg("features.evidenceAdded"));
        return "redirect:/products/" + productId + "/features/" + featureId + "/evidence";
    }

    @PostMapping("/{featureId}/evidence/remove")
    String removeEvidence(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam String kind,
            @RequestParam String refId,
            RedirectAttributes flash) {
        features.removeEvidence(productId, featureId, FeaturesApi.ref(kind, refId));
        flash.addFlashAttribute("flash", msg("features.evidenceRemoved"));
        return "redirect:/products/" + productId + "/features/" + featureId;
    }

    @PostMapping("/{featureId}/status")
    String status(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam String status,
            RedirectAttributes flash) {
        FeatureView f = features.changeStatus(productId, featureId, FeatureStatus.parse(status, "status"));
        flash.addFlashAttribute(
                "flash",
                msg(
                        "features.statusChanged",
                        msg("features.status." + f.status().name())));
        return "redirect:/products/" + productId + "/features/" + featureId;
    }

    @GetMapping("/{featureId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID featureId, Model model) {
        return form(productId, featureId, FeatureForm.of(features.get(productId, featureId)), model);
    }

    @PostMapping("/{featureId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @ModelAttribute FeatureForm form,
            Model model,
            RedirectAttributes flash) {
        FeatureView current = features.get(productId, featureId);
        try {
            features.update(
                    productId,
                    featureId,
                    form.version() == null ? -1 : form.version(),
                    form.input(current.input().evidence()));
            flash.addFlashAttribute("flash", msg("features.saved"));
            return "redirect:/products/" + productId + "/features/" + featureId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, featureId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("features.conflict"));
            return form(
                    productId,
                    featureId,
                    new FeatureForm(
                            form.title(),
                            form.problem(),
                            form.description(),
                            form.status(),
                            form.owner(),
                            form.effort(),
                            form.parentId(),
                            form.goalIds(),
                            current.version()),
                    model);
        }
    }

    @PostMapping("/{featureId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID featureId, RedirectAttributes flash) {
        FeatureView f = features.get(productId, featureId);
        features.delete(productId, featureId);
        flash.addFlashAttribute("flash", msg("features.deleted", f.title()));
        return "redirect:/products/" + productId + "/features";
    }

    private String form(UUID productId, UUID featureId, FeatureForm form, Model model) {
        FeatureWeb.editorPage(workspaces, productId, "features", model);
        model.addAttribute("featureId", featureId);
        model.addAttribute("form", form);
        model.addAttribute("statuses", FeatureStatus.values());
        model.addAttribute("goals", goals.all(productId));
        model.addAttribute(
                "parents",
                features.all(productId).stream()
                        .filter(f -> !f.id().equals(featureId))
                        .toList());
        return "prioritization/feature-form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
