package dev.northstar.specs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A workspace backup carries stories, criteria, PRD entries and decisions with their snapshots. */
@IntegrationTest
class SpecsDecisionsBackupIntegrationTests extends ApiTestSupport {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void restoresStoriesPrdsAndDecisionsExactly() {
        ApiClient owner = newUser("Olivia");
        String workspace = newWorkspace(owner, "Acme");
        String product = newProduct(owner, workspace, "Calendar");
        String api = "/api/v1/products/" + product;
        String feature = ok(owner.post(api + "/features", Map.of("title", "Leave sync", "effort", 3)))
                .get("id")
                .asString();
        ok(owner.post(api + "/stories", StoryApiIntegrationTests.userStory(feature, "ready")));
        ok(owner.put(
                api + "/features/" + feature + "/prd",
                Map.of(
                        "nonGoals",
                        List.of("Approving leave"),
                        "metrics",
                        List.of("No meetings on leave days"),
                        "questions",
                        List.of(Map.of("text", "Which HR tools first?", "resolved", true, "answer", "BambooHR")))));
        ok(owner.post(
                api + "/decisions",
                Map.of(
                        "title",
                        "Sync leave from HR tools",
                        "decision",
                        "Start with BambooHR.",
                        "options",
                        List.of(Map.of("title", "BambooHR", "pros", List.of("Most customers"))),
                        "people",
                        List.of(Map.of("name", "Priya", "role", "decided")),
                        "featureIds",
                        List.of(feature))));

        String backup = owner.get("/api/v1/workspaces/" + workspace + "/export").body();
        ApiClient.Response restored = owner.post("/api/v1/workspaces/import", freshIds(backup));
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        String copyWs = restored.json().get("workspaceId").asString();
        String copy = "/api/v1/products/"
                + ok(owner.get("/api/v1/workspaces/" + copyWs + "/products"))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString();

        JsonNode story = ok(owner.get(api + "/stories")).get("items").get(0);
        JsonNode storyCopy = ok(owner.get(copy + "/stories")).get("items").get(0);
        for (String field : List.of("text", "criteria", "status", "estimate", "position", "version", "createdAt")) {
            assertThat(storyCopy.get(field)).as(field).isEqualTo(story.get(field));
        }
        String featureCopy = storyCopy.get("featureId").asString();
        JsonNode prd = ok(owner.get(api + "/features/" + feature + "/prd"));
        JsonNode prdCopy = ok(owner.get(copy + "/features/" + featureCopy + "/prd"));
        for (String field : List.of("nonGoals", "metrics")) {
            assertThat(prdCopy.get(field)).as(field).isEqualTo(prd.get(field));
        }
        assertThat(prdCopy.get("questions").get(0).get("answer").asString()).isEqualTo("BambooHR");

        JsonNode decision = ok(owner.get(api + "/decisions")).get("items").get(0);
        JsonNode decisionCopy = ok(owner.get(copy + "/decisions")).get("items").get(0);
        for (String field : List.of("title", "decision", "options", "people", "decidedOn", "status", "createdAt")) {
            assertThat(decisionCopy.get(field)).as(field).isEqualTo(decision.get(field));
        }
        JsonNode then = decision.get("features").get(0).get("then");
        JsonNode thenCopy = decisionCopy.get("features").get(0).get("then");
        assertThat(thenCopy.get("effort")).isEqualTo(then.get("effort"));
        assertThat(thenCopy.get("at")).isEqualTo(then.get("at"));
        assertThat(thenCopy.get("title").asString()).isEqualTo("Leave sync");
        assertThat(decisionCopy.get("features").get(0).get("featureId").asString())
                .isEqualTo(featureCopy);
    }

    static String freshIds(String backup) {
        Map<String, String> ids = new HashMap<>();
        Matcher m = UUID_TEXT.matcher(backup);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString()
                .replaceAll("\"capture_key\": \"([^\"]*)\"", "\"capture_key\": \"$1x\"")
                .replaceAll("\"token_hash\": \"[0-9a-f]{64}\"", "\"token_hash\": \"" + "0".repeat(63) + "1\"");
    }
}
