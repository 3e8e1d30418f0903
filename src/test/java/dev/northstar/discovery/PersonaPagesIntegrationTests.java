package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The personas pages as a browser without JavaScript uses them. */
@IntegrationTest
class PersonaPagesIntegrationTests extends DiscoveryFixtures {

    FormSession browser;
    String pages;

    @BeforeEach
    void setUp() {
        ownProduct();
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        pages = "/products/" + product + "/personas";
    }

    @Test
    void showsWhatToDoWhenThereAreNoPersonasYet() {
        FormSession.Page empty = browser.get(pages);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains("No personas or segments yet.")
                .contains(pages + "/new?kind=PERSONA")
                .contains("class=\"current\"");
    }

    @Test
    void createsAPersonaThroughTheFormAfterShowingWhatIsMissing() {
        FormSession.Page form = browser.get(pages + "/new?kind=SEGMENT");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("How the problem makes them feel")
                .contains("for=\"p-frustrations\"")
                .contains("value=\"SEGMENT\" aria-describedby=\"kind-help\" checked=\"checked\"");

        Map<String, String> fields =
                new HashMap<>(Map.of("kind", "PERSONA", "name", " ", "feelings", "Anxious <b>every</b> Monday"));
        FormSession.Page missing = browser.post(pages, fields);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Name is required").contains("Anxious &lt;b&gt;every&lt;/b&gt; Monday");

        fields.put("name", "Maya <script>x</script>");
        FormSession.Page created = browser.post(pages, fields);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).startsWith(pages + "/");

        FormSession.Page view = browser.get(created.location());
        assertThat(view.body())
                .contains("Maya &lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>")
                .contains("Anxious &lt;b&gt;every&lt;/b&gt; Monday")
                .contains("Not described yet.")
                .contains("Feelings")
                .contains("Frustrations");

        FormSession.Page list = browser.get(pages);
        assertThat(list.body()).contains("Maya &lt;script&gt;").contains("no unmet needs");
    }

    @Test
    void showsTheNeedsOfAPersonaOnItsPage() {
        String id = persona("Arun");
        need("See times in every attendee's zone", id, "CRITICAL");
        FormSession.Page view = browser.get(pages + "/" + id);
        assertThat(view.body())
                .contains("See times in every attendee&#39;s zone")
                .contains("Critical")
                .contains("/needs/new?persona=" + id);
    }

    @Test
    void keepsTheEditorsTextWhenSomeoneElseSavedFirst() {
        String id = persona("Renata");
        FormSession.Page edit = browser.get(pages + "/" + id + "/edit");
        assertThat(edit.body()).contains("name=\"version\" value=\"0\"");
        ok(owner.patch(api("/personas/" + id), Map.of("goals", "Fair routing")));

        FormSession.Page stale = browser.post(
                pages + "/" + id,
                Map.of("version", "0", "kind", "PERSONA", "name", "Renata, sales lead", "goals", "My goals"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Someone else saved this persona")
                .contains("Renata, sales lead")
                .contains("name=\"version\" value=\"1\"");
        assertThat(ok(owner.get(api("/personas/" + id))).get("goals").asString())
                .isEqualTo("Fair routing");

        FormSession.Page saved = browser.post(
                pages + "/" + id,
                Map.of("version", "1", "kind", "PERSONA", "name", "Renata, sales lead", "goals", "My goals"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(ok(owner.get(api("/personas/" + id))).get("goals").asString())
                .isEqualTo("My goals");
    }

    @Test
    void deletesAPersonaAfterAskingFirst() {
        String id = persona("Maya");
        assertThat(browser.get(pages + "/" + id).body()).contains("data-confirm=\"Delete this persona?");
        FormSession.Page deleted = browser.post(pages + "/" + id + "/delete", Map.of());
        assertThat(deleted.location()).isEqualTo(pages);
        assertThat(browser.get(pages + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void viewersReadWithoutEditControlsAndStrangersSeeNothing() {
        String id = persona("Maya");
        ApiClient viewer = member("Victor", "VIEWER");
        FormSession asViewer = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page list = asViewer.get(pages);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Maya").doesNotContain("New persona");
        assertThat(asViewer.get(pages + "/" + id).body())
                .doesNotContain("/edit")
                .doesNotContain("/delete");
        assertThat(asViewer.get(pages + "/new").status()).isEqualTo(403);
        assertThat(asViewer.post(pages, Map.of("kind", "PERSONA", "name", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(asViewer.post(pages + "/" + id + "/delete", Map.of()).status())
                .isEqualTo(403);

        FormSession stranger = FormSession.signIn(port, email(newUser("Mallory")), PASSWORD);
        assertThat(stranger.get(pages).status()).isEqualTo(404);
        assertThat(stranger.get(pages + "/" + id).status()).isEqualTo(404);
    }
}
