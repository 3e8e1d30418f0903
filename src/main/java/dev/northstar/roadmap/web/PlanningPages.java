package dev.northstar.roadmap.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.Features;
import dev.northstar.roadmap.DependencyInput;
import dev.northstar.roadmap.ItemInput;
import dev.northstar.roadmap.Period;
import dev.northstar.roadmap.PlanView;
import dev.northstar.roadmap.ReleaseInput;
import dev.northstar.roadmap.RoadmapPlans;
import dev.northstar.roadmap.RoadmapSettings;
import dev.northstar.roadmap.Roadmaps;
import dev.northstar.roadmap.TeamInput;
import dev.northstar.roadmap.TeamView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Setting the roadmap up and planning it: horizon, teams and capacity, releases (setup); placing features and their
 * dependencies (schedule); running the optimizer and accepting its plan (plan).
 */
@Controller
@RequestMapping("/products/{productId}/roadmap")
class PlanningPages {

    /** Capacity fields are named cap.{period key}. */
    static final String CAP = "cap.";

    private final Roadmaps roadmaps;
    private final RoadmapPlans plans;
    private final Features features;
    private final Workspaces workspaces;
    private final MessageSource messages;

    PlanningPages(
            Roadmaps roadmaps, RoadmapPlans plans, Features features, Workspaces workspaces, MessageSource messages) {
        this.roadmaps = roadmaps;
        this.plans = plans;
        this.features = features;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    // setup

    @GetMapping("/setup")
    String setup(@PathVariable UUID productId, Model model) {
        RoadmapWeb.page(workspaces, productId, model);
        RoadmapSettings settings = roadmaps.settings(productId);
        model.addAttribute("settings", settings);
        model.addAttribute("periods", roadmaps.periods(productId));
        model.addAttribute("teams", roadmaps.teams(productId));
        model.addAttribute("releases", roadmaps.releases(productId));
        model.addAttribute("tab", "setup");
        return "roadmap/setup";
    }

    @PostMapping("/settings")
    String settings(
            @PathVariable UUID productId,
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String horizon,
            @RequestParam(required = false) String start,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            roadmaps.updateSettings(productId, granularity, RoadmapWeb.integer(horizon, "horizon"), start);
            flash.addFlashAttribute("flash", msg("roadmap.settings.saved"));
            return "redirect:/products/" + productId + "/roadmap/setup";
        } catch (InvalidInputException e) {
            return setupAgain(productId, e, model, response);
        }
    }

    @PostMapping("/teams")
    String createTeam(
            @PathVariable UUID productId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            TeamView t = roadmaps.createTeam(
                    productId,
                    new TeamInput(params.getFirst("name"), RoadmapWeb.integer(params.getFirst("members"), "members")),
                    capacity(params));
            flash.addFlashAttribute("flash", msg("roadmap.team.created", t.name()));
            return "redirect:/products/" + productId + "/roadmap/setup";
        } catch (InvalidInputException e) {
            return setupAgain(productId, e, model, response);
        }
    }

    @PostMapping("/teams/{teamId}")
    String updateTeam(
            @PathVariable UUID productId,
            @PathVariable UUID teamId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            TeamView t = roadmaps.updateTeam(
                    productId,
                    teamId,
                    new TeamInput(params.getFirst("name"), RoadmapWeb.integer(params.getFirst("members"), "members")),
                    capacity(params));
            flash.addFlashAttribute("flash", msg("roadmap.team.saved", t.name()));
            return "redirect:/products/" + productId + "/roadmap/setup";
        } catch (InvalidInputException e) {
            model.addAttribute("errorTeam", teamId);
            return setupAgain(productId, e, model, response);
        }
    }

    @PostMapping("/teams/{teamId}/delete")
    String deleteTeam(@PathVariable UUID productId, @PathVariable UUID teamId, RedirectAttributes flash) {
        TeamView t = roadmaps.team(productId, teamId);
        roadmaps.deleteTeam(productId, teamId);
        flash.addFlashAttribute("flash", msg("roadmap.team.deleted", t.name()));
        return "redirect:/products/" + productId + "/roadmap/setup";
    }

    @PostMapping("/releases")
    String createRelease(
            @PathVariable UUID productId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String description,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            roadmaps.createRelease(productId, new ReleaseInput(name, RoadmapWeb.date(date, "date"), description));
            flash.addFlashAttribute("flash", msg("roadmap.release.created", name));
            return "redirect:/products/" + productId + "/roadmap/setup";
        } catch (InvalidInputException e) {
            model.addAttribute("releaseForm", Map.of("name", n(name), "date", n(date), "description", n(description)));
            return setupAgain(productId, e, model, response);
        }
    }

    @PostMapping("/releases/{releaseId}/delete")
    String deleteRelease(@PathVariable UUID productId, @PathVariable UUID releaseId, RedirectAttributes flash) {
        roadmaps.deleteRelease(productId, releaseId);
        flash.addFlashAttribute("flash", msg("roadmap.release.deleted"));
        return "redirect:/products/" + productId + "/roadmap/setup";
    }

    private String setupAgain(UUID productId, InvalidInputException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("error", e);
        return setup(productId, model);
    }

    private static Map<String, Double> capacity(MultiValueMap<String, String> params) {
        Map<String, Double> out = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(CAP)) {
                String key = name.substring(CAP.length());
                Period.parse(key, "capacity");
                out.put(key, RoadmapWeb.number(values.isEmpty() ? null : values.getFirst(), "capacity"));
            }
        });
        return out;
    }

    // schedule: items and dependencies

    @GetMapping("/schedule")
    String schedule(@PathVariable UUID productId, Model model) {
        RoadmapWeb.page(workspaces, productId, model);
        model.addAttribute("items", roadmaps.items(productId));
        model.addAttribute("teams", roadmaps.teams(productId));
        model.addAttribute("periods", roadmaps.periods(productId));
        model.addAttribute(
                "features",
                features.all(productId).stream()
                        .filter(f -> f.status() != FeatureStatus.ARCHIVED)
                        .toList());
        model.addAttribute("dependencies", roadmaps.dependencies(productId));
        model.addAttribute("tab", "schedule");
        return "roadmap/schedule";
    }

    @PostMapping("/items")
    String place(
            @PathVariable UUID productId,
            @RequestParam(required = false) String featureId,
            @RequestParam(required = false) String teamId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String committed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            var item = roadmaps.place(
                    productId,
                    new ItemInput(
                            RoadmapWeb.uuid(featureId, "featureId"),
                            RoadmapWeb.uuid(teamId, "teamId"),
                            period,
                            committed != null));
            flash.addFlashAttribute("flash", msg("roadmap.item.placed", item.featureTitle(), item.periodLabel()));
            return "redirect:/products/" + productId + "/roadmap/schedule";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e);
            return schedule(productId, model);
        }
    }

    @PostMapping("/items/{featureId}/delete")
    String unplace(@PathVariable UUID productId, @PathVariable UUID featureId, RedirectAttributes flash) {
        roadmaps.unplace(productId, featureId);
        flash.addFlashAttribute("flash", msg("roadmap.item.removed"));
        return "redirect:/products/" + productId + "/roadmap/schedule";
    }

    @PostMapping("/dependencies")
    String addDependency(
            @PathVariable UUID productId,
            @RequestParam(required = false) String featureId,
            @RequestParam(required = false) String needsFeatureId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            roadmaps.addDependency(
                    productId,
                    new DependencyInput(
                            RoadmapWeb.uuid(featureId, "featureId"),
                            RoadmapWeb.uuid(needsFeatureId, "needsFeatureId")));
            flash.addFlashAttribute("flash", msg("roadmap.dependency.added"));
            return "redirect:/products/" + productId + "/roadmap/schedule#dependencies";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e);
            return schedule(productId, model);
        }
    }

    @PostMapping("/dependencies/delete")
    String removeDependency(
            @PathVariable UUID productId,
            @RequestParam UUID featureId,
            @RequestParam UUID needsFeatureId,
            RedirectAttributes flash) {
        roadmaps.removeDependency(productId, new DependencyInput(featureId, needsFeatureId));
        flash.addFlashAttribute("flash", msg("roadmap.dependency.removed"));
        return "redirect:/products/" + productId + "/roadmap/schedule#dependencies";
    }

    // the optimizer

    @GetMapping("/plan")
    String plan(@PathVariable UUID productId, @RequestParam(required = false) UUID id, Model model) {
        Role role = RoadmapWeb.page(workspaces, productId, model);
        PlanView plan =
                id != null ? plans.get(productId, id) : plans.latest(productId).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("teams", roadmaps.teams(productId));
        model.addAttribute("periods", roadmaps.periods(productId));
        model.addAttribute(
                "frameworks",
                java.util.Arrays.stream(dev.northstar.prioritization.Framework.values())
                        .filter(f -> f != dev.northstar.prioritization.Framework.SCORECARD)
                        .toList());
        model.addAttribute("tab", "plan");
        model.addAttribute("canPlan", role.atLeast(Role.EDITOR));
        return "roadmap/plan";
    }

    @PostMapping("/plan")
    String runPlan(
            @PathVariable UUID productId,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String seconds,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            Integer s = RoadmapWeb.integer(seconds, "seconds");
            PlanView plan = plans.plan(productId, framework, s == null ? null : Duration.ofSeconds(s));
            flash.addFlashAttribute(
                    "flash",
                    msg(
                            "roadmap.plan.done",
                            plan.scheduled().size(),
                            plan.unscheduled().size()));
            return "redirect:/products/" + productId + "/roadmap/plan?id=" + plan.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e);
            return plan(productId, null, model);
        }
    }

    @PostMapping("/plan/{planId}/accept")
    String accept(
            @PathVariable UUID productId,
            @PathVariable UUID planId,
            @RequestParam(required = false) List<String> featureIds,
            @RequestParam(required = false) String all,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            List<UUID> chosen = RoadmapWeb.uuids(featureIds, "featureIds");
            if (all == null && chosen.isEmpty()) {
                throw new InvalidInputException("featureIds", msg("roadmap.plan.tickSome"));
            }
            plans.accept(productId, planId, all != null ? null : chosen);
            flash.addFlashAttribute(
                    "flash", msg("roadmap.plan.accepted", all != null ? msg("roadmap.plan.all") : chosen.size()));
            return "redirect:/products/" + productId + "/roadmap/plan?id=" + planId;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e);
            return plan(productId, planId, model);
        }
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
