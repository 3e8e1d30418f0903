package dev.northstar.decisions;

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
class DecisionApiIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    String focus;
    String sync;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        focus = id(ok(owner.post(
                api("/features"), Map.of("title", "Protected focus time", "status", "candidate", "effort", 2))));
        sync = id(ok(owner.post(api("/features"), Map.of("title", "Push-based Outlook sync", "effort", 4))));
    }

    @Test
    void recordsADecisionWithOptionsPeopleAndFeatures() {
        JsonNode d = ok(owner.post(api("/decisions"), decision(List.of(focus, sync))));
        assertThat(d.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(d.get("decidedOn").asString()).isEqualTo("2026-03-02");
        assertThat(d.get("options")).hasSize(2);
        assertThat(d.get("options").get(0).get("pros").get(1).asString()).isEqualTo("Most requested by managers");
        assertThat(d.get("people").get(0).get("role").asString()).isEqualTo("decided");
        JsonNode features = d.get("features");
        assertThat(features).hasSize(2);
        assertThat(features.get(0).get("title").asString()).isEqualTo("Protected focus time");
        assertThat(features.get(0).get("then").get("status").asString()).isEqualTo("candidate");
        assertThat(features.get(0).get("then").get("effort").asDouble()).isEqualTo(2.0);
        assertThat(features.get(0).get("now").get("effort").asDouble()).isEqualTo(2.0);

        String id = id(d);
        assertThat(ok(owner.get(api("/decisions"))).get("total").asInt()).isEqualTo(1);
        assertThat(ok(owner.get(api("/decisions?status=proposed"))).get("total").asInt())
                .isZero();

        Map<String, Object> edit = decision(List.of(sync));
        edit.put("status", "superseded");
        edit.put("version", 0);
        JsonNode edited = ok(owner.put(api("/decisions/" + id), edit));
        assertThat(edited.get("features")).hasSize(1);
        assertThat(edited.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(owner.put(api("/decisions/" + id), edit).status()).isEqualTo(409);

        assertThat(owner.delete(api("/decisions/" + id)).status()).isEqualTo(204);
        assertThat(owner.get(api("/decisions/" + id)).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/features/" + sync))).get("title").asString())
                .isEqualTo("Push-based Outlook sync");
    }

    @Test
    void keepsWhatWasKnownWhenTheFeatureChangesLater() {
        String need =
                id(ok(owner.post(api("/needs"), Map.of("title", "Keep focus blocks free", "importance", "critical"))));
        String note = id(ok(owner.post(api("/notes"), Map.of("text", "My focus blocks keep getting booked over."))));
        String highlight = id(ok(owner.post(
                api("/notes/" + note + "/highlights"),
                Map.of("quote", "focus blocks keep getting booked over", "needId", need, "importance", "critical"))));
        ok(owner.post(api("/features/" + focus + "/evidence"), Map.of("kind", "highlight", "refId", highlight)));
        ok(owner.put(
                api("/features/" + focus + "/scores/rice"),
                Map.of("reach", 4000, "impact", 2, "confidence", 80, "effort", 2)));
        String id = id(ok(owner.post(api("/decisions"), decision(List.of(focus)))));
        ok(owner.put(
                api("/features/" + focus + "/scores/rice"),
                Map.of("reach", 1000, "impact", 1, "confidence", 50, "effort", 5)));

        ok(owner.patch(api("/features/" + focus), Map.of("effort", 5, "status", "planned", "title", "Focus time v2")));
        ok(owner.delete(api("/features/" + focus + "/evidence/highlight/" + highlight)));

        JsonNode linked = ok(owner.get(api("/decisions/" + id))).get("features").get(0);
        JsonNode then = linked.get("then");
        assertThat(then.get("title").asString()).isEqualTo("Protected focus time");
        assertThat(then.get("effort").asDouble()).isEqualTo(2.0);
        assertThat(then.get("status").asString()).isEqualTo("candidate");
        assertThat(then.get("evidence")).hasSize(1);
        assertThat(then.get("evidence").get(0).get("title").asString())
                .isEqualTo("focus blocks keep getting booked over");
        assertThat(then.get("scores").get(0).get("framework").asString()).isEqualTo("rice");
        assertThat(then.get("scores").get(0).get("score").asDouble()).isEqualTo(3200.0);
        assertThat(then.get("evidenceScore").asDouble()).isPositive();
        JsonNode now = linked.get("now");
        assertThat(now.get("effort").asDouble()).isEqualTo(5.0);
        assertThat(now.get("status").asString()).isEqualTo("planned");
        assertThat(now.get("evidence")).isEmpty();
        assertThat(now.get("scores").get(0).get("score").asDouble()).isEqualTo(100.0);
        assertThat(now.get("evidenceScore").asDouble()).isZero();
        assertThat(linked.get("title").asString()).isEqualTo("Focus time v2");

        Map<String, Object> edit = decision(List.of(focus, sync));
        edit.put("version", 0);
        JsonNode edited = ok(owner.put(api("/decisions/" + id), edit));
        assertThat(edited.get("features").get(0).get("then").get("effort").asDouble())
                .as("a feature that stays linked keeps its first snapshot")
                .isEqualTo(2.0);
        assertThat(edited.get("features").get(1).get("then").get("effort").asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void outlivesADeletedFeature() {
        String id = id(ok(owner.post(api("/decisions"), decision(List.of(focus, sync)))));
        assertThat(owner.delete(api("/features/" + focus)).status()).isEqualTo(204);

        JsonNode d = ok(owner.get(api("/decisions/" + id)));
        JsonNode gone = d.get("features").get(0);
        assertThat(gone.get("deleted").asBoolean()).isTrue();
        assertThat(gone.get("featureId").isNull()).isTrue();
        assertThat(gone.get("title").asString()).isEqualTo("Protected focus time");
        assertThat(gone.get("then").get("effort").asDouble()).isEqualTo(2.0);
        assertThat(gone.get("now").isNull()).isTrue();
        assertThat(d.get("features").get(1).get("deleted").asBoolean()).isFalse();

        Map<String, Object> edit = decision(List.of(sync));
        edit.put("version", d.get("version").asInt());
        JsonNode edited = ok(owner.put(api("/decisions/" + id), edit));
        assertThat(edited.get("features")).hasSize(2);
        assertThat(edited.get("features").get(1).get("title").asString()).isEqualTo("Protected focus time");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndSavesNothing() {
        assertThat(field(owner.post(api("/decisions"), with("title", " ")))).isEqualTo("title");
        assertThat(field(owner.post(api("/decisions"), with("decision", null)))).isEqualTo("decision");
        assertThat(field(owner.post(api("/decisions"), with("status", "maybe"))))
                .isEqualTo("status");
        assertThat(field(owner.post(api("/decisions"), with("decidedOn", "last week"))))
                .isEqualTo("decidedOn");
        assertThat(field(owner.post(api("/decisions"), with("featureIds", List.of("nope")))))
                .isEqualTo("featureIds[0]");
        assertThat(field(owner.post(
                        api("/decisions"),
                        with("featureIds", List.of(java.util.UUID.randomUUID().toString())))))
                .isEqualTo("featureIds[0]");
        assertThat(field(owner.post(
                        api("/decisions"),
                        with("supersededBy", java.util.UUID.randomUUID().toString()))))
                .isEqualTo("supersededBy");
        assertThat(field(owner.post(api("/decisions"), with("options", List.of(Map.of("pros", List.of("cheap")))))))
                .isEqualTo("options[0].title");
        assertThat(field(owner.post(api("/decisions"), with("people", List.of(Map.of("role", "decided"))))))
                .isEqualTo("people[0].name");
        String other = newProduct(owner, workspace, "Other");
        String foreign = id(ok(owner.post("/api/v1/products/" + other + "/features", Map.of("title", "Theirs"))));
        assertThat(field(owner.post(api("/decisions"), with("featureIds", List.of(foreign)))))
                .isEqualTo("featureIds[0]");
        assertThat(ok(owner.get(api("/decisions"))).get("total").asInt()).isZero();
    }

    @Test
    void viewersReadAndStrangersSeeNothing() {
        String id = id(ok(owner.post(api("/decisions"), decision(List.of(focus)))));
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        assertThat(ok(viewer.get(api("/decisions/" + id))).get("title").asString())
                .isEqualTo("Focus time before sync");
        assertThat(viewer.post(api("/decisions"), decision(List.of())).status()).isEqualTo(403);
        assertThat(viewer.delete(api("/decisions/" + id)).status()).isEqualTo(403);
        ApiClient contributor = newUser("Cody");
        addMember(owner, workspace, contributor, "CONTRIBUTOR");
        assertThat(contributor.post(api("/decisions"), decision(List.of())).status())
                .isEqualTo(403);

        ApiClient stranger = newUser("Sam");
        assertThat(stranger.get(api("/decisions")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/decisions/" + id)).status()).isEqualTo(404);
        assertThat(stranger.delete(api("/decisions/" + id)).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/decisions"))).get("total").asInt()).isEqualTo(1);
    }

    Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = decision(List.of());
        body.put(key, value);
        return body;
    }

    static Map<String, Object> decision(List<String> featureIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Focus time before sync");
        body.put("context", "One team can take one big item this quarter.");
        body.put(
                "options",
                List.of(
                        Map.of(
                                "title",
                                "Protected focus time first",
                                "pros",
                                List.of("Small effort", "Most requested by managers"),
                                "cons",
                                List.of("Does not fix sync complaints")),
                        Map.of("title", "Outlook push sync first", "pros", List.of("Fixes trust"), "cons", List.of())));
        body.put("decision", "Build protected focus time this quarter; sync next.");
        body.put("rationale", "Half the effort and the strongest evidence.");
        body.put("people", List.of(Map.of("name", "Priya", "role", "decided"), Map.of("name", "Tom")));
        body.put("decidedOn", "2026-03-02");
        body.put("status", "accepted");
        body.put("featureIds", featureIds);
        return body;
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
