package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The story bank through the JSON API: writing, checking, the matrix and its gaps, bad input and privacy. */
@IntegrationTest
class StoryBankApiIntegrationTests extends ApiTestSupport {

    static Map<String, Object> story(String title, List<String> situations, String result) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("format", "star");
        body.put(
                "parts",
                Map.of(
                        "situation",
                        "Two teams wanted the same engineers for a quarter and the launch date was fixed.",
                        "task",
                        "I had to agree a plan both leads would commit to within a week.",
                        "action",
                        "I mapped both roadmaps against the launch goal, I met each lead alone, and I"
                                + " proposed splitting the work by customer impact with a review after two weeks.",
                        "result",
                        result));
        body.put("situations", situations);
        body.put("skills", List.of("communication"));
        return body;
    }

    @Test
    void writesAStoryChecksItAndFillsTheMatrix() {
        ApiClient ada = newUser("Ada");
        JsonNode empty = ok(ada.get("/api/v1/practice/stories/matrix"));
        assertThat(empty.get("gaps").size()).isEqualTo(6);
        assertThat(empty.get("columns").get(0).get("questionIds").size()).isPositive();

        ApiClient.Response created = ada.post(
                "/api/v1/practice/stories",
                story(
                        "Shared engineers",
                        List.of("conflict", "influence"),
                        "Both teams shipped on time and churn fell 3%."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode s = created.json();
        assertThat(s.get("check").get("complete").asBoolean()).isTrue();

        JsonNode matrix = ok(ada.get("/api/v1/practice/stories/matrix"));
        assertThat(matrix.get("gaps").toString())
                .doesNotContain("conflict")
                .doesNotContain("influence")
                .contains("failure");
        assertThat(matrix.get("rows").get(0).get("situations").toString()).contains("conflict");

        Map<String, Object> edit = story("Shared engineers", List.of("conflict"), "It went fine.");
        edit.put("version", s.get("version").asInt());
        JsonNode updated = ok(ada.put("/api/v1/practice/stories/" + s.get("id").asString(), edit));
        assertThat(updated.get("check").get("findings").toString()).contains("\"part\":\"result\",\"level\":\"weak\"");

        edit.put("version", s.get("version").asInt());
        assertThat(ada.put("/api/v1/practice/stories/" + s.get("id").asString(), edit)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void refusesBadInputNamingTheField() {
        ApiClient ada = newUser("Ada");
        Map<String, Object> body = story("", List.of("gossip"), "x");
        body.put("format", "haiku");
        ApiClient.Response bad = ada.post("/api/v1/practice/stories", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"title\"").contains("\"format\"").contains("situations[0]");
        assertThat(ok(ada.get("/api/v1/practice/stories")).get("total").asInt()).isZero();
    }

    @Test
    void oneUserNeverSeesAnothersStories() {
        ApiClient ada = newUser("Ada");
        ApiClient bob = newUser("Bob");
        String id = ada.post("/api/v1/practice/stories", story("Mine", List.of("failure"), "Saved 4 weeks."))
                .json()
                .get("id")
                .asString();

        assertThat(bob.get("/api/v1/practice/stories/" + id).status()).isEqualTo(404);
        assertThat(bob.delete("/api/v1/practice/stories/" + id).status()).isEqualTo(404);
        assertThat(ok(bob.get("/api/v1/practice/stories")).get("total").asInt()).isZero();
        assertThat(ok(bob.get("/api/v1/practice/stories/matrix")).get("gaps").size())
                .isEqualTo(6);
        assertThat(ada.get("/api/v1/practice/stories/" + id).status()).isEqualTo(200);
    }
}
