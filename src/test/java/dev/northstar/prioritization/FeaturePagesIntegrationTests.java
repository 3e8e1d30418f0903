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

/** The feature pages as a browser without JavaScript uses them. */
@IntegrationTest
class FeaturePagesIntegrationTests extends ApiTestSupport {

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
        pages = "/products/" + product + "/features";
    }

    @Test
    void saysWhatToDoWhenThereAreNoFeatures() {
        FormSession.Page empty = browser.get(pages);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No features yet.").contains(pages + "/new");
    }

    @Test
    void reRendersTheFormWithTheMessageAndKeepsWhatWasTyped() {
        Map<String, String> form = new HashMap<>();
        form.put("title", "Working hours per attendee");
        form.put("problem", "Invites at 3 am.");
        form.put("status", "CANDIDATE");
        form.put("effort", "zero");
        FormSession.Page rejected = browser.post(pages, form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("is not a number").contains("Working hours per attendee");
        assertThat(ok(owner.get("/api/v1/products/" + product + "/features"))
                        .get("total")
                        .asInt())
                .isZero();

        form.put("effort", "2,5");
        FormSession.Page saved = browser.post(pages, form);
        assertThat(saved.status()).isEqualTo(302);
        FormSession.Page view = browser.get(saved.location());
        assertThat(view.body())
                .contains("Working hours per attendee")
                .contains("Invites at 3 am.")
                .contains("2.5 person-months")
                .contains("Candidate");
        assertThat(browser.get(pages).body()).contains("Working hours per attendee");
    }

    @Test
    void citesANeedAndMovesTheFeatureAlong() {
        String need = ok(owner.post(
                        "/api/v1/products/" + product + "/needs",
                        Map.of("title", "Know when colleagues abroad are working")))
                .get("id")
                .asString();
        String id = ok(owner.post("/api/v1/products/" + product + "/features", Map.of("title", "Working hours")))
                .get("id")
                .asString();
        FormSession.Page picker = browser.get(pages + "/" + id + "/evidence");
        assertThat(picker.body()).contains("Know when colleagues abroad are working");
        assertThat(browser.post(pages + "/" + id + "/evidence", Map.of("kind", "need", "refId", need))
                        .status())
                .isEqualTo(302);
        assertThat(browser.post(pages + "/" + id + "/status", Map.of("status", "planned"))
                        .status())
                .isEqualTo(302);
        FormSession.Page view = browser.get(pages + "/" + id);
        assertThat(view.body())
                .contains("Know when colleagues abroad are working")
                .contains("Planned");
    }

    @Test
    void viewersCannotOpenTheForm() {
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        FormSession asViewer = FormSession.signIn(port, email(viewer), PASSWORD);
        assertThat(asViewer.get(pages).status()).isEqualTo(200);
        assertThat(asViewer.get(pages + "/new").status()).isEqualTo(403);
    }
}
