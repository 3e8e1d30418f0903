package dev.northstar.specs.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.specs.PrdInput;
import dev.northstar.specs.PrdView;
import dev.northstar.specs.Prds;
import dev.northstar.specs.StoryStatus;
import dev.northstar.workspace.Workspaces;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/products/{productId}/features/{featureId}")
class PrdPages {

    private final Prds prds;
    private final PrdExport export;
    private final Workspaces workspaces;
    private final MessageSource messages;

    PrdPages(Prds prds, PrdExport export, Workspaces workspaces, MessageSource messages) {
        this.prds = prds;
        this.export = export;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping("/prd")
    String prd(@PathVariable UUID productId, @PathVariable UUID featureId, Model model) {
        SpecsWeb.page(workspaces, productId, "features", model);
        PrdView prd = prds.get(productId, featureId);
        model.addAttribute("prd", prd);
        model.addAttribute("feature", prd.feature());
        model.addAttribute("statuses", StoryStatus.values());
        if (!model.containsAttribute("nonGoalsText")) {
            model.addAttribute("nonGoalsText", String.join("\n", prd.nonGoals()));
            model.addAttribute("metricsText", String.join("\n", prd.metrics()));
        }
        return "specs/prd";
    }

    @GetMapping("/prd.md")
    ResponseEntity<byte[]> markdown(@PathVariable UUID productId, @PathVariable UUID featureId) {
        return export.markdown(productId, featureId);
    }

    /** Saves non-goals and metrics (one per line); the questions stay as they are. */
    @PostMapping("/prd")
    String save(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(required = false) String nonGoals,
            @RequestParam(required = false) String metrics,
            Model model,
            RedirectAttributes flash) {
        PrdView current = prds.get(productId, featureId);
        try {
            prds.save(
                    productId,
                    featureId,
                    new PrdInput(SpecsWeb.lines(nonGoals), SpecsWeb.lines(metrics), current.questions()));
            flash.addFlashAttribute("flash", msg("specs.prd.saved"));
            return "redirect:/products/" + productId + "/features/" + featureId + "/prd";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("nonGoalsText", nonGoals);
            model.addAttribute("metricsText", metrics);
            return prd(productId, featureId, model);
        }
    }

    @PostMapping("/prd/questions")
    String addQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(required = false) String text,
            Model model,
            RedirectAttributes flash) {
        try {
            prds.addQuestion(productId, featureId, text);
            flash.addFlashAttribute("flash", msg("specs.prd.questionAdded"));
            return "redirect:/products/" + productId + "/features/" + featureId + "/prd#questions";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return prd(productId, featureId, model);
        }
    }

    @PostMapping("/prd/questions/{questionId}/resolve")
    String resolve(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID questionId,
            @RequestParam(defaultValue = "true") boolean resolved,
            @RequestParam(required = false) String answer,
            RedirectAttributes flash) {
        prds.resolveQuestion(productId, featureId, questionId, resolved, answer);
        flash.addFlashAttribute("flash", msg(resolved ? "specs.prd.resolved" : "specs.prd.reopened"));
        return "redirect:/products/" + productId + "/features/" + featureId + "/prd#questions";
    }

    @PostMapping("/prd/questions/{questionId}/delete")
    String deleteQuestion(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID questionId,
            RedirectAttributes flash) {
        prds.deleteQuestion(productId, featureId, questionId);
        flash.addFlashAttribute("flash", msg("specs.prd.questionDeleted"));
        return "redirect:/products/" + productId + "/features/" + featureId + "/prd#questions";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
