package dev.northstar.strategy.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Markdown;
import dev.northstar.strategy.LeanCanvasInput;
import dev.northstar.strategy.LeanCanvasView;
import dev.northstar.strategy.Positioning;
import dev.northstar.strategy.PositioningInput;
import dev.northstar.strategy.PositioningView;
import dev.northstar.strategy.Strategies;
import dev.northstar.strategy.StrategyInput;
import dev.northstar.strategy.StrategyView;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for the vision and narrative, the positioning statement and the Lean Canvas. */
@Controller
@RequestMapping("/products/{productId}")
class StrategyPages {

    record VisionForm(String vision, String narrative, Integer version) {}

    record PositioningForm(
            String targetCustomer,
            String need,
            String productName,
            String category,
            String keyBenefit,
            String alternative,
            String differentiation,
            Integer version) {

        static PositioningForm of(PositioningView v) {
            return new PositioningForm(
                    v.targetCustomer(),
                    v.need(),
                    v.productName(),
                    v.category(),
                    v.keyBenefit(),
                    v.alternative(),
                    v.differentiation(),
                    v.version());
        }

        PositioningInput input() {
            return new PositioningInput(
                    targetCustomer, need, productName, category, keyBenefit, alternative, differentiation);
        }
    }

    record CanvasForm(
            String problem,
            String existingAlternatives,
            String customerSegments,
            String earlyAdopters,
            String uniqueValueProposition,
            String solution,
            String channels,
            String revenueStreams,
            String costStructure,
            String keyMetrics,
            String unfairAdvantage,
            Integer version) {

        static CanvasForm of(LeanCanvasView v) {
            return new CanvasForm(
                    v.problem(),
                    v.existingAlternatives(),
                    v.customerSegments(),
                    v.earlyAdopters(),
                    v.uniqueValueProposition(),
                    v.solution(),
                    v.channels(),
                    v.revenueStreams(),
                    v.costStructure(),
                    v.keyMetrics(),
                    v.unfairAdvantage(),
                    v.version());
        }

        LeanCanvasInput input() {
            return new LeanCanvasInput(
                    problem,
                    existingAlternatives,
                    customerSegments,
                    earlyAdopters,
                    uniqueValueProposition,
                    solution,
                    channels,
                    revenueStreams,
                    costStructure,
                    keyMetrics,
                    unfairAdvantage);
        }

        CanvasForm withVersion(int v) {
            return new CanvasForm(
                    problem,
                    existingAlternatives,
                    customerSegments,
                    earlyAdopters,
                    uniqueValueProposition,
                    solution,
                    channels,
                    revenueStreams,
                    costStructure,
                    keyMetrics,
                    unfairAdvantage,
                    v);
        }
    }

    private final Strategies strategies;
    private final Positioning positioning;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StrategyPages(Strategies strategies, Positioning positioning, Workspaces workspaces, MessageSource messages) {
        this.strategies = strategies;
        this.positioning = positioning;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping("/strategy")
    String strategy(@PathVariable UUID productId, Model model) {
        StrategyWeb.page(workspaces, productId, "strategy", model);
        StrategyView s = strategies.get(productId);
        model.addAttribute("strategy", s);
        model.addAttribute("visionHtml", Markdown.toHtml(s.vision()));
        model.addAttribute("narrativeHtml", Markdown.toHtml(s.narrative()));
        return "strategy/vision";
    }

    @GetMapping("/strategy/edit")
    String editStrategy(@PathVariable UUID productId, Model model) {
        StrategyView s = strategies.get(productId);
        return strategyForm(productId, new VisionForm(s.vision(), s.narrative(), s.version()), model);
    }

    @PostMapping("/strategy")
    String saveStrategy(
            @PathVariable UUID productId, @ModelAttribute VisionForm form, Model model, RedirectAttributes flash) {
        try {
            strategies.save(
                    productId,
                    form.version() == null ? 0 : form.version(),
                    new StrategyInput(form.vision(), form.narrative()));
            flash.addFlashAttribute("flash", msg("strategy.vision.saved"));
            return "redirect:/products/" + productId + "/strategy";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return strategyForm(productId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            return strategyForm(
                    productId,
                    new VisionForm(
                            form.vision(),
                            form.narrative(),
                            strategies.get(productId).version()),
                    model);
        }
    }

    private String strategyForm(UUID productId, VisionForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "strategy", model);
        model.addAttribute("form", form);
        return "strategy/vision-form";
    }

    @GetMapping("/positioning")
    String positioning(@PathVariable UUID productId, Model model) {
        StrategyWeb.page(workspaces, productId, "positioning", model);
        model.addAttribute("statement", positioning.statement(productId));
        model.addAttribute("canvas", positioning.canvas(productId));
        return "strategy/positioning";
    }

    @GetMapping("/positioning/edit")
    String editStatement(@PathVariable UUID productId, Model model) {
        return statementForm(productId, PositioningForm.of(positioning.statement(productId)), model);
    }

    @PostMapping("/positioning")
    String saveStatement(
            @PathVariable UUID productId, @ModelAttribute PositioningForm form, Model model, RedirectAttributes flash) {
        try {
            positioning.saveStatement(productId, form.version() == null ? 0 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("strategy.positioning.saved"));
            return "redirect:/products/" + productId + "/positioning";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return statementForm(productId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            PositioningForm f = form;
            return statementForm(
                    productId,
                    new PositioningForm(
                            f.targetCustomer(),
                            f.need(),
                            f.productName(),
                            f.category(),
                            f.keyBenefit(),
                            f.alternative(),
                            f.differentiation(),
                            positioning.statement(productId).version()),
                    model);
        }
    }

    private String statementForm(UUID productId, PositioningForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "positioning", model);
        model.addAttribute("form", form);
        model.addAttribute("values", StrategyWeb.values(form));
        return "strategy/positioning-form";
    }

    @GetMapping("/positioning/canvas/edit")
    String editCanvas(@PathVariable UUID productId, Model model) {
        return canvasForm(productId, CanvasForm.of(positioning.canvas(productId)), model);
    }

    @PostMapping("/positioning/canvas")
    String saveCanvas(
            @PathVariable UUID productId, @ModelAttribute CanvasForm form, Model model, RedirectAttributes flash) {
        try {
            positioning.saveCanvas(productId, form.version() == null ? 0 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("strategy.canvas.saved"));
            return "redirect:/products/" + productId + "/positioning#canvas";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return canvasForm(productId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            return canvasForm(
                    productId, form.withVersion(positioning.canvas(productId).version()), model);
        }
    }

    private String canvasForm(UUID productId, CanvasForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "positioning", model);
        model.addAttribute("form", form);
        model.addAttribute("values", StrategyWeb.values(form));
        return "strategy/canvas-form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
