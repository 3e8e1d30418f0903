package dev.northstar.demo;

import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyDraft;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyStatus;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import dev.northstar.prioritization.EvidenceSettings;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.prioritization.Rankings;
import dev.northstar.prioritization.Scorecard;
import dev.northstar.prioritization.Scorecards;
import dev.northstar.prioritization.Scores;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores for the demo's features (demo/cadence/scores.json, keyed by feature title): the evidence
 * weighting, a scorecard, each feature's inputs in several frameworks, a Kano survey answered by
 * customers and classified for its feature, and a manual ranking with the reasons behind it.
 */
@Component
class ScoresDemo implements DemoPart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Features features;
    private final Scores scores;
    private final Scorecards scorecards;
    private final Rankings rankings;
    private final Surveys surveys;

    ScoresDemo(Features features, Scores scores, Scorecards scorecards, Rankings rankings, Surveys surveys) {
        this.features = features;
        this.scores = scores;
        this.scorecards = scorecards;
        this.rankings = rankings;
        this.surveys = surveys;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void load(UUID productId) {
        JsonNode demo = DemoFiles.read("demo/cadence/scores.json");
        Map<String, UUID> featureIds = new HashMap<>();
        for (FeatureView f : features.all(productId)) {
            featureIds.put(f.title(), f.id());
        }

        JsonNode s = demo.get("evidenceSettings");
        Map<String, Double> weights = new LinkedHashMap<>();
        s.get("segmentWeights")
                .properties()
                .forEach(e -> weights.put(e.getKey(), e.getValue().asDouble()));
        scores.changeEvidenceSettings(
                productId,
                new EvidenceSettings(
                        s.get("halfLifeDays").asInt(),
                        EvidenceSettings.Weighting.parse(DemoFiles.text(s, "weighting"), "weighting"),
                        weights));

        Map<String, String> cardKeys = new HashMap<>();
        for (JsonNode c : demo.get("scorecards")) {
            List<Scorecard.Driver> drivers = new ArrayList<>();
            for (JsonNode d : c.get("drivers")) {
                drivers.add(new Scorecard.Driver(
                        null,
                        DemoFiles.text(d, "name"),
                        d.get("weight").asDouble(),
                        d.get("min").asDouble(),
                        d.get("max").asDouble()));
            }
            Scorecard card =
                    scorecards.create(productId, DemoFiles.text(c, "name"), DemoFiles.text(c, "description"), drivers);
            cardKeys.put("scorecard:" + card.name(), card.key().value());
        }

        for (Map.Entry<String, JsonNode> f : demo.get("scores").properties()) {
            UUID featureId = feature(featureIds, f.getKey());
            for (Map.Entry<String, JsonNode> score : f.getValue().properties()) {
                String framework = cardKeys.getOrDefault(score.getKey(), score.getKey());
                scores.put(productId, featureId, framework, map(score.getValue()));
            }
        }

        for (JsonNode k : demo.get("kanoSurveys")) {
            kano(productId, feature(featureIds, DemoFiles.text(k, "feature")), k);
        }

        for (JsonNode m : demo.get("manualRanking")) {
            rankings.move(
                    productId,
                    feature(featureIds, DemoFiles.text(m, "feature")),
                    m.get("position").asInt(),
                    DemoFiles.text(m, "reason"));
        }
    }

    /** A small Kano survey in discovery, answered by customers, classified for its feature. */
    private void kano(UUID productId, UUID featureId, JsonNode k) {
        List<String> answers =
                List.of("I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it");
        SurveyView survey = surveys.create(
                productId,
                new SurveyDraft(
                        DemoFiles.text(k, "title"),
                        DemoFiles.text(k, "intro"),
                        List.of(
                                new SurveyQuestion(
                                        "functional",
                                        QuestionType.SINGLE_CHOICE,
                                        DemoFiles.text(k, "functional"),
                                        answers,
                                        true),
                                new SurveyQuestion(
                                        "dysfunctional",
                                        QuestionType.SINGLE_CHOICE,
                                        DemoFiles.text(k, "dysfunctional"),
                                        answers,
                                        true))));
        LocalDate day = LocalDate.parse(DemoFiles.text(k, "from"));
        int n = 0;
        for (JsonNode pair : k.get("pairs")) {
            int times = pair.get("times").asInt();
            for (int i = 0; i < times; i++) {
                surveys.recordResponse(
                        productId,
                        survey.id(),
                        "Respondent " + (++n),
                        day.plusDays(n % 9).atTime(10, 0).toInstant(ZoneOffset.UTC),
                        Map.of(
                                "functional",
                                DemoFiles.text(pair, "functional"),
                                "dysfunctional",
                                DemoFiles.text(pair, "dysfunctional")));
            }
        }
        surveys.changeStatus(productId, survey.id(), SurveyStatus.OPEN);
        surveys.changeStatus(productId, survey.id(), SurveyStatus.CLOSED);
        scores.put(
                productId,
                featureId,
                "kano",
                Map.of(
                        "surveyId",
                        survey.id().toString(),
                        "functionalQuestion",
                        "functional",
                        "dysfunctionalQuestion",
                        "dysfunctional"));
    }

    private static UUID feature(Map<String, UUID> ids, String title) {
        UUID id = ids.get(title);
        if (id == null) {
            throw new IllegalStateException("scores.json names no demo feature: " + title);
        }
        return id;
    }

    private static Map<String, Object> map(JsonNode node) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.treeToValue(node, Map.class);
        return m;
    }
}
