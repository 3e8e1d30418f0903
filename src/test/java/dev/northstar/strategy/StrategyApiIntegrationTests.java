package dev.northstar.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@RecordApplicationEvents
class StrategyApiIntegrationTests extends ApiTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Goals goals;

    ApiClient owner;
    String workspace;
    String product;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    ApiClient member(String name, String role) {
        ApiClient c = newUser(name);
        addMember(owner, workspace, c, role);
        return c;
    }

    static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    static String message(ApiClient.Response r, String field) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("message").asString();
            }
        }
        return null;
    }

    static Map<String, Object> kr(String title, String unit, Object baseline, Object target, Object current) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("unit", unit);
        m.put("baseline", baseline);
        m.put("target", target);
        if (current != null) {
            m.put("current", current);
        }
        return m;
    }

    JsonNode goal(String title, List<Map<String, Object>> keyResults) {
        ApiClient.Response r =
                owner.post(api("/goals"), Map.of("title", title, "period", "2027 Q1", "keyResults", keyResults));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    // vision and narrative

    @Test
    void savesVisionAndNarrativeAndRefusesAStaleSave() {
        JsonNode empty = ok(owner.get(api("/strategy")));
        assertThat(empty.get("version").asInt()).isZero();
        assertThat(empty.get("vision").isNull()).isTrue();
        assertThat(empty.has("empty")).as("only the record's fields travel").isFalse();

        JsonNode saved = ok(owner.put(
                api("/strategy"),
                Map.of(
                        "vision",
                        "Every team **knows** when to meet.",
                        "narrative",
                        "## Bets\n- Sync first",
                        "version",
                        0)));
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("vision").asString()).isEqualTo("Every team **knows** when to meet.");

        ApiClient.Response stale =
                owner.put(api("/strategy"), Map.of("vision", "Overwrite", "narrative", "", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        JsonNode second = ok(owner.put(
                api("/strategy"), Map.of("vision", "Every team knows when to meet.", "narrative", "", "version", 1)));
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("narrative").isNull()).isTrue();
        assertThat(owner.put(api("/strategy"), Map.of("vision", "Again", "version", 1))
                        .status())
                .isEqualTo(409);
        assertThat(ok(owner.get(api("/strategy"))).get("vision").asString())
                .isEqualTo("Every team knows when to meet.");
    }

    @Test
    void rejectsAnOverlongVisionAndAMissingVersionAndSavesNothing() {
        assertThat(fields(owner.put(api("/strategy"), Map.of("vision", "x".repeat(20_001), "version", 0))))
                .containsExactly("vision");
        assertThat(fields(owner.put(api("/strategy"), Map.of("vision", "Fine"))))
                .containsExactly("version");
        assertThat(ok(owner.get(api("/strategy"))).get("version").asInt()).isZero();
    }

    @Test
    void viewersReadTheStrategyButCannotChangeItAndStrangersSeeNothing() {
        ok(owner.put(api("/strategy"), Map.of("vision", "Calm calendars", "version", 0)));
        ApiClient viewer = member("Vera", "VIEWER");
        ApiClient contributor = member("Carl", "CONTRIBUTOR");
        ApiClient editor = member("Eddie", "EDITOR");
        ApiClient stranger = newUser("Stan");
        assertThat(ok(viewer.get(api("/strategy"))).get("vision").asString()).isEqualTo("Calm calendars");
        assertThat(viewer.put(api("/strategy"), Map.of("vision", "Mine", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(contributor
                        .put(api("/strategy"), Map.of("vision", "Mine", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(stranger.get(api("/strategy")).status()).isEqualTo(404);
        assertThat(stranger.put(api("/strategy"), Map.of("vision", "Mine", "version", 1))
                        .status())
                .isEqualTo(404);
        assertThat(ok(editor.put(api("/strategy"), Map.of("vision", "Calmer calendars", "version", 1)))
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    // goals and key results

    @Test
    void createsAGoalWithKeyResultsAndComputesProgressInBothDirections() {
        JsonNode g = goal(
                "Teams plan their week in Cadence",
                List.of(
                        kr("Weekly active teams", "%", 62, 70, 66),
                        kr("Monthly logo churn", "%", 5, 3, 4.5),
                        kr("Teams with focus time", "teams", 120, 400, null)));
        assertThat(g.get("status").asString()).isEqualTo("PLANNED");
        assertThat(g.get("period").asString()).isEqualTo("2027 Q1");
        JsonNode krs = g.get("keyResults");
        assertThat(krs).hasSize(3);
        assertThat(krs.get(0).get("progress").asDouble()).isEqualTo(0.5);
        assertThat(krs.get(0).get("direction").asString()).isEqualTo("increase");
        assertThat(krs.get(1).get("progress").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(krs.get(1).get("direction").asString()).isEqualTo("decrease");
        assertThat(krs.get(2).get("current").asDouble()).isEqualTo(120.0);
        assertThat(krs.get(2).get("progress").asDouble()).isZero();
        assertThat(g.get("progress").asDouble()).isCloseTo(0.25, within(1e-9));

        String id = g.get("id").asString();
        String churn = krs.get(1).get("id").asString();
        JsonNode checkedIn = ok(owner.patch(api("/goals/" + id + "/key-results/" + churn), Map.of("current", 3.5)));
        assertThat(checkedIn.get("progress").asDouble()).isCloseTo(0.75, within(1e-9));
        JsonNode beyond = ok(owner.patch(api("/goals/" + id + "/key-results/" + churn), Map.of("current", "2.5")));
        assertThat(beyond.get("progress").asDouble()).isEqualTo(1.0);
        JsonNode wrongWay = ok(owner.patch(api("/goals/" + id + "/key-results/" + churn), Map.of("current", 6)));
        assertThat(wrongWay.get("progress").asDouble()).isZero();

        JsonNode list = ok(owner.get(api("/goals")));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("keyResults")).hasSize(3);
        assertThat(ok(owner.get(api("/goals/" + id + "/key-results")))
                        .get("total")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void changesKeyResultsOneByOneAndThroughTheWholeGoal() {
        JsonNode g = goal("Fewer double bookings", List.of(kr("Clashes per team per week", null, 4, 1, null)));
        String id = g.get("id").asString();
        String clashes = g.get("keyResults").get(0).get("id").asString();

        JsonNode added =
                ok(owner.post(api("/goals/" + id + "/key-results"), kr("Sync delay p95", "seconds", 90, 30, 60)));
        assertThat(added.get("progress").asDouble()).isEqualTo(0.5);
        String delay = added.get("id").asString();
        assertThat(owner.get(api("/goals/" + id + "/key-results/" + delay)).status())
                .isEqualTo(200);

        Map<String, Object> replace = kr("Clashes per team per week", "clashes", 4, 0, 2);
        replace.put("version", 0);
        JsonNode replaced = ok(owner.put(api("/goals/" + id + "/key-results/" + clashes), replace));
        assertThat(replaced.get("unit").asString()).isEqualTo("clashes");
        assertThat(replaced.get("progress").asDouble()).isEqualTo(0.5);
        assertThat(replaced.get("version").asInt()).isEqualTo(1);
        assertThat(owner.put(api("/goals/" + id + "/key-results/" + clashes), replace)
                        .status())
                .isEqualTo(409);

        // the key-result changes moved the goal's version: a whole-goal save with the first version is stale
        JsonNode current = ok(owner.get(api("/goals/" + id)));
        assertThat(current.get("version").asInt()).isGreaterThan(0);
        assertThat(owner.put(api("/goals/" + id), Map.of("title", "Stale", "version", 0))
                        .status())
                .isEqualTo(409);

        Map<String, Object> keep = kr("Sync delay p95", "s", 90, 30, 45);
        keep.put("id", delay);
        JsonNode whole = ok(owner.put(
                api("/goals/" + id),
                Map.of(
                        "title",
                        "No more double bookings",
                        "status",
                        "on-track",
                        "owner",
                        "Priya",
                        "startsOn",
                        "2027-01-01",
                        "endsOn",
                        "2027-03-31",
                        "keyResults",
                        List.of(keep, kr("Support tickets about clashes", "tickets", 40, 10, null)),
                        "version",
                        current.get("version").asInt())));
        assertThat(whole.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(whole.get("period").isNull()).isTrue();
        assertThat(whole.get("startsOn").asString()).isEqualTo("2027-01-01");
        assertThat(whole.get("keyResults")).hasSize(2);
        assertThat(whole.get("keyResults").get(0).get("id").asString()).isEqualTo(delay);
        assertThat(whole.get("keyResults").get(0).get("progress").asDouble()).isEqualTo(0.75);
        assertThat(owner.get(api("/goals/" + id + "/key-results/" + clashes)).status())
                .isEqualTo(404);

        JsonNode patched = ok(owner.patch(api("/goals/" + id), Map.of("status", "at risk")));
        assertThat(patched.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(patched.get("keyResults")).hasSize(2);
        assertThat(patched.get("owner").asString()).isEqualTo("Priya");

        assertThat(owner.delete(api("/goals/" + id + "/key-results/" + delay)).status())
                .isEqualTo(204);
        assertThat(ok(owner.get(api("/goals/" + id))).get("keyResults")).hasSize(1);
    }

    @Test
    void rejectsBadGoalsAndKeyResultsNamingTheFieldAndSavesNothing() {
        ApiClient.Response r = owner.post(
                api("/goals"),
                Map.of(
                        "title",
                        " ",
                        "status",
                        "sleeping",
                        "startsOn",
                        "2027-03-01",
                        "endsOn",
                        "2027-01-01",
                        "keyResults",
                        List.of(
                                kr("Churn", "%", 5, 5, null),
                                kr("", null, "lots", 10, null),
                                kr("Revenue", "EUR", null, null, null))));
        List<String> fields = fields(r);
        assertThat(fields)
                .contains(
                        "title",
                        "status",
                        "keyResults[0].target",
                        "keyResults[1].title",
                        "keyResults[1].baseline",
                        "keyResults[2].baseline",
                        "keyResults[2].target");
        assertThat(message(r, "keyResults[0].target")).contains("differ from the baseline");
        assertThat(message(r, "keyResults[1].baseline")).isEqualTo("Baseline must be a number, not 'lots'");
        assertThat(fields(owner.post(
                        api("/goals"), Map.of("title", "Dates", "startsOn", "2027-03-01", "endsOn", "2027-01-01"))))
                .containsExactly("endsOn");
        assertThat(fields(owner.post(api("/goals"), Map.of("title", "Dates", "startsOn", "first of May"))))
                .containsExactly("startsOn");
        assertThat(ok(owner.get(api("/goals"))).get("total").asInt()).isZero();

        String id =
                goal("Fine", List.of(kr("Teams", null, 1, 2, null))).get("id").asString();
        String krId = ok(owner.get(api("/goals/" + id)))
                .get("keyResults")
                .get(0)
                .get("id")
                .asString();
        assertThat(fields(owner.post(api("/goals/" + id + "/key-results"), kr("Same", null, 3, 3, null))))
                .containsExactly("target");
        assertThat(fields(owner.patch(api("/goals/" + id + "/key-results/" + krId), Map.of("target", 1))))
                .containsExactly("target");
        assertThat(fields(owner.patch(api("/goals/" + id + "/key-results/" + krId), Map.of("current", "two"))))
                .containsExactly("current");
        assertThat(fields(owner.put(
                        api("/goals/" + id),
                        Map.of(
                                "title",
                                "Fine",
                                "version",
                                0,
                                "keyResults",
                                List.of(Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "title",
                                        "x",
                                        "baseline",
                                        0,
                                        "target",
                                        1))))))
                .containsExactly("keyResults[0].id");
        JsonNode after = ok(owner.get(api("/goals/" + id)));
        assertThat(after.get("version").asInt()).isZero();
        assertThat(after.get("keyResults")).hasSize(1);
        assertThat(after.get("keyResults").get(0).get("target").asDouble()).isEqualTo(2.0);
    }

    @Test
    void deletingAGoalTellsOtherModulesAndTheFacadeAnswersPickers() {
        String a = goal("Grow mid-market", List.of()).get("id").asString();
        String b = goal("Keep churn low", List.of(kr("Churn", "%", 5, 3, null)))
                .get("id")
                .asString();
        UUID productId = UUID.fromString(product);
        dev.northstar.workspace.Access.asSystem(() -> {
            assertThat(goals.all(productId)).extracting(GoalView::title).contains("Grow mid-market", "Keep churn low");
            assertThat(goals.exists(productId, UUID.fromString(a))).isTrue();
            assertThat(goals.exists(productId, UUID.randomUUID())).isFalse();
        });
        assertThat(owner.delete(api("/goals/" + a)).status()).isEqualTo(204);
        assertThat(owner.get(api("/goals/" + a)).status()).isEqualTo(404);
        String c = goal("Launch in Japan", List.of()).get("id").asString();
        dev.northstar.workspace.Access.asSystem(() -> goals.delete(productId, UUID.fromString(c)));
        assertThat(events.stream(GoalDeleted.class)).containsExactly(new GoalDeleted(productId, UUID.fromString(c)));
        assertThat(ok(owner.get(api("/goals"))).get("items").get(0).get("id").asString())
                .isEqualTo(b);
        dev.northstar.workspace.Access.asSystem(
                () -> assertThat(goals.exists(productId, UUID.fromString(a))).isFalse());
    }

    @Test
    void viewersReadGoalsButCannotChangeThemAndStrangersSeeNothing() {
        JsonNode g = goal("Grow", List.of(kr("Teams", null, 1, 2, null)));
        String id = g.get("id").asString();
        String krId = g.get("keyResults").get(0).get("id").asString();
        ApiClient viewer = member("Vera", "VIEWER");
        ApiClient stranger = newUser("Stan");
        assertThat(ok(viewer.get(api("/goals"))).get("total").asInt()).isEqualTo(1);
        assertThat(viewer.post(api("/goals"), Map.of("title", "Mine")).status()).isEqualTo(403);
        assertThat(viewer.put(api("/goals/" + id), Map.of("title", "Mine", "version", 0))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.patch(api("/goals/" + id + "/key-results/" + krId), Map.of("current", 2))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(api("/goals/" + id + "/key-results"), kr("More", null, 0, 1, null))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/goals/" + id)).status()).isEqualTo(403);
        assertThat(stranger.get(api("/goals")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/goals/" + id)).status()).isEqualTo(404);
        assertThat(stranger.delete(api("/goals/" + id)).status()).isEqualTo(404);
        JsonNode after = ok(owner.get(api("/goals/" + id)));
        assertThat(after.get("title").asString()).isEqualTo("Grow");
        assertThat(after.get("keyResults").get(0).get("current").asDouble()).isEqualTo(1.0);
        // a goal of another product is not found through this one
        String other = newProduct(owner, workspace, "Other");
        assertThat(owner.get("/api/v1/products/" + other + "/goals/" + id).status())
                .isEqualTo(404);
    }

    // competitors

    @Test
    void buildsACompetitorMatrixAgainstChosenCriteria() {
        String price = ok(owner.post(api("/competitors/criteria"), Map.of("name", "Price")))
                .get("id")
                .asString();
        String zones = ok(owner.post(
                        api("/competitors/criteria"),
                        Map.of("name", "Time zones", "description", "Shows every attendee's local time")))
                .get("id")
                .asString();
        assertThat(fields(owner.post(api("/competitors/criteria"), Map.of("name", "price"))))
                .containsExactly("name");

        JsonNode tempo = ok(owner.post(
                api("/competitors"),
                Map.of(
                        "name",
                        "Tempolane",
                        "website",
                        "tempolane.example",
                        "pricing",
                        "$8 per seat per month",
                        "strengths",
                        "Polished booking pages",
                        "weaknesses",
                        "No leave calendar",
                        "ratings",
                        List.of(
                                Map.of("criterionId", price, "rating", 4),
                                Map.of("criterionId", zones, "rating", 2, "note", "One zone per event")))));
        assertThat(tempo.get("website").asString()).isEqualTo("https://tempolane.example");
        assertThat(tempo.get("ratings")).hasSize(2);
        assertThat(tempo.get("ratings").get(1).get("criterion").asString()).isEqualTo("Time zones");
        assertThat(tempo.get("ratings").get(1).get("note").asString()).isEqualTo("One zone per event");
        String tempoId = tempo.get("id").asString();
        String brick = ok(owner.post(api("/competitors"), Map.of("name", "Brickwork Planner")))
                .get("id")
                .asString();
        ok(owner.put(api("/competitors/" + brick + "/ratings/" + zones), Map.of("rating", 5)));
        ok(owner.put(api("/competitors/" + brick + "/ratings/" + price), Map.of("note", "Quote only")));

        JsonNode matrix = ok(owner.get(api("/competitors/matrix")));
        assertThat(matrix.get("criteria")).hasSize(2);
        assertThat(matrix.get("criteria").get(0).get("name").asString()).isEqualTo("Price");
        assertThat(matrix.get("competitors").get(0).get("name").asString()).isEqualTo("Brickwork Planner");
        assertThat(matrix.get("competitors").get(0).get("ratings")).hasSize(2);

        ok(owner.put(api("/competitors/criteria/" + zones), Map.of("name", "Time zones", "position", 0)));
        assertThat(ok(owner.get(api("/competitors/criteria")))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(zones);

        // clearing a cell, then the whole column
        JsonNode cleared = ok(owner.put(api("/competitors/" + tempoId + "/ratings/" + price), Map.of()));
        assertThat(cleared.get("ratings")).hasSize(1);
        assertThat(owner.delete(api("/competitors/criteria/" + zones)).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/competitors/" + tempoId))).get("ratings")).isEmpty();

        int version = cleared.get("version").asInt();
        assertThat(version).isEqualTo(tempo.get("version").asInt() + 1);
        JsonNode updated = ok(owner.put(
                api("/competitors/" + tempoId),
                Map.of("name", "Tempolane", "positioning", "Scheduling for solo consultants", "version", version)));
        assertThat(updated.get("positioning").asString()).isEqualTo("Scheduling for solo consultants");
        assertThat(updated.get("pricing").isNull()).isTrue();
        assertThat(owner.put(api("/competitors/" + tempoId), Map.of("name", "Stale", "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(owner.delete(api("/competitors/" + tempoId)).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/competitors"))).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsBadCompetitorsAndRatingsNamingTheField() {
        String price = ok(owner.post(api("/competitors/criteria"), Map.of("name", "Price")))
                .get("id")
                .asString();
        assertThat(fields(owner.post(api("/competitors"), Map.of("name", "")))).containsExactly("name");
        assertThat(fields(owner.post(api("/competitors"), Map.of("name", "X", "website", "not a site"))))
                .containsExactly("website");
        assertThat(fields(owner.post(
                        api("/competitors"),
                        Map.of("name", "X", "ratings", List.of(Map.of("criterionId", price, "rating", 6))))))
                .containsExactly("ratings[0].rating");
        assertThat(fields(owner.post(
                        api("/competitors"),
                        Map.of("name", "X", "ratings", List.of(Map.of("criterionId", price, "rating", 2.5))))))
                .containsExactly("ratings[0].rating");
        assertThat(fields(owner.post(
                        api("/competitors"),
                        Map.of(
                                "name",
                                "X",
                                "ratings",
                                List.of(Map.of("criterionId", UUID.randomUUID().toString(), "rating", 3))))))
                .containsExactly("ratings[0].criterionId");
        assertThat(fields(owner.post(
                        api("/competitors"),
                        Map.of(
                                "name",
                                "X",
                                "ratings",
                                List.of(Map.of("criterionId", price, "note", "n".repeat(281)))))))
                .containsExactly("ratings[0].note");
        assertThat(ok(owner.get(api("/competitors"))).get("total").asInt()).isZero();

        String x = ok(owner.post(api("/competitors"), Map.of("name", "X")))
                .get("id")
                .asString();
        assertThat(fields(owner.post(api("/competitors"), Map.of("name", "x")))).containsExactly("name");
        assertThat(fields(owner.put(api("/competitors/" + x + "/ratings/" + price), Map.of("rating", 0))))
                .containsExactly("rating");
        assertThat(owner.put(api("/competitors/" + x + "/ratings/" + UUID.randomUUID()), Map.of("rating", 3))
                        .status())
                .isEqualTo(404);
        assertThat(fields(owner.post(api("/competitors/criteria"), Map.of("name", " "))))
                .containsExactly("name");
        assertThat(fields(owner.put(api("/competitors/criteria/" + price), Map.of("name", "Price", "position", 3))))
                .containsExactly("position");
        assertThat(ok(owner.get(api("/competitors/" + x))).get("ratings")).isEmpty();
    }

    @Test
    void viewersReadCompetitorsButCannotChangeThemAndStrangersSeeNothing() {
        String price = ok(owner.post(api("/competitors/criteria"), Map.of("name", "Price")))
                .get("id")
                .asString();
        String x = ok(owner.post(api("/competitors"), Map.of("name", "X")))
                .get("id")
                .asString();
        ApiClient viewer = member("Vera", "VIEWER");
        ApiClient stranger = newUser("Stan");
        assertThat(ok(viewer.get(api("/competitors/matrix"))).get("competitors"))
                .hasSize(1);
        assertThat(viewer.post(api("/competitors"), Map.of("name", "Y")).status())
                .isEqualTo(403);
        assertThat(viewer.post(api("/competitors/criteria"), Map.of("name", "Speed"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api("/competitors/" + x + "/ratings/" + price), Map.of("rating", 3))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/competitors/" + x)).status()).isEqualTo(403);
        assertThat(stranger.get(api("/competitors")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/competitors/" + x)).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/competitors"))).get("total").asInt()).isEqualTo(1);
    }

    // positioning and lean canvas

    @Test
    void savesThePositioningStatementAndRendersMooresSentence() {
        JsonNode empty = ok(owner.get(api("/positioning")));
        assertThat(empty.get("statement").isNull()).isTrue();
        JsonNode saved = ok(owner.put(
                api("/positioning"),
                Map.of(
                        "targetCustomer", "distributed engineering managers",
                        "need", "lose hours finding meeting times across zones",
                        "productName", "Cadence",
                        "category", "team calendar",
                        "keyBenefit", "proposes times that respect everyone's working hours",
                        "alternative", "general-purpose calendar apps",
                        "differentiation", "treats focus time and leave as first-class.",
                        "version", 0)));
        assertThat(saved.get("statement").asString())
                .isEqualTo("For distributed engineering managers who lose hours finding meeting times across zones,"
                        + " Cadence is a team calendar that proposes times that respect everyone's working hours."
                        + " Unlike general-purpose calendar apps, our product treats focus time and leave as"
                        + " first-class.");
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(owner.put(api("/positioning"), Map.of("productName", "Other", "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(fields(owner.put(api("/positioning"), Map.of("need", "n".repeat(501), "version", 1))))
                .containsExactly("need");
        assertThat(ok(owner.get(api("/positioning"))).get("productName").asString())
                .isEqualTo("Cadence");
        ApiClient viewer = member("Vera", "VIEWER");
        assertThat(viewer.put(api("/positioning"), Map.of("productName", "Mine", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(newUser("Stan").get(api("/positioning")).status()).isEqualTo(404);
    }

    @Test
    void savesTheLeanCanvasNineBoxes() {
        Map<String, Object> boxes = new HashMap<>();
        boxes.put("problem", "Meetings clash across tools");
        boxes.put("existingAlternatives", "Spreadsheets and shared inboxes");
        boxes.put("customerSegments", "Mid-market distributed teams");
        boxes.put("earlyAdopters", "Engineering managers with three time zones");
        boxes.put("uniqueValueProposition", "Know when your whole team can meet");
        boxes.put("solution", "Time-zone aware scheduling");
        boxes.put("channels", "Slack app directory");
        boxes.put("revenueStreams", "Per-seat subscription");
        boxes.put("costStructure", "Engineering, hosting");
        boxes.put("keyMetrics", "Weekly active teams");
        boxes.put("unfairAdvantage", "Two-way sync engine");
        boxes.put("version", 0);
        JsonNode saved = ok(owner.put(api("/lean-canvas"), boxes));
        assertThat(saved.get("earlyAdopters").asString()).isEqualTo("Engineering managers with three time zones");
        assertThat(saved.get("unfairAdvantage").asString()).isEqualTo("Two-way sync engine");
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(owner.put(api("/lean-canvas"), boxes).status()).isEqualTo(409);
        boxes.put("version", 1);
        boxes.put("channels", "c".repeat(4001));
        assertThat(fields(owner.put(api("/lean-canvas"), boxes))).containsExactly("channels");
        assertThat(ok(owner.get(api("/lean-canvas"))).get("channels").asString())
                .isEqualTo("Slack app directory");
        ApiClient viewer = member("Vera", "VIEWER");
        assertThat(ok(viewer.get(api("/lean-canvas"))).get("problem").asString())
                .isEqualTo("Meetings clash across tools");
        boxes.put("channels", "Partners");
        assertThat(viewer.put(api("/lean-canvas"), boxes).status()).isEqualTo(403);
        assertThat(newUser("Stan").get(api("/lean-canvas")).status()).isEqualTo(404);
    }

    // backups

    @Test
    void aWorkspaceBackupCarriesEveryStrategyTable() {
        ok(owner.put(api("/strategy"), Map.of("vision", "Calm calendars", "narrative", "- sync", "version", 0)));
        goal("Grow", List.of(kr("Teams", null, 1, 2, 1.5), kr("Churn", "%", 5, 3, 4.25)));
        String price = ok(owner.post(
                        api("/competitors/criteria"), Map.of("name", "Price", "description", "Cheaper is better")))
                .get("id")
                .asString();
        ok(owner.post(
                api("/competitors"),
                Map.of(
                        "name",
                        "Slotwise",
                        "ratings",
                        List.of(Map.of("criterionId", price, "rating", 3, "note", "Per seat")))));
        ok(owner.put(api("/positioning"), Map.of("productName", "Cadence", "category", "team calendar", "version", 0)));
        ok(owner.put(
                api("/lean-canvas"), Map.of("problem", "Clashes", "unfairAdvantage", "Sync engine", "version", 0)));

        String backup = owner.get("/api/v1/workspaces/" + workspace + "/export").body();
        Map<String, String> ids = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(backup);
        StringBuilder copy = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    copy, ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(copy);
        String fresh = copy.toString()
                .replaceAll("\"capture_key\": \"([^\"]*)\"", "\"capture_key\": \"$1x\"")
                .replaceAll("\"token_hash\": \"[0-9a-f]{64}\"", "\"token_hash\": \"" + "0".repeat(63) + "1\"");
        ApiClient.Response restored = owner.post("/api/v1/workspaces/import", fresh);
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        String copyProduct = ids.get(product);

        for (String path : List.of("/strategy", "/goals", "/competitors/matrix", "/positioning", "/lean-canvas")) {
            String original = ok(owner.get(api(path))).toString();
            String restoredJson =
                    ok(owner.get("/api/v1/products/" + copyProduct + path)).toString();
            for (Map.Entry<String, String> e : ids.entrySet()) {
                original = original.replace(e.getKey(), e.getValue());
            }
            assertThat(restoredJson).as(path).isEqualTo(original);
        }
    }
}
