package dev.northstar.strategy.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.strategy.CompetitorInput;
import dev.northstar.strategy.CompetitorView;
import dev.northstar.strategy.Competitors;
import dev.northstar.strategy.CriterionInput;
import dev.northstar.strategy.CriterionView;
import dev.northstar.strategy.RatingInput;
import dev.northstar.strategy.RatingView;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

@Controller
@RequestMapping("/products/{productId}/competitors")
class CompetitorPages {

    /** The competitor form; a cell of the matrix comes as {@code rating-<criterionId>} and {@code note-<criterionId>}. */
    record CompetitorForm(
            String name,
            String website,
            String positioning,
            String pricing,
            String strengths,
            String weaknesses,
            Integer version,
            Map<String, String> ratings,
            Map<String, String> notes) {

        static CompetitorForm of(Map<String, String> params) {
            Map<String, String> ratings = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("rating-")) {
                    ratings.put(k.substring(7), v);
                } else if (k.startsWith("note-")) {
                    notes.put(k.substring(5), v);
                }
            });
            String version = params.get("version");
            return new CompetitorForm(
                    params.get("name"),
                    params.get("website"),
                    params.get("positioning"),
                    params.get("pricing"),
                    params.get("strengths"),
                    params.get("weaknesses"),
                    version == null || version.isBlank() ? null : Integer.valueOf(version.strip()),
                    ratings,
                    notes);
        }

        static CompetitorForm of(CompetitorView c) {
            Map<String, String> ratings = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            for (RatingView r : c.ratings()) {
                if (r.rating() != null) {
                    ratings.put(r.criterionId().toString(), r.rating().toString());
                }
                if (r.note() != null) {
                    notes.put(r.criterionId().toString(), r.note());
                }
            }
            return new CompetitorForm(
                    c.name(),
                    c.website(),
                    c.positioning(),
                    c.pricing(),
                    c.strengths(),
                    c.weaknesses(),
                    c.version(),
                    ratings,
                    notes);
        }

        CompetitorForm withVersion(int v) {
            return new CompetitorForm(name, website, positioning, pricing, strengths, weaknesses, v, ratings, notes);
        }

        /** The input with a cell for every criterion (empty ones clear it); errors name rating-<id> / note-<id>. */
        CompetitorInput input(List<CriterionView> criteria) {
            List<InvalidInputException.FieldError> errors = new ArrayList<>();
            List<RatingInput> cells = new ArrayList<>();
            for (CriterionView c : criteria) {
                String id = c.id().toString();
                Integer rating =
                        StrategyWeb.collect(errors, "", () -> StrategyWeb.rating(ratings.get(id), "rating-" + id));
                RatingInput cell = StrategyWeb.collect(errors, "", () -> {
                    try {
                        return new RatingInput(c.id(), rating, notes.get(id));
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException(e.errors().stream()
                                .map(f -> new InvalidInputException.FieldError(f.field() + "-" + id, f.message()))
                                .toList());
                    }
                });
                if (cell != null) {
                    cells.add(cell);
                }
            }
            CompetitorInput in = StrategyWeb.collect(
                    errors,
                    "",
                    () -> new CompetitorInput(name, website, positioning, pricing, strengths, weaknesses, cells));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return in;
        }
    }

    private final Competitors competitors;
    private final Workspaces workspaces;
    private final MessageSource messages;

    CompetitorPages(Competitors competitors, Workspaces workspaces, MessageSource messages) {
        this.competitors = competitors;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String matrix(@PathVariable UUID productId, Model model) {
        return matrix(productId, null, model);
    }

    private String matrix(UUID productId, String criterionName, Model model) {
        StrategyWeb.page(workspaces, productId, "competitors", model);
        model.addAttribute("matrix", competitors.matrix(productId));
        model.addAttribute("criterionName", criterionName);
        return "strategy/competitors/matrix";
    }

    @GetMapping("/new")
    String create(@PathVariable UUID productId, Model model) {
        return form(productId, null, CompetitorForm.of(Map.of()), model);
    }

    @PostMapping
    String save(
            @PathVariable UUID productId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash) {
        CompetitorForm form = CompetitorForm.of(params);
        try {
            CompetitorView c = competitors.create(productId, form.input(competitors.criteria(productId)));
            flash.addFlashAttribute("flash", msg("strategy.competitor.created", c.name()));
            return "redirect:/products/" + productId + "/competitors";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{competitorId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID competitorId, Model model) {
        return form(productId, competitorId, CompetitorForm.of(competitors.get(productId, competitorId)), model);
    }

    @PostMapping("/{competitorId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID competitorId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash) {
        CompetitorForm form = CompetitorForm.of(params);
        try {
            competitors.update(
                    productId,
                    competitorId,
                    form.version() == null ? -1 : form.version(),
                    form.input(competitors.criteria(productId)));
            flash.addFlashAttribute("flash", msg("strategy.competitor.saved"));
            return "redirect:/products/" + productId + "/competitors#competitor-" + competitorId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, competitorId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            return form(
                    productId,
                    competitorId,
                    form.withVersion(competitors.get(productId, competitorId).version()),
                    model);
        }
    }

    @PostMapping("/{competitorId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID competitorId, RedirectAttributes flash) {
        CompetitorView c = competitors.get(productId, competitorId);
        competitors.delete(productId, competitorId);
        flash.addFlashAttribute("flash", msg("strategy.competitor.deleted", c.name()));
        return "redirect:/products/" + productId + "/competitors";
    }

    @PostMapping("/criteria")
    String addCriterion(
            @PathVariable UUID productId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            Model model,
            RedirectAttributes flash) {
        try {
            CriterionView c = competitors.addCriterion(productId, new CriterionInput(name, description));
            flash.addFlashAttribute("flash", msg("strategy.criterion.created", c.name()));
            return "redirect:/products/" + productId + "/competitors";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return matrix(productId, name, model);
        }
    }

    @PostMapping("/criteria/{criterionId}/move")
    String moveCriterion(
            @PathVariable UUID productId,
            @PathVariable UUID criterionId,
            @RequestParam int position,
            RedirectAttributes flash) {
        CriterionView c = competitors.criteria(productId).stream()
                .filter(x -> x.id().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new dev.northstar.common.NotFoundException("criterion"));
        competitors.updateCriterion(productId, criterionId, new CriterionInput(c.name(), c.description()), position);
        return "redirect:/products/" + productId + "/competitors#criteria";
    }

    @PostMapping("/criteria/{criterionId}/delete")
    String deleteCriterion(@PathVariable UUID productId, @PathVariable UUID criterionId, RedirectAttributes flash) {
        competitors.deleteCriterion(productId, criterionId);
        flash.addFlashAttribute("flash", msg("strategy.criterion.deleted"));
        return "redirect:/products/" + productId + "/competitors#criteria";
    }

    private String form(UUID productId, UUID competitorId, CompetitorForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "competitors", model);
        model.addAttribute("competitorId", competitorId);
        model.addAttribute("form", form);
        model.addAttribute("criteria", competitors.criteria(productId));
        return "strategy/competitors/form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
