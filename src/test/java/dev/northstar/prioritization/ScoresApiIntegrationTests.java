package dev.northstar.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyDraft;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.Surveys;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ScoresApiIntegrationTests extends ApiTestSupport {

    @Autowired
    Surveys surveys;

    @Autowired
    FeatureSnapshots snapshots;

    ApiClient owner;
    String workspace;
    String product;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
    }

    private String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    private String feature(String title) {
        return ok(owner.post(api("/features"), Map.of("title", title)))
                .get("id")
                .asString();
    }

    private static Map<String, Object> rice(double reach, double impact, double confidence, double effort) {
        return Map.of("reach", reach, "impact", impact, "confidence", confidence, "effort", effort);
    }

    private static String field(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void scoresAFeatureInRiceWithItsBreakdownAndKeepsEveryChangeWithWho() {
        String f = feature("Working hours per attendee");
        JsonNode score = ok(owner.put(
                api("/features/" + f + "/scores/rice"),
                Map.of("reach", 4000, "impact", 2, "confidence", 80, "effort", 4)));
        assertThat(score.get("score").asDouble()).isEqualTo(1600.0);
        assertThat(score.get("breakdown").get("formula").asString()).isEqualTo("4000 × 2 × 80% / 4 = 1600");
        assertThat(score.get("updatedBy").asString()).isEqualTo("Olivia");

        ok(owner.put(api("/features/" + f + "/scores/rice"), rice(4000, 3, 80, 4)));
        ok(owner.put(api("/features/" + f + "/scores/rice"), rice(4000, 3, 80, 4))); // same inputs: no new entry
        ok(owner.put(api("/features/" + f + "/scores/ice"), Map.of("impact", 8, "confidence", 5, "ease", 3)));

        JsonNode scores = ok(owner.get(api("/features/" + f + "/scores")));
        assertThat(scores.get("items")).hasSize(2);
        JsonNode history = ok(owner.get(api("/features/" + f + "/scores/history")));
        assertThat(history.get("total").asInt()).isEqualTo(3);
        JsonNode newest = history.get("items").get(0);
        assertThat(newest.get("framework").asString()).isEqualTo("ice");
        assertThat(newest.get("changedBy").asString()).isEqualTo("Olivia");
        assertThat(newest.get("changedAt").isNull()).isFalse();
        assertThat(history.get("items").get(2).get("inputs").get("impact").asDouble())
                .isEqualTo(2.0);

        assertThat(owner.delete(api("/features/" + f + "/scores/ice")).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/features/" + f + "/scores"))).get("items"))
                .hasSize(1);
        assertThat(ok(owner.get(api("/features/" + f + "/scores/history")))
                        .get("total")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void refusesInputsOffTheScalesNamingTheFieldAndSavesNothing() {
        String f = feature("Round-robin booking");
        assertThat(field(owner.put(api("/features/" + f + "/scores/rice"), rice(100, 4, 80, 1))))
                .isEqualTo("impact");
        assertThat(field(owner.put(api("/features/" + f + "/scores/rice"), rice(100, 2, 120, 1))))
                .isEqualTo("confidence");
        assertThat(field(owner.put(api("/features/" + f + "/scores/rice"), rice(100, 2, 80, 0))))
                .isEqualTo("effort");
        assertThat(field(owner.put(api("/features/" + f + "/scores/rice"), Map.of("impact", 2))))
                .isEqualTo("reach");
        assertThat(field(owner.put(api("/features/" + f + "/scores/magic"), rice(100, 2, 80, 1))))
                .isEqualTo("framework");
        assertThat(field(owner.put(
                        api("/features/" + f + "/scores/wsjf"),
                        Map.of("businessValue", 4, "timeCriticality", 1, "riskReduction", 1, "jobSize", 1))))
                .isEqualTo("businessValue");
        assertThat(field(owner.put(api("/features/" + f + "/scores/moscow"), Map.of("category", "maybe"))))
                .isEqualTo("category");
        assertThat(field(owner.put(
                        api("/features/" + f + "/scores/scorecard-" + UUID.randomUUID()), Map.of("values", Map.of()))))
                .isEqualTo("framework");
        assertThat(ok(owner.get(api("/features/" + f + "/scores"))).get("items"))
                .isEmpty();
        assertThat(ok(owner.get(api("/features/" + f + "/scores/history")))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(owner.put(api("/features/" + UUID.randomUUID() + "/scores/rice"), rice(1, 1, 50, 1))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void viewersReadScoresButCannotChangeThemAndStrangersSeeNothing() {
        String f = feature("Shared team calendars");
        ok(owner.put(api("/features/" + f + "/scores/rice"), rice(100, 1, 50, 1)));
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, viewer, "VIEWER");
        assertThat(viewer.put(api("/features/" + f + "/scores/rice"), rice(200, 1, 50, 1))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(api("/rankings/manual/moves"), Map.of("featureId", f, "position", 1, "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(ok(viewer.get(api("/features?rankBy=rice")))
                        .get("items")
                        .get(0)
                        .get("score")
                        .asDouble())
                .isEqualTo(50.0);
        assertThat(viewer.post(api("/scorecards"), Map.of("name", "Mine", "drivers", List.of(Map.of("name", "A"))))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api("/evidence-settings"), Map.of("halfLifeDays", 30))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/features/" + f + "/scores/rice")).status())
                .isEqualTo(403);
        ApiClient stranger = newUser("Sam");
        assertThat(stranger.get(api("/features?rankBy=rice")).status()).isEqualTo(404);
        assertThat(stranger.put(api("/features/" + f + "/scores/rice"), rice(1, 1, 50, 1))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get(api("/features/" + f + "/scores/history")).status())
                .isEqualTo(404);
    }

    @Test
    void ranksBestFirstInEachFrameworkLeavingOutUnscoredAndArchived() {
        String a = feature("Alpha");
        String b = feature("Bravo");
        String c = feature("Charlie");
        String d = feature("Delta");
        feature("Echo (unscored)");
        ok(owner.put(api("/features/" + a + "/scores/rice"), rice(1000, 1, 100, 2))); // 500
        ok(owner.put(api("/features/" + b + "/scores/rice"), rice(4000, 2, 80, 4))); // 1600
        ok(owner.put(api("/features/" + c + "/scores/rice"), rice(300, 0.5, 50, 1))); // 75
        ok(owner.put(api("/features/" + d + "/scores/rice"), rice(9000, 3, 100, 1)));
        ok(owner.put(api("/features/" + d + "/status"), Map.of("status", "archived")));

        JsonNode ranked = ok(owner.get(api("/features?rankBy=rice")));
        assertThat(titles(ranked)).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(ranked.get("total").asInt()).isEqualTo(3);
        JsonNode first = ranked.get("items").get(0);
        assertThat(first.get("id").asString()).isEqualTo(b);
        assertThat(first.get("score").asDouble()).isEqualTo(1600.0);
        assertThat(first.get("breakdown").get("reach").asDouble()).isEqualTo(4000.0);
        assertThat(titles(ok(owner.get(api("/features?rankBy=rice&size=1&page=1")))))
                .containsExactly("Alpha");

        ok(owner.put(api("/features/" + a + "/scores/value-effort"), Map.of("value", 9, "effort", 2)));
        ok(owner.put(api("/features/" + c + "/scores/value-effort"), Map.of("value", 3, "effort", 8)));
        JsonNode ve = ok(owner.get(api("/features?rankBy=value-effort")));
        assertThat(titles(ve)).containsExactly("Alpha", "Charlie");
        assertThat(ve.get("items").get(0).get("breakdown").get("quadrant").asString())
                .isEqualTo("quick win");
        assertThat(ve.get("items").get(1).get("breakdown").get("quadrant").asString())
                .isEqualTo("money pit");

        ok(owner.put(api("/features/" + a + "/scores/moscow"), Map.of("category", "could")));
        ok(owner.put(api("/features/" + b + "/scores/moscow"), Map.of("category", "must")));
        ok(owner.put(api("/features/" + c + "/scores/moscow"), Map.of("category", "won't")));
        assertThat(titles(ok(owner.get(api("/features?rankBy=moscow"))))).containsExactly("Bravo", "Alpha", "Charlie");

        assertThat(field(owner.get(api("/features?rankBy=astrology")))).isEqualTo("rankBy");
    }

    @Test
    void manualRankingKeepsTheOrderAndEveryReason() {
        String a = feature("Alpha");
        String b = feature("Bravo");
        String c = feature("Charlie");
        assertThat(titles(ok(owner.get(api("/features?rankBy=manual"))))).containsExactly("Alpha", "Bravo", "Charlie");

        assertThat(field(owner.post(
                        api("/rankings/manual/moves"), Map.of("featureId", c, "position", 1, "reason", " "))))
                .isEqualTo("reason");
        JsonNode after = ok(owner.post(
                api("/rankings/manual/moves"),
                Map.of("featureId", c, "position", 1, "reason", "Enterprise renewals depend on it")));
        assertThat(titles(after)).containsExactly("Charlie", "Alpha", "Bravo");
        ok(owner.post(
                api("/rankings/manual/moves"), Map.of("featureId", a, "position", 3, "reason", "Can wait a quarter")));
        assertThat(titles(ok(owner.get(api("/features?rankBy=manual"))))).containsExactly("Charlie", "Bravo", "Alpha");

        JsonNode moves = ok(owner.get(api("/rankings/manual/moves")));
        assertThat(moves.get("total").asInt()).isEqualTo(2);
        JsonNode newest = moves.get("items").get(0);
        assertThat(newest.get("featureTitle").asString()).isEqualTo("Alpha");
        assertThat(newest.get("fromPosition").asInt()).isEqualTo(2);
        assertThat(newest.get("toPosition").asInt()).isEqualTo(3);
        assertThat(newest.get("reason").asString()).isEqualTo("Can wait a quarter");
        assertThat(newest.get("movedBy").asString()).isEqualTo("Olivia");
        assertThat(ok(owner.get(api("/rankings/manual/moves?featureId=" + c)))
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(b).isNotBlank();
    }

    @Test
    void aDeletedFeatureLeavesTheRankingsButItsMovesKeepTheTitle() {
        String a = feature("Alpha");
        String b = feature("Bravo");
        ok(owner.put(api("/features/" + a + "/scores/rice"), rice(100, 1, 50, 1)));
        ok(owner.put(api("/features/" + b + "/scores/rice"), rice(200, 1, 50, 1)));
        ok(owner.post(
                api("/rankings/manual/moves"),
                Map.of("featureId", b, "position", 1, "reason", "Asked by three customers")));
        assertThat(owner.delete(api("/features/" + b)).status()).isEqualTo(204);
        assertThat(titles(ok(owner.get(api("/features?rankBy=rice"))))).containsExactly("Alpha");
        assertThat(titles(ok(owner.get(api("/features?rankBy=manual"))))).containsExactly("Alpha");
        JsonNode move =
                ok(owner.get(api("/rankings/manual/moves"))).get("items").get(0);
        assertThat(move.get("featureTitle").asString()).isEqualTo("Bravo");
        assertThat(move.get("featureId").isNull()).isTrue();
    }

    @Test
    void sensitivitySaysHowFarEachInputMustMoveToSwapTwoNeighbours() {
        String a = feature("Alpha");
        String b = feature("Bravo");
        ok(owner.put(api("/features/" + a + "/scores/rice"), rice(4000, 2, 80, 4))); // 1600
        ok(owner.put(api("/features/" + b + "/scores/rice"), rice(1000, 2, 80, 2))); // 800
        JsonNode s = ok(owner.get(api("/rankings/rice/sensitivity")));
        assertThat(s.get("upper").get("title").asString()).isEqualTo("Alpha");
        JsonNode upper = s.get("upper").get("moves");
        assertThat(upper.get(0).get("factor").asString()).isEqualTo("reach");
        assertThat(upper.get(0).get("needed").asDouble()).isEqualTo(2000.0);
        assertThat(upper.get(3).get("needed").asDouble()).isEqualTo(8.0);
        JsonNode lower = s.get("lower").get("moves");
        assertThat(lower.get(2).get("needed").isNull()).isTrue(); // confidence would need 160 %
        assertThat(lower.get(3).get("needed").asDouble()).isEqualTo(1.0);
        JsonNode explicit = ok(owner.get(api("/rankings/rice/sensitivity?upper=" + a + "&lower=" + b)));
        assertThat(explicit.get("lower").get("score").asDouble()).isEqualTo(800.0);
        assertThat(field(owner.get(api("/rankings/rice/sensitivity?upper=" + b + "&lower=" + a))))
                .isEqualTo("upper");
    }

    @Test
    void scorecardScoresAreAbsoluteAndFollowTheirDrivers() {
        JsonNode card = ok(owner.post(
                api("/scorecards"),
                Map.of(
                        "name",
                        "Growth",
                        "drivers",
                        List.of(
                                Map.of("name", "Revenue", "weight", 3, "min", 0, "max", 10),
                                Map.of("name", "Retention", "weight", 1, "min", 1, "max", 5)))));
        String key = "scorecard-" + card.get("id").asString();
        assertThat(field(owner.post(api("/scorecards"), Map.of("name", "Empty", "drivers", List.of()))))
                .isEqualTo("drivers");
        String a = feature("Alpha");
        JsonNode s = ok(owner.put(
                api("/features/" + a + "/scores/" + key), Map.of("values", Map.of("Revenue", 5, "Retention", 5))));
        assertThat(s.get("score").asDouble()).isEqualTo(62.5);
        assertThat(s.get("label").asString()).isEqualTo("Scorecard: Growth");
        assertThat(field(owner.put(
                        api("/features/" + a + "/scores/" + key),
                        Map.of("values", Map.of("Revenue", 11, "Retention", 5)))))
                .isEqualTo("values.Revenue");

        String b = feature("Bravo");
        ok(owner.put(
                api("/features/" + b + "/scores/" + key), Map.of("values", Map.of("Revenue", 10, "Retention", 5))));
        JsonNode ranked = ok(owner.get(api("/features?rankBy=" + key)));
        assertThat(titles(ranked)).containsExactly("Bravo", "Alpha");
        assertThat(ranked.get("items").get(1).get("score").asDouble()).isEqualTo(62.5); // unchanged by Bravo

        // a weight change rescores the features on the card
        List<Map<String, Object>> drivers = new ArrayList<>();
        for (JsonNode d : card.get("drivers")) {
            drivers.add(Map.of(
                    "id", d.get("id").asString(),
                    "name", d.get("name").asString(),
                    "weight", 1,
                    "min", d.get("min").asDouble(),
                    "max", d.get("max").asDouble()));
        }
        ok(owner.put(
                api("/scorecards/" + card.get("id").asString()),
                Map.of("name", "Growth", "drivers", drivers, "version", 0)));
        assertThat(ok(owner.get(api("/features/" + a + "/scores")))
                        .get("items")
                        .get(0)
                        .get("score")
                        .asDouble())
                .isEqualTo(75.0); // (0.5 + 1) / 2
    }

    @Test
    void kanoComesFromCountsOrFromASurveysAnswerPairs() {
        String f = feature("Shared calendars");
        JsonNode direct = ok(owner.put(
                api("/features/" + f + "/scores/kano"), Map.of("counts", Map.of("attractive", 7, "must-be", 3))));
        assertThat(direct.get("breakdown").get("category").asString()).isEqualTo("attractive");
        assertThat(direct.get("breakdown").get("counts").get("attractive").asInt())
                .isEqualTo(7);

        UUID productId = UUID.fromString(product);
        List<String> options =
                List.of("I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it");
        UUID survey = Access.asSystem(() -> surveys.create(
                        productId,
                        new SurveyDraft(
                                "Shared calendars",
                                null,
                                List.of(
                                        new SurveyQuestion(
                                                "fn",
                                                QuestionType.SINGLE_CHOICE,
                                                "If you had shared calendars?",
                                                options,
                                                false),
                                        new SurveyQuestion(
                                                "dys", QuestionType.SINGLE_CHOICE, "If you did not?", options, false),
                                        new SurveyQuestion("why", QuestionType.FREE_TEXT, "Why?", List.of(), false)))))
                .id();
        String[][] answers = {
            {"I expect it", "I dislike it"}, // must-be
            {"I expect it", "I dislike it"}, // must-be
            {"I like it", "I dislike it"}, // one-dimensional
            {"I like it", "I am neutral"}, // attractive
            {"I am neutral", "I am neutral"} // indifferent
        };
        for (String[] a : answers) {
            Access.asSystem(
                    () -> surveys.recordResponse(productId, survey, "r", null, Map.of("fn", a[0], "dys", a[1])));
        }
        JsonNode fromSurvey = ok(owner.put(
                api("/features/" + f + "/scores/kano"),
                Map.of("surveyId", survey.toString(), "functionalQuestion", "fn", "dysfunctionalQuestion", "dys")));
        JsonNode b = fromSurvey.get("breakdown");
        assertThat(b.get("category").asString()).isEqualTo("must-be");
        assertThat(b.get("counts").get("must-be").asInt()).isEqualTo(2);
        assertThat(b.get("counts").get("one-dimensional").asInt()).isEqualTo(1);
        assertThat(b.get("respondents").asInt()).isEqualTo(5);
        assertThat(field(owner.put(
                        api("/features/" + f + "/scores/kano"),
                        Map.of(
                                "surveyId",
                                survey.toString(),
                                "functionalQuestion",
                                "why",
                                "dysfunctionalQuestion",
                                "dys"))))
                .isEqualTo("functionalQuestion");
    }

    @Test
    void evidenceScoreWeighsLinkedHighlightsAndSnapshotsCarryTheScores() {
        String need = ok(owner.post(api("/needs"), Map.of("title", "Local time", "importance", "critical")))
                .get("id")
                .asString();
        String note = ok(owner.post(api("/notes"), Map.of("text", "I keep booking people at midnight.")))
                .get("id")
                .asString();
        String h = ok(owner.post(
                        api("/notes/" + note + "/highlights"),
                        Map.of("quote", "booking people at midnight", "needId", need, "importance", "critical")))
                .get("id")
                .asString();
        String f = ok(owner.post(
                        api("/features"),
                        Map.of("title", "Local time", "evidence", List.of(Map.of("kind", "highlight", "refId", h)))))
                .get("id")
                .asString();
        JsonNode evidence = ok(owner.get(api("/features/" + f + "/evidence-score")));
        assertThat(evidence.get("score").asDouble()).isBetween(2.9, 3.0); // critical, a few moments old
        assertThat(evidence.get("lines").get(0).get("importanceWeight").asInt()).isEqualTo(3);

        assertThat(field(owner.put(api("/evidence-settings"), Map.of("halfLifeDays", 0))))
                .isEqualTo("halfLifeDays");
        JsonNode settings = ok(owner.put(
                api("/evidence-settings"),
                Map.of("halfLifeDays", 30, "weighting", "segment", "segmentWeights", Map.of("Enterprise", 3))));
        assertThat(settings.get("halfLifeDays").asInt()).isEqualTo(30);
        assertThat(settings.get("weighting").asString()).isEqualTo("SEGMENT");

        ok(owner.put(api("/features/" + f + "/scores/rice"), rice(4000, 2, 80, 4)));
        FeatureSnapshot snap = Access.asSystem(
                        () -> snapshots.of(UUID.fromString(product), List.of(UUID.fromString(f))))
                .getFirst();
        assertThat(snap.scores()).singleElement().satisfies(s -> {
            assertThat(s.framework()).isEqualTo("rice");
            assertThat(s.score()).isEqualTo(1600.0);
            assertThat(s.breakdown()).containsEntry("reach", 4000.0);
        });
        assertThat(snap.evidenceScore()).isBetween(2.9, 3.0);
    }

    @Test
    void ranksByEvidenceWithDecayAndWeightsAndAnUnscoredProductAnswersNothing() {
        assertThat(ok(owner.get(api("/features?rankBy=evidence"))).get("total").asInt())
                .isZero();
        ok(owner.put(api("/evidence-settings"), Map.of("halfLifeDays", 30)));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        // Old: critical (3), 60-61 days old -> 3 × 0.25 × (up to a day more) ≈ 0.73-0.75; Fresh: important (2), today
        // -> 1.96-2
        String old = highlight(today.minusDays(60).toString(), "critical");
        String fresh = highlight(today.toString(), "important");
        feature("Old but critical", old);
        feature("Fresh and important", fresh);
        ok(owner.post(api("/features"), Map.of("title", "No evidence")));
        JsonNode ranked = ok(owner.get(api("/features?rankBy=evidence")));
        assertThat(titles(ranked)).containsExactly("Fresh and important", "Old but critical");
        assertThat(ranked.get("total").asInt()).isEqualTo(2);
        assertThat(ranked.get("items").get(0).get("score").asDouble()).isBetween(1.9, 2.0);
        JsonNode second = ranked.get("items").get(1);
        assertThat(second.get("score").asDouble()).isBetween(0.72, 0.76);
        JsonNode line = second.get("breakdown").get("lines").get(0);
        assertThat(line.get("importanceWeight").asInt()).isEqualTo(3);
        assertThat(line.get("decay").asDouble()).isBetween(0.24, 0.26);
        assertThat(line.get("quote").asString()).isEqualTo("quote " + today.minusDays(60));
    }

    private String highlight(String date, String importance) {
        String note = ok(owner.post(
                        api("/notes"), Map.of("text", "quote " + date + " said the customer", "date", date)))
                .get("id")
                .asString();
        String need = ok(owner.post(api("/needs"), Map.of("title", "Need " + date, "importance", importance)))
                .get("id")
                .asString();
        return ok(owner.post(
                        api("/notes/" + note + "/highlights"),
                        Map.of("quote", "quote " + date, "needId", need, "importance", importance)))
                .get("id")
                .asString();
    }

    private void feature(String title, String highlight) {
        ok(owner.post(
                api("/features"),
                Map.of("title", title, "evidence", List.of(Map.of("kind", "highlight", "refId", highlight)))));
    }

    private static List<String> titles(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("title").asString()));
        return out;
    }
}
