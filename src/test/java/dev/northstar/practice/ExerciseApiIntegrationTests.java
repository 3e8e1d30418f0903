package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ExerciseApiIntegrationTests extends ApiTestSupport {

    static final String API = "/api/v1/practice/exercises";

    static Map<String, Object> raci(Map<String, String>... rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, String> roles : rows) {
            out.add(Map.of("task", "Task " + (out.size() + 1), "roles", roles));
        }
        return Map.of("project", "Launch booking pages", "people", List.of("Priya", "Tom", "Ana"), "rows", out);
    }

    @Test
    void savesADraftAndListsItByKind() {
        ApiClient me = newUser("Mia");
        JsonNode metrics = ok(me.post(
                API,
                Map.of(
                        "kind",
                        "metrics",
                        "title",
                        "Metrics for a calendar app",
                        "content",
                        Map.of("product", "A team calendar", "northStar", "Total signups"))));
        assertThat(metrics.get("kind").asString()).isEqualTo("metrics");
        assertThat(metrics.get("version").asInt()).isZero();
        assertThat(metrics.get("portfolio").asBoolean()).isFalse();
        assertThat(metrics.get("content").get("northStar").asString()).isEqualTo("Total signups");
        ok(me.post(API, Map.of("kind", "raci", "content", raci(Map.of("Priya", "A", "Tom", "R")))));

        JsonNode all = ok(me.get(API));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode onlyRaci = ok(me.get(API + "?kind=raci"));
        assertThat(onlyRaci.get("total").asInt()).isEqualTo(1);
        assertThat(onlyRaci.get("items").get(0).get("title").asString()).isEqualTo("RACI matrix");
        assertThat(onlyRaci.get("items")
                        .get(0)
                        .get("content")
                        .get("rows")
                        .get(0)
                        .get("roles")
                        .get("Priya")
                        .asString())
                .isEqualTo("A");

        ApiClient.Response badKind = me.get(API + "?kind=okr");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void refusesARaciRowWithoutExactlyOneAccountableNamingTheRow() {
        ApiClient me = newUser("Mia");
        ApiClient.Response r = me.post(
                API,
                Map.of(
                        "kind",
                        "raci",
                        "content",
                        raci(
                                Map.of("Priya", "A", "Tom", "R"),
                                Map.of("Priya", "A", "Tom", "A", "Ana", "C"),
                                Map.of("Ana", "A"))));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        r.json().get("errors").forEach(e -> {
            fields.add(e.get("field").asString());
            messages.add(e.get("message").asString());
        });
        assertThat(fields)
                .containsExactly(
                        "content.rows[1].accountable", "content.rows[1].responsible", "content.rows[2].responsible");
        assertThat(messages.getFirst())
                .contains("Row 2")
                .contains("exactly one Accountable")
                .contains("Priya, Tom");
        assertThat(ok(me.get(API)).get("total").asInt()).isZero();

        JsonNode saved = ok(me.post(API, Map.of("kind", "raci", "content", raci(Map.of("Priya", "A", "Tom", "R")))));
        ApiClient.Response update = me.put(
                API + "/" + saved.get("id").asString(),
                Map.of("version", 0, "content", raci(Map.of("Priya", "R", "Tom", "R"))));
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.json().get("errors").get(0).get("field").asString()).isEqualTo("content.rows[0].accountable");
    }

    @Test
    void namesTheFieldOfContentThatDoesNotFitTheKind() {
        ApiClient me = newUser("Mia");
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("mood", "great");
        content.put("highlights", List.of(Map.of("passage", "slow", "tag", "meh")));
        content.put("deliveryScore", 7);
        content.put("reviews", List.of("not text"));
        ApiClient.Response r = me.post(API, Map.of("kind", "review-highlights", "content", content));
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "content.mood", "content.highlights[0].tag", "content.deliveryScore", "content.reviews");

        ApiClient.Response people = me.post(
                API,
                Map.of(
                        "kind",
                        "raci",
                        "content",
                        Map.of(
                                "people",
                                List.of("Priya"),
                                "rows",
                                List.of(Map.of("task", "Ship", "roles", Map.of("Zed", "A"))))));
        assertThat(people.status()).isEqualTo(400);
        assertThat(people.json().get("errors").get(0).get("message").asString()).contains("Zed");
        ApiClient.Response noKind = me.post(API, Map.of("title", "what"));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void checkSaysWhatIsMissingOrWeakPerField() {
        ApiClient me = newUser("Mia");
        String id = ok(me.post(
                        API,
                        Map.of(
                                "kind",
                                "metrics",
                                "content",
                                Map.of(
                                        "product",
                                        "A team calendar",
                                        "customerMetrics",
                                        List.of("Customer happiness"),
                                        "northStar",
                                        "Total signups"))))
                .get("id")
                .asString();
        JsonNode check = ok(me.post(API + "/" + id + "/check", Map.of()));
        assertThat(check.get("framework").asString()).isEqualTo("metrics-practice");
        assertThat(check.get("complete").asBoolean()).isFalse();
        Map<String, String> levels = new LinkedHashMap<>();
        check.get("findings")
                .forEach(f -> levels.putIfAbsent(
                        f.get("part").asString(), f.get("level").asString()));
        assertThat(levels)
                .containsEntry("builder", "missing")
                .containsEntry("customerMetrics[0]", "weak")
                .containsEntry("northStar", "weak")
                .containsEntry("northStarReason", "missing");
        assertThat(check.get("cannotJudge")).isNotEmpty();
    }

    @Test
    void circlesIsCheckedByTheInterviewAnswersCirclesChecker() {
        ApiClient me = newUser("Mia");
        String id = ok(me.post(API, Map.of("kind", "circles", "content", Map.of("comprehend", "A calendar app"))))
                .get("id")
                .asString();
        JsonNode check = ok(me.post(API + "/" + id + "/check", Map.of()));
        assertThat(check.get("kind").asString()).isEqualTo("circles");
        assertThat(check.get("framework").asString()).isEqualTo("circles");
        assertThat(check.get("cannotJudge")).isNotEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndTheCurrentVersionWins() {
        ApiClient me = newUser("Mia");
        String id = ok(me.post(API, Map.of("kind", "teardown", "content", Map.of("product", "A bike-share scheme"))))
                .get("id")
                .asString();
        JsonNode first = ok(me.put(
                API + "/" + id, Map.of("version", 0, "title", "Bikes", "content", Map.of("product", "City bikes"))));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        ApiClient.Response stale =
                me.put(API + "/" + id, Map.of("version", 0, "content", Map.of("product", "Other bikes")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(ok(me.get(API + "/" + id)).get("content").get("product").asString())
                .isEqualTo("City bikes");
        ApiClient.Response noVersion = me.put(API + "/" + id, Map.of("title", "x"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("errors").get(0).get("field").asString())
                .isEqualTo("version");
    }

    @Test
    void portfolioFlagTogglesWithoutAVersionAndDeleteRemoves() {
        ApiClient me = newUser("Mia");
        String id = ok(me.post(API, Map.of("kind", "kano"))).get("id").asString();
        JsonNode on = ok(me.put(API + "/" + id, Map.of("portfolio", true)));
        assertThat(on.get("portfolio").asBoolean()).isTrue();
        assertThat(on.get("version").asInt()).isZero();
        assertThat(ok(me.put(API + "/" + id, Map.of("portfolio", false)))
                        .get("portfolio")
                        .asBoolean())
                .isFalse();
        assertThat(me.delete(API + "/" + id).status()).isEqualTo(204);
        assertThat(me.get(API + "/" + id).status()).isEqualTo(404);
        assertThat(me.delete(API + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void oneUserNeverSeesAnothersExercises() {
        ApiClient mia = newUser("Mia");
        ApiClient sam = newUser("Sam");
        String id = ok(mia.post(API, Map.of("kind", "heart", "content", Map.of("product", "Secret project"))))
                .get("id")
                .asString();
        assertThat(sam.get(API + "/" + id).status()).isEqualTo(404);
        assertThat(sam.get(API + "/" + id).body()).doesNotContain("Secret project");
        assertThat(sam.put(API + "/" + id, Map.of("version", 0, "title", "mine"))
                        .status())
                .isEqualTo(404);
        assertThat(sam.put(API + "/" + id, Map.of("portfolio", true)).status()).isEqualTo(404);
        assertThat(sam.post(API + "/" + id + "/check", Map.of()).status()).isEqualTo(404);
        assertThat(sam.delete(API + "/" + id).status()).isEqualTo(404);
        assertThat(ok(sam.get(API)).get("total").asInt()).isZero();
        assertThat(ok(mia.get(API + "/" + id)).get("title").asString()).isEqualTo("HEART goals, signals, metrics");
        assertThat(ApiClient.anonymous(port).get(API).status()).isEqualTo(401);
    }

    @Test
    void preFillsANewExerciseFromAProductsPersonasNeedsAndMetrics() {
        ApiClient owner = newUser("Olivia");
        String product = newProduct(owner, newWorkspace(owner, "Acme"), "Cadence");
        String base = "/api/v1/products/" + product;
        String persona = ok(owner.post(
                        base + "/personas",
                        Map.of(
                                "kind",
                                "persona",
                                "name",
                                "Olu, operations lead",
                                "motivations",
                                "Keep client calls on time",
                                "frustrations",
                                "Endless scheduling email")))
                .get("id")
                .asString();
        ok(owner.post(
                base + "/personas",
                Map.of("kind", "segment", "name", "Client-heavy agencies", "summary", "Book many external calls")));
        ok(owner.post(
                base + "/needs", Map.of("title", "Offer times without exposing my calendar", "personaId", persona)));
        ok(owner.post(
                base + "/goals",
                Map.of(
                        "title",
                        "Grow weekly bookings",
                        "keyResults",
                        List.of(Map.of("title", "Meetings booked per team per week", "baseline", 3, "target", 6)))));

        ApiClient viewer = newUser("Vera");
        addMember(
                owner,
                ok(owner.get("/api/v1/products/" + product)).get("workspaceId").asString(),
                viewer,
                "VIEWER");
        JsonNode e = ok(viewer.post(API, Map.of("kind", "product-execution", "productId", product)));
        assertThat(e.get("title").asString()).isEqualTo("Product execution — Cadence");
        assertThat(e.get("product").get("name").asString()).isEqualTo("Cadence");
        JsonNode c = e.get("content");
        assertThat(c.get("product").asString()).isEqualTo("Cadence");
        assertThat(c.get("personas").get(0).get("name").asString()).isEqualTo("Olu, operations lead");
        assertThat(c.get("personas").get(0).get("frustrations").asString()).isEqualTo("Endless scheduling email");
        assertThat(c.get("segments").get(0).get("segment").asString()).isEqualTo("Client-heavy agencies");
        assertThat(c.get("needs").get(0).get("need").asString()).isEqualTo("Offer times without exposing my calendar");
        assertThat(c.get("needs").get(0).get("persona").asString()).isEqualTo("Olu, operations lead");
        assertThat(c.get("businessMetrics").get(0).asString()).isEqualTo("Meetings booked per team per week");

        JsonNode given = ok(viewer.post(
                API, Map.of("kind", "product-execution", "productId", product, "content", Map.of("product", "Mine"))));
        assertThat(given.get("content").has("personas"))
                .as("given content is kept as given")
                .isFalse();
        assertThat(given.get("product").get("name").asString()).isEqualTo("Cadence");

        JsonNode tree = ok(viewer.post(API, Map.of("kind", "opportunity-solution-tree", "productId", product)));
        assertThat(tree.get("content")
                        .get("opportunities")
                        .get(0)
                        .get("opportunity")
                        .asString())
                .isEqualTo("Offer times without exposing my calendar");

        ApiClient stranger = newUser("Sam");
        ApiClient.Response refused = stranger.post(API, Map.of("kind", "north-star", "productId", product));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("productId");
        assertThat(refused.body()).doesNotContain("Cadence");
    }

    @Test
    void drawsTwoDifferentDeckProductsAndCrossTrainingKeepsItsDraw() {
        ApiClient me = newUser("Mia");
        JsonNode draw = ok(me.post(API + "/draw", Map.of()));
        assertThat(draw.get("total").asInt()).isEqualTo(2);
        assertThat(draw.get("items").get(0).get("key").asString())
                .isNotEqualTo(draw.get("items").get(1).get("key").asString());
        JsonNode e = ok(me.post(API, Map.of("kind", "cross-training")));
        String a = e.get("content").get("productA").asString();
        assertThat(a).isNotBlank().isNotEqualTo(e.get("content").get("productB").asString());
        assertThat(ok(me.get(API + "/" + e.get("id").asString()))
                        .get("content")
                        .get("productA")
                        .asString())
                .isEqualTo(a);
        ApiClient.Response unknown =
                me.post(API, Map.of("kind", "cross-training", "content", Map.of("productA", "no-such-product")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("content.productA");
    }

    @Test
    void listsTheFormOfEveryKind() {
        ApiClient me = newUser("Mia");
        JsonNode forms = ok(me.get(API + "/forms"));
        assertThat(forms.get("total").asInt()).isEqualTo(ExerciseKind.values().length);
        JsonNode raci = null;
        for (JsonNode f : forms.get("items")) {
            if (f.get("kind").asString().equals("raci")) {
                raci = f;
            }
        }
        assertThat(raci).isNotNull();
        assertThat(raci.get("template").asBoolean()).isTrue();
        assertThat(raci.toString()).contains("\"type\":\"matrix\"");
    }
}
