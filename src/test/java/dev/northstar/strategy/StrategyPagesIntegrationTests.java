package dev.northstar.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The strategy pages as a browser without JavaScript uses them. */
@IntegrationTest
class StrategyPagesIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    FormSession browser;
    String pages;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        pages = "/products/" + product;
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    @Test
    void writesTheVisionAsSafeMarkdownAndKeepsTheTextOnAConflict() {
        FormSession.Page empty = browser.get(pages + "/strategy");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No vision or strategy written yet.").contains("class=\"current\"");

        FormSession.Page saved = browser.post(
                pages + "/strategy",
                Map.of(
                        "vision",
                        "Every team **knows** when to meet <script>alert(1)</script>",
                        "narrative",
                        "## Bets\n\n- Sync first\n- [docs](javascript:alert(1))",
                        "version",
                        "0"));
        assertThat(saved.status()).isEqualTo(302);
        FormSession.Page view = browser.get(pages + "/strategy");
        assertThat(view.body())
                .contains("<strong>knows</strong>")
                .contains("<h2>Bets</h2>")
                .contains("<li>Sync first</li>")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("javascript:alert");

        FormSession.Page stale =
                browser.post(pages + "/strategy", Map.of("vision", "My stale edit", "narrative", "", "version", "0"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Someone else saved this since you opened it")
                .contains("My stale edit")
                .contains("name=\"version\" value=\"1\"");

        FormSession.Page tooLong =
                browser.post(pages + "/strategy", Map.of("vision", "x".repeat(20_001), "version", "1"));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Vision must be at most 20000 characters");
    }

    @Test
    void createsAGoalAndItsKeyResultsThroughTheFormsShowingWhatIsWrong() {
        assertThat(browser.get(pages + "/goals").body()).contains("No goals yet.");
        FormSession.Page missing = browser.post(
                pages + "/goals", Map.of("title", " ", "period", "2027 Q1", "status", "ON_TRACK", "owner", "Priya"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body())
                .contains("Title is required")
                .contains("value=\"2027 Q1\"")
                .contains("value=\"Priya\"");
        FormSession.Page badDates = browser.post(
                pages + "/goals", Map.of("title", "Grow", "startsOn", "2027-03-01", "endsOn", "2027-01-01"));
        assertThat(badDates.body()).contains("End date must not be before the start date");

        FormSession.Page created = browser.post(
                pages + "/goals",
                Map.of("title", "Teams plan their week in Cadence", "period", "2027 Q1", "status", "ON_TRACK"));
        assertThat(created.status()).isEqualTo(302);
        String goal = created.location();
        assertThat(goal).startsWith(pages + "/goals/");

        FormSession.Page same = browser.post(
                goal + "/key-results", Map.of("title", "Monthly churn", "unit", "%", "baseline", "5", "target", "5"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body()).contains("Target must differ from the baseline").contains("value=\"Monthly churn\"");
        FormSession.Page typo = browser.post(
                goal + "/key-results",
                Map.of("title", "Monthly churn", "unit", "%", "baseline", "five", "target", "3"));
        assertThat(typo.body()).contains("Baseline must be a number, not &#39;five&#39;");

        assertThat(browser.post(
                                goal + "/key-results",
                                Map.of(
                                        "title",
                                        "Monthly churn",
                                        "unit",
                                        "%",
                                        "baseline",
                                        "5",
                                        "target",
                                        "3",
                                        "current",
                                        "4,5"))
                        .status())
                .isEqualTo(302);
        FormSession.Page view = browser.get(goal);
        assertThat(view.body())
                .contains("Monthly churn")
                .contains("lower is better")
                .contains("aria-valuenow=\"25\"")
                .contains("width:25%")
                .contains("On track");

        JsonNode kr = ok(owner.get(api(goal.substring(pages.length()))))
                .get("keyResults")
                .get(0);
        String checkIn = goal + "/key-results/" + kr.get("id").asString() + "/current";
        FormSession.Page badCheckIn = browser.post(checkIn, Map.of("current", "soon"));
        assertThat(badCheckIn.status()).isEqualTo(200);
        assertThat(badCheckIn.body()).contains("Current value must be a number");
        assertThat(browser.post(checkIn, Map.of("current", "3.5")).status()).isEqualTo(302);
        FormSession.Page list = browser.get(pages + "/goals");
        assertThat(list.body()).contains("Teams plan their week in Cadence").contains("width:75%");

        FormSession.Page overview = browser.get(pages);
        assertThat(overview.body())
                .contains("Goals &amp; OKRs")
                .contains("1 goal")
                .contains("75%");
    }

    @Test
    void comparesCompetitorsInATableAndRejectsARatingOutOfRange() {
        FormSession.Page criterion = browser.post(pages + "/competitors/criteria", Map.of("name", "Time zones"));
        assertThat(criterion.status()).isEqualTo(302);
        FormSession.Page duplicate = browser.post(pages + "/competitors/criteria", Map.of("name", "time zones"));
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body()).contains("There is already a criterion named");
        String criterionId = ok(owner.get(api("/competitors/criteria")))
                .get("items")
                .get(0)
                .get("id")
                .asString();

        FormSession.Page form = browser.get(pages + "/competitors/new");
        assertThat(form.body()).contains("name=\"rating-" + criterionId + "\"");
        Map<String, String> fields = new HashMap<>(Map.of(
                "name",
                "Tempolane",
                "website",
                "nope nope",
                "rating-" + criterionId,
                "9",
                "note-" + criterionId,
                "One zone per event"));
        FormSession.Page bad = browser.post(pages + "/competitors", fields);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Website must be a web address")
                .contains("Rating must be a whole number from 1 to 5")
                .contains("value=\"One zone per event\"");
        assertThat(ok(owner.get(api("/competitors"))).get("total").asInt()).isZero();

        fields.put("website", "https://tempolane.example");
        fields.put("rating-" + criterionId, "2");
        assertThat(browser.post(pages + "/competitors", fields).status()).isEqualTo(302);
        FormSession.Page matrix = browser.get(pages + "/competitors");
        assertThat(matrix.body())
                .contains("<th scope=\"col\" title=\"\">Time zones</th>".replace(" title=\"\"", ""))
                .contains("Tempolane")
                .contains("2 out of 5")
                .contains("One zone per event");
    }

    @Test
    void showsThePositioningSentenceAndTheCanvas() {
        FormSession.Page saved = browser.post(
                pages + "/positioning",
                Map.of(
                        "targetCustomer", "agency operations leads",
                        "need", "juggle people across client work",
                        "productName", "Cadence",
                        "category", "team calendar",
                        "keyBenefit", "shows who is really free",
                        "alternative", "shared spreadsheets",
                        "differentiation", "keeps leave and focus time beside every booking",
                        "version", "0"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get(pages + "/positioning/edit").body()).contains("value=\"shared spreadsheets\"");
        FormSession.Page canvas = browser.post(
                pages + "/positioning/canvas",
                Map.of("problem", "Clashing meetings", "earlyAdopters", "Agencies of 30 to 80 people", "version", "0"));
        assertThat(canvas.status()).isEqualTo(302);
        FormSession.Page page = browser.get(pages + "/positioning");
        assertThat(page.body())
                .contains("For agency operations leads who juggle people across client work, Cadence is a team"
                        + " calendar that shows who is really free. Unlike shared spreadsheets, our product keeps"
                        + " leave and focus time beside every booking.")
                .contains("Clashing meetings")
                .contains("Agencies of 30 to 80 people")
                .contains("2 of 9 boxes filled");
        FormSession.Page tooLong = browser.post(
                pages + "/positioning/canvas",
                Map.of("problem", "Clashing meetings", "solution", "s".repeat(4001), "version", "1"));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body())
                .contains("Solution must be at most 4000 characters")
                .contains("Clashing meetings");
    }

    @Test
    void viewersSeeThePagesWithoutEditingAndStrangersGetNotFound() {
        ok(owner.post(
                api("/goals"),
                Map.of("title", "Grow", "keyResults", List.of(Map.of("title", "Teams", "baseline", 1, "target", 2)))));
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        FormSession asViewer = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page goals = asViewer.get(pages + "/goals");
        assertThat(goals.status()).isEqualTo(200);
        assertThat(goals.body()).contains("Grow").doesNotContain("/goals/new");
        assertThat(asViewer.get(pages + "/goals/new").status()).isEqualTo(403);
        assertThat(asViewer.get(pages + "/strategy/edit").status()).isEqualTo(403);
        assertThat(asViewer.post(pages + "/strategy", Map.of("vision", "Mine", "version", "0"))
                        .status())
                .isEqualTo(403);
        for (String page : List.of("/strategy", "/goals", "/competitors", "/positioning")) {
            assertThat(asViewer.get(pages + page).status()).as(page).isEqualTo(200);
        }
        ApiClient stranger = newUser("Stan");
        FormSession asStranger = FormSession.signIn(port, email(stranger), PASSWORD);
        assertThat(asStranger.get(pages + "/goals").status()).isEqualTo(404);
        assertThat(asStranger.get(pages + "/strategy").status()).isEqualTo(404);
    }

    @Test
    void everyEditFormOpensWithTheSavedValues() {
        JsonNode goal = ok(owner.post(
                api("/goals"),
                Map.of(
                        "title",
                        "Grow mid-market",
                        "owner",
                        "Priya",
                        "keyResults",
                        List.of(Map.of(
                                "title", "Churn", "unit", "%", "baseline", 2.8, "target", 1.8, "current", 2.4)))));
        String goalId = goal.get("id").asString();
        String krId = goal.get("keyResults").get(0).get("id").asString();
        String criterion = ok(owner.post(api("/competitors/criteria"), Map.of("name", "Price")))
                .get("id")
                .asString();
        String competitor = ok(owner.post(
                        api("/competitors"),
                        Map.of(
                                "name",
                                "Slotwise",
                                "pricing",
                                "$12 per user",
                                "ratings",
                                List.of(Map.of("criterionId", criterion, "rating", 4, "note", "Top plan")))))
                .get("id")
                .asString();
        ok(owner.put(api("/lean-canvas"), Map.of("keyMetrics", "Weekly active teams", "version", 0)));
        ok(owner.put(api("/strategy"), Map.of("vision", "Calm calendars", "version", 0)));

        assertThat(browser.get(pages + "/goals/" + goalId + "/edit").body())
                .contains("value=\"Grow mid-market\"")
                .contains("value=\"Priya\"");
        assertThat(browser.get(pages + "/goals/" + goalId + "/key-results/" + krId + "/edit")
                        .body())
                .contains("value=\"2.8\"")
                .contains("value=\"1.8\"")
                .contains("value=\"2.4\"");
        assertThat(browser.get(pages + "/competitors/" + competitor + "/edit").body())
                .contains("value=\"$12 per user\"")
                .contains("<option value=\"4\" selected=\"selected\">4</option>")
                .contains("value=\"Top plan\"");
        assertThat(browser.get(pages + "/positioning/canvas/edit").body()).contains(">Weekly active teams</textarea>");
        assertThat(browser.get(pages + "/strategy/edit").body()).contains(">Calm calendars</textarea>");
        assertThat(browser.get(pages + "/positioning/edit").status()).isEqualTo(200);

        FormSession.Page stale = browser.post(
                pages + "/goals/" + goalId + "/key-results/" + krId,
                Map.of("title", "Churn", "baseline", "2.8", "target", "1.8", "current", "2.0", "version", "7"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else saved this").contains("value=\"2.0\"");
    }
}
