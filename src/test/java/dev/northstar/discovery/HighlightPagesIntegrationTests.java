package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The highlights panel on a note, and the needs pages that show the evidence. */
@IntegrationTest
class HighlightPagesIntegrationTests extends DiscoveryFixtures {

    static final String TEXT =
            "Sync <b>lags</b> behind Outlook & Google. By the time it appears, someone has grabbed that slot.";

    FormSession browser;
    String need;
    String note;
    String panel;

    @BeforeEach
    void setUp() {
        ownProduct();
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        need = need("Trust that changes show up within a minute", null, "CRITICAL");
        note = note(TEXT);
        panel = "/products/" + product + "/notes/" + note + "/highlights";
    }

    @Test
    void answersThePanelAloneToHtmxAndAWholePageOtherwise() {
        ok(owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "<b>lags</b>", "needId", need)));
        FormSession.Page partial = browser.get(panel, Map.of("HX-Request", "true"));
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body())
                .doesNotContain("<html")
                .doesNotContain("class=\"sidenav\"")
                .contains("id=\"highlights-" + note + "\"");
        // the marked passage is escaped text inside <mark>, as is the rest of the note
        assertThat(partial.body())
                .contains(
                        "<mark class=\"critical\" title=\"Trust that changes show up within a minute\" data-start=\"5\">&lt;b&gt;lags&lt;/b&gt;</mark>")
                .contains("Outlook &amp; Google")
                .doesNotContain("<b>lags</b>");
        assertThat(partial.body())
                .contains("hx-post=\"" + panel + "\"")
                .contains("name=\"start\"")
                .contains("data-highlight-text");

        FormSession.Page full = browser.get(panel);
        assertThat(full.body())
                .contains("<html")
                .contains("class=\"sidenav\"")
                .contains("/products/" + product + "/notes/" + note + "\"")
                .contains("&lt;b&gt;lags&lt;/b&gt;</mark>");
    }

    @Test
    void linksAPastedPassageWithoutJavaScript() {
        FormSession.Page added = browser.post(
                panel, Map.of("quote", "someone has grabbed  that slot", "needId", need, "importance", "important"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo(panel);
        FormSession.Page page = browser.get(panel);
        assertThat(page.body())
                .contains("Highlight linked to")
                .contains("someone has grabbed that slot</mark>")
                .contains("Important");

        JsonNode h = ok(owner.get(api("/notes/" + note + "/highlights")))
                .get("items")
                .get(0);
        assertThat(h.get("start").asInt()).isEqualTo(TEXT.indexOf("someone"));
        assertThat(h.get("importance").asString()).isEqualTo("IMPORTANT");
    }

    @Test
    void linksASelectionByItsOffsetAndAnswersThePanelToHtmx() {
        int start = TEXT.indexOf("By the time");
        FormSession.Page added = browser.post(
                panel,
                Map.of(
                        "start",
                        String.valueOf(start),
                        "quote",
                        "By the time it appears",
                        "needId",
                        need,
                        "importance",
                        ""),
                Map.of("HX-Request", "true"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body())
                .doesNotContain("<html")
                .contains("By the time it appears</mark>")
                .contains("role=\"status\"");
        assertThat(ok(owner.get(api("/notes/" + note + "/highlights")))
                        .get("items")
                        .get(0)
                        .get("start")
                        .asInt())
                .isEqualTo(start);
    }

    @Test
    void showsWhyAPassageCannotBeLinked() {
        FormSession.Page wrong = browser.post(panel, Map.of("quote", "words nobody wrote", "needId", need));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("this text does not appear in the note")
                .contains("words nobody wrote");
        FormSession.Page noNeed = browser.post(panel, Map.of("quote", "Sync"), Map.of("HX-Request", "true"));
        assertThat(noNeed.body()).contains("choose the unmet need");
        assertThat(ok(owner.get(api("/notes/" + note + "/highlights")))
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void removesAHighlightFromThePanel() {
        String id = ok(owner.post(
                        api("/notes/" + note + "/highlights"), Map.of("quote", "grabbed that slot", "needId", need)))
                .get("id")
                .asString();
        FormSession.Page page = browser.get(panel, Map.of("HX-Request", "true"));
        assertThat(page.body()).contains("hx-confirm=\"Remove this highlight?\"");
        FormSession.Page removed = browser.post(
                "/products/" + product + "/highlights/" + id + "/delete", Map.of(), Map.of("HX-Request", "true"));
        assertThat(removed.body()).contains("Highlight removed.").doesNotContain("<mark");
        assertThat(owner.get(api("/highlights/" + id)).status()).isEqualTo(404);
    }

    @Test
    void needsPagesShowEvidenceCountsAndQuotesLinkingToTheirNotes() {
        ok(owner.post(
                api("/notes/" + note + "/highlights"),
                Map.of("quote", "grabbed that slot", "needId", need, "importance", "critical")));
        FormSession.Page list = browser.get("/products/" + product + "/needs");
        assertThat(list.body())
                .contains("Trust that changes show up within a minute")
                .contains("1 highlight")
                .contains("1 critical");
        FormSession.Page view = browser.get("/products/" + product + "/needs/" + need);
        assertThat(view.body())
                .contains("grabbed that slot")
                .contains("href=\"/products/" + product + "/notes/" + note + "\"");

        FormSession.Page form =
                browser.post("/products/" + product + "/needs", Map.of("title", "", "importance", "CRITICAL"));
        assertThat(form.body()).contains("Title is required");
        FormSession.Page created = browser.post(
                "/products/" + product + "/needs", Map.of("title", "Book from a phone", "importance", "NICE_TO_HAVE"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(browser.get(created.location()).body())
                .contains("Book from a phone")
                .contains("Nice to have")
                .contains("No evidence yet.");
    }

    @Test
    void viewersSeeHighlightsButNoFormAndStrangersSeeNothing() {
        ok(owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "grabbed that slot", "needId", need)));
        ApiClient viewer = member("Victor", "VIEWER");
        FormSession asViewer = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page page = asViewer.get(panel, Map.of("HX-Request", "true"));
        assertThat(page.body())
                .contains("grabbed that slot</mark>")
                .doesNotContain("id=\"hl-form-")
                .doesNotContain("/delete");
        assertThat(asViewer.post(panel, Map.of("quote", "Sync", "needId", need)).status())
                .isEqualTo(403);

        ApiClient contributor = member("Cora", "CONTRIBUTOR");
        FormSession asContributor = FormSession.signIn(port, email(contributor), PASSWORD);
        assertThat(asContributor.get(panel).body()).contains("id=\"hl-form-");
        assertThat(asContributor
                        .post(panel, Map.of("quote", "Sync", "needId", need))
                        .status())
                .isEqualTo(302);

        FormSession stranger = FormSession.signIn(port, email(newUser("Mallory")), PASSWORD);
        assertThat(stranger.get(panel).status()).isEqualTo(404);
        assertThat(stranger.get("/products/" + product + "/needs/" + need).status())
                .isEqualTo(404);
    }
}
