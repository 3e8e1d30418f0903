package dev.northstar.prioritization.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.EvidenceSettings;
import dev.northstar.prioritization.Framework;
import dev.northstar.prioritization.RankedFeature;
import dev.northstar.prioritization.Rankings;
import dev.northstar.prioritization.Scorecard;
import dev.northstar.prioritization.Scorecards;
import dev.northstar.prioritization.Scores;
import dev.northstar.prioritization.Sensitivity;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

/** The ranking page: a tab per framework, the manual ranking with reasons, the 2×2 chart and the sensitivity view. */
@Controller
@RequestMapping("/products/{productId}/ranking")
class RankingPages {

    record Tab(String key, String label, boolean current) {}

    record Row(RankedFeature feature, List<String> lines, UUID next) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Rankings rankings;
    private final Scores scores;
    private final Scorecards scorecards;
    private final Workspaces workspaces;
    private final MessageSource messages;

    RankingPages(
            Rankings rankings, Scores scores, Scorecards scorecards, Workspaces workspaces, MessageSource messages) {
        this.rankings = rankings;
        this.scores = scores;
        this.scorecards = scorecards;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String page(
            @PathVariable UUID productId,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String upper,
            @RequestParam(required = false) String lower,
            Model model) {
        return render(productId, framework, page, upper, lower, model);
    }

    @PostMapping("/moves")
    String move(
            @PathVariable UUID productId,
            @RequestParam(required = false) String featureId,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        try {
            UUID id = FeatureWeb.uuid(featureId, "featureId");
            if (id == null) {
                throw new InvalidInputException("featureId", "Pick the feature to move");
            }
            Double pos = FeatureWeb.number(position, "position");
            if (pos == null || pos != Math.rint(pos)) {
                throw new InvalidInputException("position", "Give the new position as a whole number, 1 first");
            }
            List<RankedFeature> after = rankings.move(productId, id, pos.intValue(), reason);
            String title = after.stream()
                    .filter(f -> f.id().equals(id))
                    .map(RankedFeature::title)
                    .findFirst()
                    .orElse("");
            int rank = after.stream()
                    .filter(f -> f.id().equals(id))
                    .mapToInt(RankedFeature::rank)
                    .findFirst()
                    .orElse(pos.intValue());
            flash.addFlashAttribute("flash", text("ranking.moved", title, rank));
            return "redirect:/products/" + productId + "/ranking?framework=manual";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("moveFeature", featureId);
            model.addAttribute("movePosition", position);
            model.addAttribute("moveReason", reason);
            return render(productId, Rankings.MANUAL, null, null, null, model);
        }
    }

    @PostMapping("/evidence-settings")
    String settings(
            @PathVariable UUID productId,
            @RequestParam(required = false) String halfLifeDays,
            @RequestParam(required = false) String weighting,
            @RequestParam(required = false) String segmentWeights,
            @RequestParam(required = false) String framework,
            Model model,
            RedirectAttributes flash) {
        try {
            Double days = FeatureWeb.number(halfLifeDays, "halfLifeDays");
            if (days == null || days != Math.rint(days)) {
                throw new InvalidInputException("halfLifeDays", "Half-life must be a whole number of days");
            }
            scores.changeEvidenceSettings(
                    productId,
                    new EvidenceSettings(
                            days.intValue(),
                            EvidenceSettings.Weighting.parse(weighting, "weighting"),
                            EvidenceSettings.parseSegmentWeights(segmentWeights)));
            flash.addFlashAttribute("flash", text("ranking.settingsSaved"));
            return "redirect:/products/" + productId + "/ranking"
                    + (framework == null ? "" : "?framework=" + framework);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return render(productId, framework, null, null, null, model);
        }
    }

    private String render(UUID productId, String framework, Integer page, String upper, String lower, Model model) {
        FeatureWeb.page(workspaces, productId, "ranking", model);
        String key = framework == null || framework.isBlank()
                ? Framework.RICE.key()
                : framework.strip().toLowerCase();
        List<Scorecard> cards = scorecards.list(productId);
        List<Tab> tabs = new ArrayList<>();
        for (Framework f : Framework.values()) {
            if (f != Framework.SCORECARD) {
                tabs.add(new Tab(f.key(), f.label(), f.key().equals(key)));
            }
        }
        for (Scorecard c : cards) {
            tabs.add(new Tab(c.key().value(), c.name(), c.key().value().equals(key)));
        }
        tabs.add(new Tab(Rankings.EVIDENCE, text("ranking.evidence"), Rankings.EVIDENCE.equals(key)));
        tabs.add(new Tab(Rankings.MANUAL, text("ranking.manual"), Rankings.MANUAL.equals(key)));
        boolean manual = Rankings.MANUAL.equals(key);
        Paging paging = manual ? new Paging(0, 500) : Paging.of(page, 50);
        PageResult<RankedFeature> ranked = rankings.rank(productId, key, paging);
        List<Row> rows = new ArrayList<>();
        List<RankedFeature> items = ranked.items();
        for (int i = 0; i < items.size(); i++) {
            RankedFeature f = items.get(i);
            rows.add(new Row(
                    f,
                    manual ? List.of() : Breakdowns.lines(key, f.breakdown()),
                    i + 1 < items.size() ? items.get(i + 1).id() : null));
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("framework", key);
        model.addAttribute("manual", manual);
        model.addAttribute("rows", rows);
        model.addAttribute("ranked", ranked);
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("pagerBase", "/products/" + productId + "/ranking?framework=" + key);
        model.addAttribute("settings", scores.evidenceSettings(productId));
        if (manual) {
            model.addAttribute("moves", rankings.moves(productId, null, new Paging(0, 20)));
        }
        if (Framework.VALUE_EFFORT.key().equals(key)) {
            model.addAttribute("points", JSON.writeValueAsString(rankings.valueEffortPoints(productId)));
        }
        model.addAttribute("evidence", Rankings.EVIDENCE.equals(key));
        if (!manual && !Framework.KANO.key().equals(key) && !Rankings.EVIDENCE.equals(key) && items.size() >= 2) {
            try {
                Sensitivity sensitivity = rankings.sensitivity(
                        productId, key, FeatureWeb.uuid(upper, "upper"), FeatureWeb.uuid(lower, "lower"));
                model.addAttribute("sensitivity", sensitivity);
                items.stream()
                        .filter(f -> f.id().equals(sensitivity.upper().featureId()))
                        .findFirst()
                        .ifPresent(f -> model.addAttribute("sensitivityRank", f.rank()));
            } catch (InvalidInputException e) {
                model.addAttribute("sensitivityError", e.getMessage());
            }
        }
        return "prioritization/ranking";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static String num(Double d) {
        return d == null ? null : Breakdowns.num(d);
    }

    /** For the template: a sensitivity move's needed value and change as text. */
    static String change(Sensitivity.Move m) {
        if (m.needed() == null) {
            return null;
        }
        double c = m.change();
        return (c > 0 ? "+" : "") + Breakdowns.num(c);
    }
}
