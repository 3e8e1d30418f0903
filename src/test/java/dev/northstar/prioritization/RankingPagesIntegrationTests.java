package dev.northstar.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scores panel, the ranking page and the scorecards page as a browser without JavaScript uses them. */
@IntegrationTest
class RankingPagesIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    FormSession browser;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        browser = FormSession.signIn(port, email(owner), PASSWORD);
    }

    private String feature(String title) {
        return ok(owner.post("/api/v1/products/" + product + "/features", Map.of("title", title)))
                .get("id")
                .asString();
    }

    @Test
    void scoresAFeatureFromItsPageAndReRendersTheFormOnBadInput() {
        String f = feature("Working hours per attendee");
        String page = "/products/" + product + "/features/" + f;
        FormSession.Page view = browser.get(page);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body())
                .contains("Scores")
                .contains("3: massive")
                .contains("not scored")
                .contains("Evidence score");

        Map<String, String> form =
                new HashMap<>(Map.of("reach", "4000", "impact", "2", "confidence", "120", "effort", "4"));
        FormSession.Page rejected = browser.post(page + "/scores/rice", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("Confidence must be a percent above 0 and at most 100")
                .contains("value=\"4000\"");
        assertThat(ok(owner.get("/api/v1/products/" + product + "/features/" + f + "/scores"))
                        .get("items"))
                .isEmpty();

        form.put("confidence", "80");
        FormSession.Page saved = browser.post(page + "/scores/rice", form);
        assertThat(saved.status()).isEqualTo(302);
        FormSession.Page after = browser.get(page);
        assertThat(after.body()).contains("4000 × 2 × 80% / 4 = 1600").contains("1,600.00");

        Map<String, String> kano =
                new HashMap<>(Map.of("counts.attractive", "4", "counts.must-be", "", "kanoFunctional", ""));
        assertThat(browser.post(page + "/scores/kano", kano).status()).isEqualTo(302);
        assertThat(browser.get(page + "/scores").body())
                .contains("Attractive: must-be 0 · one-dimensional 0 · attractive 4")
                .contains("Score history");
    }

    @Test
    void ranksWithBreakdownsComparesNeighboursAndMovesManuallyWithAReason() {
        String a = feature("Alpha");
        String b = feature("Bravo");
        String api = "/api/v1/products/" + product + "/features/";
        ok(owner.put(api + a + "/scores/rice", Map.of("reach", 1000, "impact", 1, "confidence", 100, "effort", 2)));
        ok(owner.put(api + b + "/scores/rice", Map.of("reach", 4000, "impact", 2, "confidence", 80, "effort", 4)));
        ok(owner.put(api + a + "/scores/value-effort", Map.of("value", 8, "effort", 2)));

        FormSession.Page rice = browser.get("/products/" + product + "/ranking");
        assertThat(rice.status()).isEqualTo(200);
        assertThat(rice.body().indexOf("Bravo")).isLessThan(rice.body().indexOf("Alpha"));
        assertThat(rice.body())
                .contains("4000 × 2 × 80% / 4 = 1600")
                .contains("Sensitivity")
                .contains("break-even");

        ok(owner.put(api + b + "/scores/moscow", Map.of("category", "must")));
        assertThat(browser.get("/products/" + product + "/ranking?framework=evidence")
                        .body())
                .contains(">Evidence</a>", "Evidence score = Σ", "No feature cites a highlight yet");
        assertThat(browser.get("/products/" + product + "/ranking?framework=moscow")
                        .body())
                .contains("<td class=\"score-value\">Must have</td>");

        FormSession.Page ve = browser.get("/products/" + product + "/ranking?framework=value-effort");
        assertThat(ve.body()).contains("value-effort-chart").contains("quick win");

        String moves = "/products/" + product + "/ranking/moves";
        FormSession.Page noReason = browser.post(moves, Map.of("featureId", a, "position", "1", "reason", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("A reason for the move is required");
        FormSession.Page moved =
                browser.post(moves, Map.of("featureId", b, "position", "1", "reason", "Sales asked twice"));
        assertThat(moved.status()).isEqualTo(302);
        FormSession.Page manual = browser.get("/products/" + product + "/ranking?framework=manual");
        assertThat(manual.body().indexOf("data-id=\"" + b))
                .isLessThan(manual.body().indexOf("data-id=\"" + a));
        assertThat(manual.body()).contains("Sales asked twice").contains("Olivia");
    }

    @Test
    void definesAScorecardAndShowsItAsATab() {
        FormSession.Page bad = browser.post(
                "/products/" + product + "/scorecards", Map.of("name", "Growth", "drivers", "Revenue | heavy | 1 | 5"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("is not a number");
        FormSession.Page ok = browser.post(
                "/products/" + product + "/scorecards",
                Map.of("name", "Growth", "drivers", "Revenue | 3 | 1 | 5\nFit | 1 | 0 | 10"));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(browser.get("/products/" + product + "/scorecards").body())
                .contains("Growth")
                .contains("Revenue");
        assertThat(browser.get("/products/" + product + "/ranking").body()).contains(">Growth<");
        String f = feature("Alpha");
        assertThat(browser.get("/products/" + product + "/features/" + f).body())
                .contains("Scorecard: Growth");
    }

    @Test
    void riceFormStartsFromTheFeaturesOwnEffortEstimate() {
        String f = ok(owner.post(
                        "/api/v1/products/" + product + "/features",
                        Map.of("title", "Mobile reschedule", "effort", 2.5)))
                .get("id")
                .asString();
        String body = browser.get("/products/" + product + "/features/" + f).body();
        assertThat(body).contains("id=\"score-rice-effort\" name=\"effort\" value=\"2.5\"");
    }

    @Test
    void viewersSeeTheRankingWithoutForms() {
        String f = feature("Alpha");
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, viewer, "VIEWER");
        FormSession v = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page page = v.get("/products/" + product + "/ranking?framework=manual");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Alpha").doesNotContain("move-form");
        assertThat(v.post(
                                "/products/" + product + "/ranking/moves",
                                Map.of("featureId", f, "position", "1", "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(v.get("/products/" + product + "/features/" + f).body()).doesNotContain("Save score");
    }
}
