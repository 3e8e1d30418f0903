package dev.northstar.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FeatureApiIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
    }

    @Test
    void createsAFeatureChangesItAndListsItByStatus() {
        JsonNode created = ok(owner.post(
                api("/features"),
                Map.of(
                        "title", "Working hours per attendee",
                        "problem", "Invites land at 3 am for people abroad.",
                        "status", "candidate",
                        "owner", "Priya",
                        "effort", 2.5)));
        assertThat(created.get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(created.get("effort").asDouble()).isEqualTo(2.5);
        assertThat(created.get("version").asInt()).isZero();
        String id = created.get("id").asString();

        JsonNode put = ok(owner.put(
                api("/features/" + id),
                Map.of("title", "Working hours for everyone", "status", "in-progress", "version", 0)));
        assertThat(put.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(put.get("problem").isNull()).isTrue();
        assertThat(put.get("effort").isNull()).isTrue();

        JsonNode patched = ok(owner.patch(api("/features/" + id), Map.of("effort", 3)));
        assertThat(patched.get("effort").asDouble()).isEqualTo(3.0);
        assertThat(patched.get("title").asString()).isEqualTo("Working hours for everyone");

        ok(owner.post(api("/features"), Map.of("title", "Archived idea", "status", "archived")));
        ok(owner.post(api("/features"), Map.of("title", "A fresh idea")));
        assertThat(ok(owner.get(api("/features"))).get("total").asInt()).isEqualTo(2);
        assertThat(ok(owner.get(api("/features?archived=true"))).get("total").asInt())
                .isEqualTo(3);
        assertThat(ok(owner.get(api("/features?status=idea")))
                        .get("items")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("A fresh idea");
        assertThat(ok(owner.get(api("/features?q=WORKING"))).get("total").asInt())
                .isEqualTo(1);

        JsonNode moved = ok(owner.put(api("/features/" + id + "/status"), Map.of("status", "shipped")));
        assertThat(moved.get("status").asString()).isEqualTo("SHIPPED");

        assertThat(owner.delete(api("/features/" + id)).status()).isEqualTo(204);
        assertThat(owner.get(api("/features/" + id)).status()).isEqualTo(404);
    }

    @Test
    void keepsParentsAndRefusesLoops() {
        String parent = feature("Time-zone support");
        String child = id(ok(owner.post(api("/features"), Map.of("title", "Zone-aware invites", "parentId", parent))));
        assertThat(ok(owner.get(api("/features/" + child))).get("parentTitle").asString())
                .isEqualTo("Time-zone support");
        assertThat(ok(owner.get(api("/features?parentId=" + parent)))
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        assertThat(field(owner.patch(api("/features/" + parent), Map.of("parentId", child))))
                .isEqualTo("parentId");
        assertThat(field(owner.patch(api("/features/" + parent), Map.of("parentId", parent))))
                .isEqualTo("parentId");

        assertThat(owner.delete(api("/features/" + parent)).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/features/" + child))).get("parentId").isNull())
                .isTrue();
    }

    @Test
    void citesDiscoveryEvidenceAndDropsItWhenTheEvidenceGoes() {
        String need = id(ok(owner.post(
                api("/needs"), Map.of("title", "See every attendee's local time", "importance", "critical"))));
        String note = id(ok(owner.post(api("/notes"), Map.of("text", "I keep booking people at midnight."))));
        String highlight = id(ok(owner.post(
                api("/notes/" + note + "/highlights"),
                Map.of("quote", "booking people at midnight", "needId", need, "importance", "important"))));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Local time in invites");
        body.put(
                "evidence",
                List.of(Map.of("kind", "need", "refId", need), Map.of("kind", "highlight", "refId", highlight)));
        JsonNode f = ok(owner.post(api("/features"), body));
        JsonNode evidence = f.get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).get("title").asString()).isEqualTo("See every attendee's local time");
        assertThat(evidence.get(0).get("importance").asString()).isEqualTo("critical");
        assertThat(evidence.get(1).get("title").asString()).isEqualTo("booking people at midnight");
        assertThat(evidence.get(1).get("noteId").asString()).isEqualTo(note);

        String id = id(f);
        JsonNode fewer = ok(owner.delete(api("/features/" + id + "/evidence/need/" + need)));
        assertThat(fewer.get("evidence")).hasSize(1);
        JsonNode again = ok(owner.post(api("/features/" + id + "/evidence"), Map.of("kind", "need", "refId", need)));
        assertThat(again.get("evidence")).hasSize(2);

        assertThat(owner.delete(api("/notes/" + note)).status()).isEqualTo(204);
        JsonNode after = ok(owner.get(api("/features/" + id)));
        assertThat(after.get("evidence")).hasSize(1);
        assertThat(after.get("evidence").get(0).get("kind").asString()).isEqualTo("NEED");
    }

    @Test
    void servesGoalsOfItsOwnProductAndLosesTheLinkWithTheGoal() {
        String goal = id(ok(owner.post(api("/goals"), Map.of("title", "Win distributed teams"))));
        String id = id(ok(owner.post(api("/features"), Map.of("title", "Working hours", "goalIds", List.of(goal)))));
        assertThat(ok(owner.get(api("/features/" + id))).get("goalIds").get(0).asString())
                .isEqualTo(goal);

        String other = newProduct(owner, workspace, "Other");
        String foreign = id(ok(owner.post("/api/v1/products/" + other + "/goals", Map.of("title", "Theirs"))));
        assertThat(field(owner.patch(api("/features/" + id), Map.of("goalIds", List.of(goal, foreign)))))
                .isEqualTo("goalIds[1]");

        assertThat(owner.delete(api("/goals/" + goal)).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/features/" + id))).get("goalIds")).isEmpty();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndSavesNothing() {
        assertThat(field(owner.post(api("/features"), Map.of("title", " ")))).isEqualTo("title");
        assertThat(field(owner.post(api("/features"), Map.of("title", "x".repeat(301)))))
                .isEqualTo("title");
        assertThat(field(owner.post(api("/features"), Map.of("title", "Fine", "effort", 0))))
                .isEqualTo("effort");
        assertThat(field(owner.post(api("/features"), Map.of("title", "Fine", "effort", -2))))
                .isEqualTo("effort");
        assertThat(field(owner.post(api("/features"), Map.of("title", "Fine", "status", "someday"))))
                .isEqualTo("status");
        assertThat(field(owner.post(api("/features"), Map.of("title", "Fine", "parentId", "nope"))))
                .isEqualTo("parentId");
        assertThat(field(owner.post(
                        api("/features"),
                        Map.of(
                                "title",
                                "Fine",
                                "evidence",
                                List.of(Map.of(
                                        "kind",
                                        "rumour",
                                        "refId",
                                        java.util.UUID.randomUUID().toString()))))))
                .isEqualTo("evidence[0].kind");
        assertThat(field(owner.post(
                        api("/features"),
                        Map.of(
                                "title",
                                "Fine",
                                "evidence",
                                List.of(Map.of(
                                        "kind",
                                        "need",
                                        "refId",
                                        java.util.UUID.randomUUID().toString()))))))
                .isEqualTo("evidence[0].refId");

        String other = newProduct(owner, workspace, "Other");
        String foreignNeed = id(ok(owner.post("/api/v1/products/" + other + "/needs", Map.of("title", "Elsewhere"))));
        assertThat(field(owner.post(
                        api("/features"),
                        Map.of("title", "Fine", "evidence", List.of(Map.of("kind", "need", "refId", foreignNeed))))))
                .isEqualTo("evidence[0].refId");
        String foreignFeature =
                id(ok(owner.post("/api/v1/products/" + other + "/features", Map.of("title", "Theirs"))));
        assertThat(field(owner.post(api("/features"), Map.of("title", "Fine", "parentId", foreignFeature))))
                .isEqualTo("parentId");

        assertThat(ok(owner.get(api("/features?archived=true"))).get("total").asInt())
                .isZero();
    }

    @Test
    void refusesAStaleVersion() {
        String id = feature("Booking links");
        ok(owner.put(api("/features/" + id), Map.of("title", "Booking pages", "version", 0)));
        ApiClient.Response stale = owner.put(api("/features/" + id), Map.of("title", "Booking links v2", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(ok(owner.get(api("/features/" + id))).get("title").asString())
                .isEqualTo("Booking pages");
        assertThat(field(owner.put(api("/features/" + id), Map.of("title", "No version"))))
                .isEqualTo("version");
    }

    @Test
    void viewersReadAndStrangersSeeNothing() {
        String id = feature("Focus time");
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        ApiClient contributor = newUser("Carl");
        addMember(owner, workspace, contributor, "CONTRIBUTOR");
        ApiClient stranger = newUser("Sam");

        assertThat(ok(viewer.get(api("/features"))).get("total").asInt()).isEqualTo(1);
        assertThat(viewer.post(api("/features"), Map.of("title", "Mine")).status())
                .isEqualTo(403);
        assertThat(contributor
                        .patch(api("/features/" + id), Map.of("title", "Theirs"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api("/features/" + id + "/status"), Map.of("status", "planned"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/features/" + id)).status()).isEqualTo(403);

        assertThat(stranger.get(api("/features")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/features/" + id)).status()).isEqualTo(404);
        assertThat(stranger.delete(api("/features/" + id)).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/features/" + id))).get("title").asString())
                .isEqualTo("Focus time");
    }

    String feature(String title) {
        return id(ok(owner.post(api("/features"), Map.of("title", title))));
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    static String id(JsonNode n) {
        return n.get("id").asString();
    }

    static String field(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }
}
