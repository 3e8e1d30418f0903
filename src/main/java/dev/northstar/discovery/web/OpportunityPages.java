package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.AssumptionStatus;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTree;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.workspace.Workspaces;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opportunity–solution tree page. Every change is a small form; on success the page reloads at the
 * node that changed, on bad input it is drawn again with the message beside the form that failed.
 */
@Controller
@RequestMapping("/products/{productId}/opportunities")
class OpportunityPages {

    private final OpportunityTrees trees;
    private final Needs needs;
    private final Workspaces workspaces;
    private final MessageSource messages;

    OpportunityPages(OpportunityTrees trees, Needs needs, Workspaces workspaces, MessageSource messages) {
        this.trees = trees;
        this.needs = needs;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String tree(@PathVariable UUID productId, Model model) {
        PersonasWeb.page(workspaces, productId, "opportunities", model);
        OpportunityTree tree = trees.get(productId);
        model.addAttribute("tree", tree);
        model.addAttribute("needs", needs.all(productId));
        model.addAttribute("statuses", AssumptionStatus.values());
        model.addAttribute("importances", Importance.values());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "discovery/opportunities/tree";
    }

    @PostMapping("/outcome")
    String outcome(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "") String outcome,
            Model model,
            RedirectAttributes flash) {
        return change(productId, "outcome", Map.of("outcome", outcome), model, flash, () -> {
            trees.setOutcome(productId, outcome);
            return "outcome";
        });
    }

    @PostMapping
    String addOpportunity(
            @PathVariable UUID productId,
            @RequestParam(required = false) String needId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes flash) {
        return change(
                productId,
                "add-opportunity",
                Map.of("needId", nz(needId), "title", title),
                model,
                flash,
                () -> "opp-" + trees.addOpportunity(productId, PersonasWeb.uuid(needId, "needId"), title));
    }

    @PostMapping("/{opportunityId}")
    String editOpportunity(
            @PathVariable UUID productId,
            @PathVariable UUID opportunityId,
            @RequestParam(required = false) String needId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes flash) {
        return change(
                productId, "opp-" + opportunityId, Map.of("needId", nz(needId), "title", title), model, flash, () -> {
                    trees.editOpportunity(productId, opportunityId, PersonasWeb.uuid(needId, "needId"), title);
                    return "opp-" + opportunityId;
                });
    }

    @PostMapping("/{opportunityId}/delete")
    String removeOpportunity(@PathVariable UUID productId, @PathVariable UUID opportunityId, RedirectAttributes flash) {
        trees.removeOpportunity(productId, opportunityId);
        return done(productId, flash, "tree");
    }

    @PostMapping("/{opportunityId}/solutions")
    String addSolution(
            @PathVariable UUID productId,
            @PathVariable UUID opportunityId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes flash) {
        return change(
                productId,
                "add-solution-" + opportunityId,
                Map.of("title", title),
                model,
                flash,
                () -> "sol-" + trees.addSolution(productId, opportunityId, title));
    }

    @PostMapping("/solutions/{solutionId}")
    String editSolution(
            @PathVariable UUID productId,
            @PathVariable UUID solutionId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes flash) {
        return change(productId, "sol-" + solutionId, Map.of("title", title), model, flash, () -> {
            trees.editSolution(productId, solutionId, title);
            return "sol-" + solutionId;
        });
    }

    @PostMapping("/solutions/{solutionId}/delete")
    String removeSolution(@PathVariable UUID productId, @PathVariable UUID solutionId, RedirectAttributes flash) {
        trees.removeSolution(productId, solutionId);
        return done(productId, flash, "tree");
    }

    @PostMapping("/solutions/{solutionId}/tests")
    String addTest(
            @PathVariable UUID productId,
            @PathVariable UUID solutionId,
            @RequestParam(defaultValue = "") String assumption,
            @RequestParam(defaultValue = "") String test,
            @RequestParam(required = false) String status,
            Model model,
            RedirectAttributes flash) {
        return change(
                productId,
                "add-test-" + solutionId,
                Map.of("assumption", assumption, "test", test, "status", nz(status)),
                model,
                flash,
                () -> "test-"
                        + trees.addTest(
                                productId, solutionId, assumption, test, AssumptionStatus.parse(status, "status")));
    }

    @PostMapping("/tests/{testId}")
    String editTest(
            @PathVariable UUID productId,
            @PathVariable UUID testId,
            @RequestParam(defaultValue = "") String assumption,
            @RequestParam(defaultValue = "") String test,
            @RequestParam(required = false) String status,
            Model model,
            RedirectAttributes flash) {
        return change(
                productId,
                "test-" + testId,
                Map.of("assumption", assumption, "test", test, "status", nz(status)),
                model,
                flash,
                () -> {
                    trees.editTest(productId, testId, assumption, test, AssumptionStatus.parse(status, "status"));
                    return "test-" + testId;
                });
    }

    @PostMapping("/tests/{testId}/delete")
    String removeTest(@PathVariable UUID productId, @PathVariable UUID testId, RedirectAttributes flash) {
        trees.removeTest(productId, testId);
        return done(productId, flash, "tree");
    }

    /** Runs a change; on success back to the tree at the anchor it answers, on bad input the tree again with the message at {@code form}. */
    private String change(
            UUID productId,
            String form,
            Map<String, String> values,
            Model model,
            RedirectAttributes flash,
            Supplier<String> action) {
        try {
            return done(productId, flash, action.get());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("failed", form);
            model.addAttribute("values", new HashMap<>(values));
            return tree(productId, model);
        }
    }

    private String done(UUID productId, RedirectAttributes flash, String anchor) {
        flash.addFlashAttribute("flash", messages.getMessage("tree.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/products/" + productId + "/opportunities#" + anchor;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
