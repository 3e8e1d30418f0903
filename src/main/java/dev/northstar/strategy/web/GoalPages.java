package dev.northstar.strategy.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.strategy.GoalInput;
import dev.northstar.strategy.GoalStatus;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import dev.northstar.strategy.KeyResultView;
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
@RequestMapping("/products/{productId}/goals")
class GoalPages {

    record GoalForm(
            String title,
            String description,
            String period,
            String startsOn,
            String endsOn,
            String owner,
            String status,
            Integer version) {

        static GoalForm of(GoalView g) {
            return new GoalForm(
                    g.title(),
                    g.description(),
                    g.period(),
                    g.startsOn() == null ? null : g.startsOn().toString(),
                    g.endsOn() == null ? null : g.endsOn().toString(),
                    g.owner(),
                    g.status().name(),
                    g.version());
        }

        GoalInput input() {
            return StrategyWeb.goal(title, description, period, startsOn, endsOn, owner, status, null);
        }

        GoalForm withVersion(int v) {
            return new GoalForm(title, description, period, startsOn, endsOn, owner, status, v);
        }
    }

    record KeyResultForm(String title, String unit, String baseline, String target, String current, Integer version) {

        static final KeyResultForm EMPTY = new KeyResultForm(null, null, null, null, null, null);

        static KeyResultForm of(KeyResultView k) {
            return new KeyResultForm(
                    k.title(),
                    k.unit(),
                    Numbers.plain(k.baseline()),
                    Numbers.plain(k.target()),
                    Numbers.plain(k.current()),
                    k.version());
        }

        StrategyWeb.KeyResultFields fields() {
            return new StrategyWeb.KeyResultFields(null, title, unit, baseline, target, current);
        }
    }

    private final Goals goals;
    private final Workspaces workspaces;
    private final MessageSource messages;

    GoalPages(Goals goals, Workspaces workspaces, MessageSource messages) {
        this.goals = goals;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable UUID productId, @RequestParam(required = false) Integer page, Model model) {
        StrategyWeb.page(workspaces, productId, "goals", model);
        Paging paging = Paging.of(page, 50);
        model.addAttribute("goals", goals.list(productId, paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("numbers", new Numbers());
        return "strategy/goals/list";
    }

    @GetMapping("/new")
    String create(@PathVariable UUID productId, Model model) {
        return form(
                productId,
                null,
                new GoalForm(null, null, null, null, null, null, GoalStatus.PLANNED.name(), null),
                model);
    }

    @PostMapping
    String save(@PathVariable UUID productId, @ModelAttribute GoalForm form, Model model, RedirectAttributes flash) {
        try {
            GoalView g = goals.create(productId, form.input());
            flash.addFlashAttribute("flash", msg("strategy.goal.created", g.title()));
            return "redirect:/products/" + productId + "/goals/" + g.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, null, form, model);
        }
    }

    @GetMapping("/{goalId}")
    String view(@PathVariable UUID productId, @PathVariable UUID goalId, Model model) {
        return view(productId, goals.get(productId, goalId), KeyResultForm.EMPTY, model);
    }

    private String view(UUID productId, GoalView goal, KeyResultForm krForm, Model model) {
        StrategyWeb.page(workspaces, productId, "goals", model);
        model.addAttribute("goal", goal);
        model.addAttribute("krForm", krForm);
        model.addAttribute("numbers", new Numbers());
        return "strategy/goals/view";
    }

    @GetMapping("/{goalId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID goalId, Model model) {
        return form(productId, goalId, GoalForm.of(goals.get(productId, goalId)), model);
    }

    @PostMapping("/{goalId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @ModelAttribute GoalForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            goals.update(productId, goalId, form.version() == null ? -1 : form.version(), form.input());
            flash.addFlashAttribute("flash", msg("strategy.goal.saved"));
            return "redirect:/products/" + productId + "/goals/" + goalId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, goalId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            return form(
                    productId,
                    goalId,
                    form.withVersion(goals.get(productId, goalId).version()),
                    model);
        }
    }

    @PostMapping("/{goalId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID goalId, RedirectAttributes flash) {
        GoalView g = goals.get(productId, goalId);
        goals.delete(productId, goalId);
        flash.addFlashAttribute("flash", msg("strategy.goal.deleted", g.title()));
        return "redirect:/products/" + productId + "/goals";
    }

    @PostMapping("/{goalId}/key-results")
    String addKeyResult(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @ModelAttribute KeyResultForm form,
            Model model,
            RedirectAttributes flash) {
        GoalView goal = goals.get(productId, goalId);
        try {
            KeyResultView kr =
                    goals.addKeyResult(productId, goalId, form.fields().input());
            flash.addFlashAttribute("flash", msg("strategy.kr.created", kr.title()));
            return "redirect:/products/" + productId + "/goals/" + goalId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return view(productId, goal, form, model);
        }
    }

    @GetMapping("/{goalId}/key-results/{keyResultId}/edit")
    String editKeyResult(
            @PathVariable UUID productId, @PathVariable UUID goalId, @PathVariable UUID keyResultId, Model model) {
        return keyResultForm(
                productId,
                goals.get(productId, goalId),
                keyResultId,
                KeyResultForm.of(goals.getKeyResult(productId, goalId, keyResultId)),
                model);
    }

    @PostMapping("/{goalId}/key-results/{keyResultId}")
    String updateKeyResult(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @PathVariable UUID keyResultId,
            @ModelAttribute KeyResultForm form,
            Model model,
            RedirectAttributes flash) {
        GoalView goal = goals.get(productId, goalId);
        try {
            goals.updateKeyResult(
                    productId,
                    goalId,
                    keyResultId,
                    form.version() == null ? -1 : form.version(),
                    form.fields().input());
            flash.addFlashAttribute("flash", msg("strategy.kr.saved"));
            return "redirect:/products/" + productId + "/goals/" + goalId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return keyResultForm(productId, goal, keyResultId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("strategy.conflict"));
            KeyResultView current = goals.getKeyResult(productId, goalId, keyResultId);
            return keyResultForm(
                    productId,
                    goal,
                    keyResultId,
                    new KeyResultForm(
                            form.title(),
                            form.unit(),
                            form.baseline(),
                            form.target(),
                            form.current(),
                            current.version()),
                    model);
        }
    }

    /** A check-in: only the current value changes. */
    @PostMapping("/{goalId}/key-results/{keyResultId}/current")
    String checkIn(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @PathVariable UUID keyResultId,
            @RequestParam(required = false) String current,
            Model model,
            RedirectAttributes flash) {
        try {
            KeyResultView kr = goals.recordCurrent(
                    productId, goalId, keyResultId, StrategyWeb.number(current, "current", "Current value"));
            flash.addFlashAttribute("flash", msg("strategy.kr.checkedIn", kr.title(), kr.percent()));
            return "redirect:/products/" + productId + "/goals/" + goalId;
        } catch (InvalidInputException e) {
            model.addAttribute("checkInError", e);
            model.addAttribute("errorKeyResult", keyResultId);
            return view(productId, goals.get(productId, goalId), KeyResultForm.EMPTY, model);
        }
    }

    @PostMapping("/{goalId}/key-results/{keyResultId}/delete")
    String deleteKeyResult(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @PathVariable UUID keyResultId,
            RedirectAttributes flash) {
        KeyResultView kr = goals.getKeyResult(productId, goalId, keyResultId);
        goals.deleteKeyResult(productId, goalId, keyResultId);
        flash.addFlashAttribute("flash", msg("strategy.kr.deleted", kr.title()));
        return "redirect:/products/" + productId + "/goals/" + goalId;
    }

    private String keyResultForm(UUID productId, GoalView goal, UUID keyResultId, KeyResultForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "goals", model);
        model.addAttribute("goal", goal);
        model.addAttribute("keyResultId", keyResultId);
        model.addAttribute("krForm", form);
        return "strategy/goals/key-result-form";
    }

    private String form(UUID productId, UUID goalId, GoalForm form, Model model) {
        StrategyWeb.editorPage(workspaces, productId, "goals", model);
        model.addAttribute("goalId", goalId);
        model.addAttribute("form", form);
        model.addAttribute("statuses", GoalStatus.values());
        return "strategy/goals/form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
