package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The question bank, the rounds and the structural checks through the JSON API. */
@IntegrationTest
class QuestionBankApiIntegrationTests extends ApiTestSupport {

    @Test
    void shipsAtLeast300QuestionsAcrossEveryCategoryEachWithAFullRubric() {
        ApiClient ada = newUser("Ada");
        JsonNode all = ok(ada.get("/api/v1/practice/questions?size=100"));
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(300);

        Set<String> categories = new HashSet<>();
        int total = all.get("total").asInt();
        for (int page = 0; page * 100 < total; page++) {
            for (JsonNode q : ok(ada.get("/api/v1/practice/questions?size=100&page=" + page))
                    .get("items")) {
                categories.add(q.get("category").asString());
                assertThat(q.get("covers").size()).as(q.get("id").asString()).isGreaterThanOrEqualTo(3);
                assertThat(q.get("followUps").size()).as(q.get("id").asString()).isGreaterThanOrEqualTo(2);
                for (String level : List.of("5", "3", "1")) {
                    assertThat(q.get("anchors").get(level).asString()).isNotBlank();
                }
            }
        }
        assertThat(categories)
                .containsExactlyInAnyOrder(
                        "product-design",
                        "product-improvement",
                        "strategy",
                        "metrics",
                        "estimation",
                        "behavioral",
                        "technical",
                        "case",
                        "leadership");
    }

    @Test
    void filtersByCategoryRoundSkillAndWords() {
        ApiClient ada = newUser("Ada");
        JsonNode metrics = ok(ada.get("/api/v1/practice/questions?category=metrics&size=100"));
        assertThat(metrics.get("total").asInt()).isGreaterThanOrEqualTo(30);
        metrics.get("items")
                .forEach(q -> assertThat(q.get("category").asString()).isEqualTo("metrics"));

        JsonNode screen = ok(ada.get("/api/v1/practice/questions?round=recruiter-screen&size=100"));
        screen.get("items").forEach(q -> assertThat(q.get("rounds").toString()).contains("recruiter-screen"));

        JsonNode first = metrics.get("items").get(0);
        String word = first.get("text").asString().split("\\s+")[2];
        JsonNode found = ok(ada.get("/api/v1/practice/questions?category=metrics&q=" + word + "&size=100"));
        assertThat(found.get("items").toString()).contains(first.get("id").asString());

        JsonNode one =
                ok(ada.get("/api/v1/practice/questions/" + first.get("id").asString()));
        assertThat(one.get("text").asString()).isEqualTo(first.get("text").asString());
    }

    @Test
    void namesAnUnknownFilterAndAnswers404ForAnUnknownQuestion() {
        ApiClient ada = newUser("Ada");
        ApiClient.Response bad = ada.get("/api/v1/practice/questions?category=gossip");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(bad.json().get("errors").get(0).get("message").asString()).contains("product-design");

        assertThat(ada.get("/api/v1/practice/questions?round=lunch").status()).isEqualTo(400);
        assertThat(ada.get("/api/v1/practice/questions/no-such-001").status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get("/api/v1/practice/questions").status())
                .isEqualTo(401);
    }

    @Test
    void listsTheSixRounds() {
        JsonNode rounds = ok(newUser("Ada").get("/api/v1/practice/rounds"));
        assertThat(rounds.get("total").asInt()).isEqualTo(6);
        assertThat(rounds.get("items").get(0).get("prepare").size()).isPositive();
    }

    @Test
    void checksAStarAnswerAndSaysWhatItCannotJudge() {
        ApiClient ada = newUser("Ada");
        JsonNode r = ok(ada.post(
                "/api/v1/practice/checks/star",
                Map.of(
                        "situation", "Our support queue doubled after a pricing change and the team was overwhelmed.",
                        "action", "We talked about it a lot and we changed some things in the product over time.",
                        "result", "Things got better.")));

        assertThat(r.get("framework").asString()).isEqualTo("star");
        assertThat(r.get("complete").asBoolean()).isFalse();
        assertThat(r.get("findings").toString()).contains("\"part\":\"task\"").contains("\"level\":\"missing\"");
        assertThat(r.get("cannotJudge").size()).isPositive();
    }

    @Test
    void checksAnExerciseKindThroughTheSameEndpointAndRefusesUnknownFrameworks() {
        ApiClient ada = newUser("Ada");
        JsonNode raci = ok(ada.post(
                "/api/v1/practice/checks/raci",
                Map.of("people", List.of("PM", "Design"), "rows", List.of(Map.of("task", "Ship", "roles", Map.of())))));
        assertThat(raci.get("complete").asBoolean()).isFalse();

        ApiClient.Response unknown = ada.post("/api/v1/practice/checks/astrology", Map.of());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("framework");

        ApiClient.Response notAnObject = ada.post("/api/v1/practice/checks/star", List.of("a"));
        assertThat(notAnObject.status()).isEqualTo(400);
    }
}
