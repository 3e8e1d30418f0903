package dev.northstar.demo;

import static dev.northstar.demo.DemoFiles.number;
import static dev.northstar.demo.DemoFiles.text;

import dev.northstar.strategy.CompetitorInput;
import dev.northstar.strategy.Competitors;
import dev.northstar.strategy.CriterionInput;
import dev.northstar.strategy.CriterionView;
import dev.northstar.strategy.GoalInput;
import dev.northstar.strategy.GoalStatus;
import dev.northstar.strategy.Goals;
import dev.northstar.strategy.KeyResultInput;
import dev.northstar.strategy.LeanCanvasInput;
import dev.northstar.strategy.Positioning;
import dev.northstar.strategy.PositioningInput;
import dev.northstar.strategy.RatingInput;
import dev.northstar.strategy.Strategies;
import dev.northstar.strategy.StrategyInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Cadence's vision and narrative, goals with key results, competitors, positioning and Lean Canvas (demo/cadence/strategy.json). */
@Component
class StrategyDemo implements DemoPart {

    private final Strategies strategies;
    private final Goals goals;
    private final Competitors competitors;
    private final Positioning positioning;

    StrategyDemo(Strategies strategies, Goals goals, Competitors competitors, Positioning positioning) {
        this.strategies = strategies;
        this.goals = goals;
        this.competitors = competitors;
        this.positioning = positioning;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(UUID productId) {
        JsonNode s = DemoFiles.read("demo/cadence/strategy.json");
        strategies.save(productId, 0, new StrategyInput(text(s, "vision"), text(s, "narrative")));

        for (JsonNode g : s.get("goals")) {
            List<KeyResultInput> krs = new ArrayList<>();
            for (JsonNode k : g.get("keyResults")) {
                krs.add(new KeyResultInput(
                        null,
                        text(k, "title"),
                        text(k, "unit"),
                        number(k, "baseline"),
                        number(k, "target"),
                        number(k, "current")));
            }
            goals.create(
                    productId,
                    new GoalInput(
                            text(g, "title"),
                            text(g, "description"),
                            text(g, "period"),
                            date(g, "startsOn"),
                            date(g, "endsOn"),
                            text(g, "owner"),
                            GoalStatus.parse(text(g, "status"), "status"),
                            krs));
        }

        Map<String, UUID> criteria = new HashMap<>();
        for (JsonNode c : s.get("criteria")) {
            CriterionView v =
                    competitors.addCriterion(productId, new CriterionInput(text(c, "name"), text(c, "description")));
            criteria.put(v.name(), v.id());
        }
        for (JsonNode c : s.get("competitors")) {
            List<RatingInput> ratings = new ArrayList<>();
            c.get("ratings").properties().forEach(e -> {
                UUID criterion = criteria.get(e.getKey());
                if (criterion == null) {
                    throw new IllegalStateException("demo rating names no criterion: " + e.getKey());
                }
                JsonNode r = e.getValue();
                ratings.add(new RatingInput(
                        criterion, r.has("rating") ? r.get("rating").asInt() : null, text(r, "note")));
            });
            competitors.create(
                    productId,
                    new CompetitorInput(
                            text(c, "name"),
                            text(c, "website"),
                            text(c, "positioning"),
                            text(c, "pricing"),
                            text(c, "strengths"),
                            text(c, "weaknesses"),
                            ratings));
        }

        JsonNode p = s.get("positioning");
        positioning.saveStatement(
                productId,
                0,
                new PositioningInput(
                        text(p, "targetCustomer"),
                        text(p, "need"),
                        text(p, "productName"),
                        text(p, "category"),
                        text(p, "keyBenefit"),
                        text(p, "alternative"),
                        text(p, "differentiation")));
        JsonNode lc = s.get("leanCanvas");
        positioning.saveCanvas(
                productId,
                0,
                new LeanCanvasInput(
                        text(lc, "problem"),
                        text(lc, "existingAlternatives"),
                        text(lc, "customerSegments"),
                        text(lc, "earlyAdopters"),
                        text(lc, "uniqueValueProposition"),
                        text(lc, "solution"),
                        text(lc, "channels"),
                        text(lc, "revenueStreams"),
                        text(lc, "costStructure"),
                        text(lc, "keyMetrics"),
                        text(lc, "unfairAdvantage")));
    }

    private static LocalDate date(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
