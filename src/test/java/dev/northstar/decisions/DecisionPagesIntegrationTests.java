package dev.northstar.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision pages as a browser without JavaScript uses them. */
@IntegrationTest
class DecisionPagesIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    String feature;
    FormSession browser;
    String pages;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        feature = ok(owner.post(
                        "/api/v1/products/" + product + "/features",
                        Map.of("title", "Leave calendar sync", "effort", 3)))
                .get("id")
                .asString();
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        pages = "/products/" + product + "/decisions";
    }

    @Test
    void saysWhatToDoWhenNothingIsRecorded() {
        FormSession.Page empty = browser.get(pages);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No decisions recorded yet.").contains(pages + "/new");
    }

    @Test
    void recordsADecisionAndShowsThenAndNow() {
        Map<String, String> form = new HashMap<>();
        form.put("title", "Build leave sync with HR tools");
        form.put("options[0].title", "Import from BambooHR and Personio");
        form.put("options[0].pros", "One source of truth\nNo double entry");
        form.put("options[0].cons", "Two integrations to maintain");
        form.put("decision", "");
        form.put("people[0].name", "Priya");
        form.put("people[0].role", "decided");
        form.put("decidedOn", "2026-02-10");
        form.put("status", "ACCEPTED");
        form.put("featureIds", feature);
        FormSession.Page rejected = browser.post(pages, form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("Decision is required").contains("Build leave sync with HR tools");
        assertThat(ok(owner.get("/api/v1/products/" + product + "/decisions"))
                        .get("total")
                        .asInt())
                .isZero();

        form.put("decision", "Sync leave from the two HR tools our customers use most.");
        FormSession.Page saved = browser.post(pages, form);
        assertThat(saved.status()).isEqualTo(302);
        ok(owner.patch("/api/v1/products/" + product + "/features/" + feature, Map.of("effort", 6)));

        FormSession.Page view = browser.get(saved.location());
        assertThat(view.body())
                .contains("Build leave sync with HR tools")
                .contains("No double entry")
                .contains("Two integrations to maintain")
                .contains("Priya")
                .contains("Leave calendar sync")
                .contains("3.0")
                .contains("6.0")
                .contains("Accepted");
        assertThat(browser.get(pages).body()).contains("Build leave sync with HR tools");

        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        FormSession.Page edit = browser.get(pages + "/" + id + "/edit");
        assertThat(edit.body()).contains("Import from BambooHR and Personio").contains("checked");
    }

    @Test
    void viewersReadButCannotRecord() {
        ok(owner.post(
                "/api/v1/products/" + product + "/decisions",
                Map.of("title", "Keep the free plan", "decision", "Keep it for teams of up to five.")));
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        FormSession vb = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page list = vb.get(pages);
        assertThat(list.body()).contains("Keep the free plan").doesNotContain(pages + "/new");
        assertThat(vb.get(pages + "/new").status()).isEqualTo(403);
        assertThat(vb.post(pages, Map.of("title", "x", "decision", "y")).status())
                .isEqualTo(403);
        ApiClient stranger = newUser("Sam");
        assertThat(FormSession.signIn(port, email(stranger), PASSWORD)
                        .get(pages)
                        .status())
                .isEqualTo(404);
    }
}
