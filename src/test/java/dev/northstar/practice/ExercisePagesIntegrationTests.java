package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ExercisePagesIntegrationTests extends ApiTestSupport {

    static final String PAGES = "/practice/exercises";

    FormSession signIn(ApiClient user) {
        return FormSession.signIn(port, email(user), PASSWORD);
    }

    static Map<String, String> raciForm(String op, String... cells) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "raci");
        form.put("title", "Booking pages launch");
        form.put("c.project", "Launch of booking pages");
        form.put("c.people[0]", "Priya");
        form.put("c.people[1]", "Tom");
        form.put("c.rows[0].task", "Write the spec");
        form.put("c.rows[0].cell[0]", cells[0]);
        form.put("c.rows[0].cell[1]", cells[1]);
        form.put("c.rows[1].task", "Announce it");
        form.put("c.rows[1].cell[0]", cells[2]);
        form.put("c.rows[1].cell[1]", cells[3]);
        form.put("op", op);
        return form;
    }

    @Test
    void theListExplainsExercisesAndThePickerGroupsThem() {
        FormSession s = signIn(newUser("Mia"));
        FormSession.Page list = s.get(PAGES);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("No exercises yet.")
                .contains("structured form")
                .contains("New exercise");
        FormSession.Page picker = s.get(PAGES + "/new");
        assertThat(picker.body())
                .contains("Guided exercises")
                .contains("Framework templates")
                .contains("Metrics practice")
                .contains("RACI matrix")
                .contains("Draw two products at random");
        FormSession.Page editor = s.get(PAGES + "/new?kind=raci");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).contains("exactly one Accountable").contains("name=\"c.people[0]\"");
        assertThat(s.get(PAGES + "/new?kind=okr").body()).contains("must be one of");
    }

    @Test
    void aRaciThatBreaksTheRuleIsReRenderedNamingTheRowAndKeepsTheTypedText() {
        ApiClient mia = newUser("Mia");
        FormSession s = signIn(mia);
        FormSession.Page refused = s.post(PAGES, raciForm("save", "A", "A", "R", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("The exercise was not saved")
                .contains("Row 1 (“Write the spec”) needs exactly one Accountable (A); it has 2: Priya, Tom")
                .contains("Row 2 (“Announce it”) needs exactly one Accountable")
                .contains("value=\"Write the spec\"")
                .contains("value=\"Booking pages launch\"");
        assertThat(ok(mia.get("/api/v1/practice/exercises")).get("total").asInt())
                .isZero();

        FormSession.Page saved = s.post(PAGES, raciForm("save", "A", "R", "R", "A"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).startsWith(PAGES + "/");
        FormSession.Page view = s.get(saved.location());
        assertThat(view.body())
                .contains("Saved &quot;Booking pages launch&quot;")
                .contains("value=\"Announce it\"");
        var stored =
                ok(mia.get("/api/v1/practice/exercises")).get("items").get(0).get("content");
        assertThat(stored.get("rows").get(1).get("roles").get("Tom").asString()).isEqualTo("A");
    }

    @Test
    void addingAndRemovingRowsKeepsWhatWasTypedAndSavesNothing() {
        ApiClient mia = newUser("Mia");
        FormSession s = signIn(mia);
        FormSession.Page added = s.post(PAGES, raciForm("add:people", "A", "R", "", ""));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body())
                .contains("value=\"Priya\"")
                .contains("value=\"Write the spec\"")
                .contains("name=\"c.people[2]\"")
                .contains("name=\"c.rows[0].cell[2]\"");
        Map<String, String> htmx = new LinkedHashMap<>(raciForm("add:rows", "A", "R", "", ""));
        FormSession.Page fragment = s.post(PAGES, htmx, Map.of("HX-Request", "true"));
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains("id=\"exercise-fields\"")
                .contains("name=\"c.rows[2].task\"")
                .contains("value=\"Announce it\"");
        FormSession.Page removed = s.post(PAGES, raciForm("remove:people:0", "A", "R", "C", "R"));
        assertThat(removed.body()).doesNotContain("value=\"Priya\"").contains("value=\"Tom\"");
        assertThat(ok(mia.get("/api/v1/practice/exercises")).get("total").asInt())
                .isZero();
    }

    @Test
    void saveAndCheckShowsFindingsBesideTheFields() {
        FormSession s = signIn(newUser("Mia"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "metrics");
        form.put("c.product", "A team calendar");
        form.put("c.customerMetrics[0]", "Customer happiness");
        form.put("c.northStar", "Total signups");
        form.put("op", "check");
        FormSession.Page saved = s.post(PAGES, form);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("?check=true");
        FormSession.Page checked = s.get(saved.location().replace("#check-results", ""));
        assertThat(checked.body())
                .contains("id=\"check-results\"")
                .contains("id=\"c-northStar-notes\"")
                .contains("is a vanity metric")
                .contains("cannot be measured as written")
                .contains("What this check cannot judge");
    }

    @Test
    void anotherUsersExerciseIsNotFoundOnEveryPage() {
        ApiClient mia = newUser("Mia");
        String id = ok(mia.post(
                        "/api/v1/practice/exercises",
                        Map.of("kind", "kano", "content", Map.of("product", "Secret ride app"))))
                .get("id")
                .asString();
        FormSession sam = signIn(newUser("Sam"));
        assertThat(sam.get(PAGES + "/" + id).status()).isEqualTo(404);
        assertThat(sam.get(PAGES + "/" + id).body()).doesNotContain("Secret ride app");
        assertThat(sam.post(PAGES + "/" + id, Map.of("version", "0", "op", "save"))
                        .status())
                .isEqualTo(404);
        assertThat(sam.post(PAGES + "/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(sam.post(PAGES + "/" + id + "/portfolio", Map.of("portfolio", "true"))
                        .status())
                .isEqualTo(404);
        assertThat(sam.get(PAGES).body()).contains("No exercises yet.").doesNotContain("Secret ride app");
        assertThat(ok(mia.get("/api/v1/practice/exercises/" + id))
                        .get("portfolio")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aStaleSaveKeepsTheTextAndSaysSo() {
        ApiClient mia = newUser("Mia");
        String id = ok(mia.post("/api/v1/practice/exercises", Map.of("kind", "teardown")))
                .get("id")
                .asString();
        ok(mia.put("/api/v1/practice/exercises/" + id, Map.of("version", 0, "title", "Changed elsewhere")));
        FormSession s = signIn(mia);
        FormSession.Page stale = s.post(
                PAGES + "/" + id, Map.of("version", "0", "title", "Mine", "c.product", "City bikes", "op", "save"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("saved elsewhere")
                .contains("value=\"City bikes\"")
                .contains("name=\"version\" value=\"1\"");
    }

    @Test
    void startsFromAProductAndTogglesPortfolioAndDeletes() {
        ApiClient mia = newUser("Mia");
        String product = newProduct(mia, newWorkspace(mia, "Side project"), "Cadence");
        ok(mia.post(
                "/api/v1/products/" + product + "/personas",
                Map.of("kind", "persona", "name", "Olu, operations lead")));
        FormSession s = signIn(mia);
        assertThat(s.get(PAGES + "/new").body()).contains("Cadence (Side project)");
        FormSession.Page draft = s.get(PAGES + "/new?kind=product-execution&product=" + product);
        assertThat(draft.body())
                .contains("value=\"Olu, operations lead\"")
                .contains("Started from the product Cadence");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "product-execution");
        form.put("productId", product);
        form.put("productName", "Cadence");
        form.put("title", "Execution for Cadence");
        form.put("c.personas[0].name", "Olu, operations lead");
        form.put("op", "save");
        String location = s.post(PAGES, form).location();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(ok(mia.get("/api/v1/practice/exercises/" + id))
                        .get("product")
                        .get("name")
                        .asString())
                .isEqualTo("Cadence");

        assertThat(s.post(PAGES + "/" + id + "/portfolio", Map.of("portfolio", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(s.get(PAGES + "/" + id).body()).contains("This exercise is in your portfolio.");
        assertThat(s.get(PAGES).body()).contains("In portfolio").contains("from Cadence");
        assertThat(s.get(PAGES + "?kind=raci").body()).contains("No RACI matrix exercises yet.");

        assertThat(s.post(PAGES + "/" + id + "/delete", Map.of()).location()).isEqualTo(PAGES);
        assertThat(s.get(PAGES + "/" + id).status()).isEqualTo(404);
        assertThat(ok(mia.get("/api/v1/practice/exercises")).get("total").asInt())
                .isZero();
        assertThat(List.of()).isEmpty();
    }
}
