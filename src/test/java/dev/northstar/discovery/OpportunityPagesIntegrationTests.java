package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The opportunity–solution tree page, grown node by node through plain forms. */
@IntegrationTest
class OpportunityPagesIntegrationTests extends DiscoveryFixtures {

    FormSession browser;
    String pages;

    @BeforeEach
    void setUp() {
        ownProduct();
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        pages = "/products/" + product + "/opportunities";
    }

    @Test
    void growsTheTreeFromAnOutcome() {
        String need = need("See times in every attendee's zone", null, "CRITICAL");
        FormSession.Page empty = browser.get(pages);
        assertThat(empty.body()).contains("No desired outcome yet").contains("name=\"outcome\"");

        assertThat(browser.post(pages + "/outcome", Map.of("outcome", "  ")).body())
                .contains("The desired outcome is required");
        FormSession.Page set = browser.post(pages + "/outcome", Map.of("outcome", "Fewer meetings at 3 a.m."));
        assertThat(set.status()).isEqualTo(302);
        assertThat(set.location()).isEqualTo(pages + "#outcome");

        assertThat(browser.post(pages, Map.of("needId", "", "title", "")).body())
                .contains("An opportunity without a need needs a title is required");
        FormSession.Page added = browser.post(pages, Map.of("needId", need, "title", ""));
        assertThat(added.location()).startsWith(pages + "#opp-");
        String opportunity = added.location().substring(added.location().indexOf("#opp-") + 5);

        FormSession.Page solution = browser.post(
                pages + "/" + opportunity + "/solutions", Map.of("title", "Show the viewer's zone everywhere"));
        String solutionId = solution.location().substring(solution.location().indexOf("#sol-") + 5);
        browser.post(
                pages + "/solutions/" + solutionId + "/tests",
                Map.of(
                        "assumption",
                        "People misread times on teammates' calendars",
                        "test",
                        "Five-second test with 12 users",
                        "status",
                        "RUNNING"));

        FormSession.Page tree = browser.get(pages);
        assertThat(tree.body())
                .contains("Fewer meetings at 3 a.m.")
                .contains("See times in every attendee&#39;s zone")
                .contains("Show the viewer&#39;s zone everywhere")
                .contains("People misread times")
                .contains("Running")
                .contains("class=\"node outcome\"")
                .contains("class=\"node opportunity\"")
                .contains("class=\"node solution\"")
                .contains("class=\"node test\"");

        JsonNode api = ok(owner.get(api("/opportunity-tree")));
        assertThat(api.get("opportunities")
                        .get(0)
                        .get("solutions")
                        .get(0)
                        .get("assumptionTests")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
    }

    @Test
    void editsAndRemovesNodesAndShowsErrorsBesideTheFormThatFailed() {
        ok(owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "Grow",
                        "opportunities",
                        java.util.List.of(Map.of(
                                "title",
                                "Leave is invisible",
                                "solutions",
                                java.util.List.of(Map.of("title", "Leave calendar")))))));
        JsonNode tree = ok(owner.get(api("/opportunity-tree")));
        String opp = tree.get("opportunities").get(0).get("id").asString();
        String sol = tree.get("opportunities")
                .get(0)
                .get("solutions")
                .get(0)
                .get("id")
                .asString();

        FormSession.Page bad = browser.post(pages + "/solutions/" + sol, Map.of("title", ""));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Title is required").contains("<details class=\"node-edit\" open=\"open\"");

        browser.post(pages + "/" + opp, Map.of("needId", "", "title", "Nobody knows who is away"));
        browser.post(pages + "/solutions/" + sol + "/delete", Map.of());
        JsonNode after =
                ok(owner.get(api("/opportunity-tree"))).get("opportunities").get(0);
        assertThat(after.get("title").asString()).isEqualTo("Nobody knows who is away");
        assertThat(after.get("solutions").size()).isZero();
    }

    @Test
    void viewersSeeTheTreeWithoutFormsAndStrangersSeeNothing() {
        ok(owner.patch(api("/opportunity-tree"), Map.of("outcome", "Grow")));
        ApiClient viewer = member("Victor", "VIEWER");
        FormSession asViewer = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page page = asViewer.get(pages);
        assertThat(page.body())
                .contains("Grow")
                .doesNotContain("Add opportunity")
                .doesNotContain("Change outcome");
        assertThat(asViewer.post(pages + "/outcome", Map.of("outcome", "Mine")).status())
                .isEqualTo(403);

        FormSession stranger = FormSession.signIn(port, email(newUser("Mallory")), PASSWORD);
        assertThat(stranger.get(pages).status()).isEqualTo(404);
    }

    @Test
    void overviewShowsPersonasNeedsWithMostEvidenceAndTheTree() {
        persona("Maya");
        String need = need("Know who is away", null, "IMPORTANT");
        String note = note("I never know who is away on Fridays.");
        ok(owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "who is away", "needId", need)));
        ok(owner.patch(api("/opportunity-tree"), Map.of("outcome", "Raise weekly active teams")));
        FormSession.Page overview = browser.get("/products/" + product);
        assertThat(overview.body())
                .contains("Personas &amp; segments")
                .contains("1 persona · no segments")
                .contains("Know who is away (1 highlight)")
                .contains("Raise weekly active teams")
                .contains("no opportunities");
    }
}
