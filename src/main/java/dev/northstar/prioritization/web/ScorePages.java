package dev.northstar.prioritization.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.prioritization.Scores;
import dev.northstar.workspace.Workspaces;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scoring a feature from its page: one form per framework; the full history on its own page. */
@Controller
@RequestMapping("/products/{productId}/features/{featureId}/scores")
class ScorePages {

    private final Scores scores;
    private final Features features;
    private final ScorePanels panels;
    private final Workspaces workspaces;

    ScorePages(Scores scores, Features features, ScorePanels panels, Workspaces workspaces) {
        this.scores = scores;
        this.features = features;
        this.panels = panels;
        this.workspaces = workspaces;
    }

    @GetMapping
    String page(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(required = false) Integer page,
            Model model) {
        return render(productId, featureId, null, Map.of(), page, model);
    }

    @PostMapping("/{framework}")
    String save(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable String framework,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash) {
        try {
            var saved = scores.put(productId, featureId, framework, body(form));
            flash.addFlashAttribute("flash", saved.label() + " score saved: " + Breakdowns.num(saved.score()));
            return "redirect:/products/" + productId + "/features/" + featureId + "#scores";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return render(productId, featureId, framework, form, null, model);
        }
    }

    @PostMapping("/{framework}/remove")
    String remove(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable String framework,
            RedirectAttributes flash) {
        scores.remove(productId, featureId, framework);
        flash.addFlashAttribute("flash", "Score removed; the history keeps it.");
        return "redirect:/products/" + productId + "/features/" + featureId + "#scores";
    }

    private String render(
            UUID productId, UUID featureId, String open, Map<String, String> entered, Integer page, Model model) {
        FeatureWeb.page(workspaces, productId, "ranking", model);
        FeatureView feature = features.get(productId, featureId);
        model.addAttribute("feature", feature);
        model.addAttribute("panel", panels.panel(productId, featureId, open, entered));
        Paging paging = Paging.of(page, 50);
        model.addAttribute("history", scores.history(productId, featureId, paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("pagerBase", "/products/" + productId + "/features/" + featureId + "/scores");
        return "prioritization/feature-scores";
    }

    /** Form fields to the API's body: "counts.attractive" and "values.Revenue" nest; blank counts are 0; a survey pair names Kano's questions. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String functional = form.get("kanoFunctional");
        String dysfunctional = form.get("kanoDysfunctional");
        if (functional != null && !functional.isBlank()) {
            String[] f = functional.split("\\|", 2);
            String[] d = dysfunctional == null ? new String[0] : dysfunctional.split("\\|", 2);
            if (d.length != 2) {
                throw new InvalidInputException("dysfunctionalQuestion", "pick the dysfunctional question too");
            }
            if (!f[0].equals(d[0])) {
                throw new InvalidInputException(
                        "dysfunctionalQuestion", "both questions must come from the same survey");
            }
            body.put("surveyId", f[0]);
            body.put("functionalQuestion", f[1]);
            body.put("dysfunctionalQuestion", d[1]);
            return body;
        }
        for (Map.Entry<String, String> e : form.entrySet()) {
            String k = e.getKey();
            if (k.equals("_csrf") || k.startsWith("kano")) {
                continue;
            }
            int dot = k.indexOf('.');
            if (dot > 0) {
                String group = k.substring(0, dot);
                if (group.equals("counts")
                        && (e.getValue() == null || e.getValue().isBlank())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> nested =
                        (Map<String, Object>) body.computeIfAbsent(group, g -> new LinkedHashMap<>());
                nested.put(k.substring(dot + 1), e.getValue());
            } else {
                body.put(k, e.getValue());
            }
        }
        if (form.keySet().stream().anyMatch(k -> k.startsWith("counts."))) {
            body.putIfAbsent("counts", new LinkedHashMap<>());
        }
        return body;
    }
}
