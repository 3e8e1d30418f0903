package dev.northstar.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The roadmap pages as a browser without JavaScript uses them. */
@IntegrationTest
class RoadmapPagesIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    FormSession browser;
    String pages;
    Period q0;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        pages = "/products/" + product + "/roadmap";
        q0 = Period.containing(Granularity.QUARTER, LocalDate.now());
    }

    @Test
    void emptyBoardSaysWhatToDo() {
        FormSession.Page board = browser.get(pages);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("Nothing on the board yet.").contains("Create a share link");
    }

    @Test
    void setsUpTeamsAndReleasesAndRejectsNegativeCapacity() {
        FormSession.Page bad = browser.post(pages + "/teams", Map.of("name", "Platform", "cap." + q0.key(), "-3"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("must be 0 or more person-months");
        assertThat(ok(owner.get(api("/roadmap/teams"))).size()).isZero();

        assertThat(browser.post(pages + "/teams", Map.of("name", "Platform", "members", "4", "cap." + q0.key(), "6"))
                        .status())
                .isEqualTo(302);
        JsonNode team = ok(owner.get(api("/roadmap/teams"))).get(0);
        assertThat(team.get("capacity").get(q0.key()).asDouble()).isEqualTo(6.0);

        FormSession.Page noDate = browser.post(pages + "/releases", Map.of("name", "Spring launch", "date", ""));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("date is required").contains("Spring launch");
        assertThat(browser.post(
                                pages + "/releases",
                                Map.of(
                                        "name",
                                        "Spring launch",
                                        "date",
                                        q0.firstDay().plusDays(9).toString()))
                        .status())
                .isEqualTo(302);
        FormSession.Page setup = browser.get(pages + "/setup");
        assertThat(setup.body()).contains("Platform").contains("Spring launch");
        assertThat(browser.get(pages + "/timeline").body()).contains("Platform").contains("Spring launch");
    }

    @Test
    void movesACardWithTheKeyboardFormAndPlansAndAcceptsFromThePlanPage() {
        String id = ok(owner.post(
                        api("/features"), Map.of("title", "Working hours", "status", "candidate", "effort", 2)))
                .get("id")
                .asString();
        FormSession.Page moved = browser.post(pages + "/move", Map.of("featureId", id, "column", "next"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(ok(owner.get(api("/features/" + id))).get("status").asString())
                .isEqualTo("PLANNED");

        ok(owner.post(api("/roadmap/teams"), Map.of("name", "Platform", "capacity", Map.of(q0.key(), 3))));
        FormSession.Page run = browser.post(pages + "/plan", Map.of("framework", "rice", "seconds", "1"));
        assertThat(run.status()).isEqualTo(302);
        FormSession.Page review = browser.get(run.location());
        assertThat(review.body()).contains("Working hours").contains("Accept ticked");
        String planId = run.location().substring(run.location().indexOf("id=") + 3);
        assertThat(browser.post(pages + "/plan/" + planId + "/accept", Map.of("featureIds", id))
                        .status())
                .isEqualTo(302);
        assertThat(ok(owner.get(api("/roadmap/items"))).get(0).get("period").asString())
                .isEqualTo(q0.key());
        assertThat(browser.get(pages + "/schedule").body())
                .contains("Working hours")
                .contains(q0.label());
    }

    @Test
    void viewerSeesTheBoardButCannotMoveCards() {
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, viewer, "VIEWER");
        String id = ok(owner.post(api("/features"), Map.of("title", "Working hours", "status", "candidate")))
                .get("id")
                .asString();
        FormSession v = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page board = v.get(pages);
        assertThat(board.body())
                .contains("Working hours")
                .doesNotContain("move-form")
                .doesNotContain("Create a share link");
        assertThat(v.post(pages + "/move", Map.of("featureId", id, "column", "now"))
                        .status())
                .isEqualTo(403);
        assertThat(ok(owner.get(api("/features/" + id))).get("status").asString())
                .isEqualTo("CANDIDATE");
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }
}
