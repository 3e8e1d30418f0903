package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mock sessions through the JSON API: draw, answer, check, self-score (schedules the card), peer review, privacy. */
@IntegrationTest
class MockSessionsApiIntegrationTests extends ApiTestSupport {

    @Test
    void answeringAndScoringAQuestionSchedulesItsReviewCard() {
        ApiClient ada = newUser("Ada");
        ApiClient.Response created =
                ada.post("/api/v1/practice/mocks", Map.of("category", "behavioral", "count", 2, "minutes", 5));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode mock = created.json();
        String id = mock.get("id").asString();
        assertThat(mock.get("answers").size()).isEqualTo(2);
        JsonNode first = mock.get("answers").get(0);
        assertThat(first.get("form").asString()).isEqualTo("star");

        ok(ada.post("/api/v1/practice/mocks/" + id + "/answers/0/start", Map.of()));
        JsonNode answered = ok(ada.put(
                "/api/v1/practice/mocks/" + id + "/answers/0",
                Map.of(
                        "situation", "Our onboarding lost half of new teams in week one and sales blamed the product.",
                        "task", "I had to find the cause and fix it within a quarter.",
                        "action",
                                "I interviewed eight churned admins, I mapped their first hour, and I cut setup"
                                        + " from nine steps to four with the design lead.",
                        "result", "Week-one retention rose from 52% to 68% in ten weeks.")));
        JsonNode a0 = answered.get("answers").get(0);
        assertThat(a0.get("check").get("complete").asBoolean())
                .as(a0.toString())
                .isTrue();
        assertThat(a0.get("elapsedSeconds").asInt()).isGreaterThanOrEqualTo(0);

        String card = "q:" + first.get("questionId").asString();
        JsonNode before = ok(ada.get("/api/v1/practice/reviews/cards/" + card));
        assertThat(before.get("state").asString()).isEqualTo("NEW");

        JsonNode scored = ok(ada.post("/api/v1/practice/mocks/" + id + "/answers/0/score", Map.of("score", 4)));
        assertThat(scored.get("answers").get(0).get("selfScore").asInt()).isEqualTo(4);
        JsonNode after = ok(ada.get("/api/v1/practice/reviews/cards/" + card));
        assertThat(after.get("state").asString()).isEqualTo("REVIEW");
        assertThat(ok(ada.get("/api/v1/practice/reviews/queue?size=500")).toString())
                .doesNotContain(card);
    }

    @Test
    void refusesBadRequestsNamingTheField() {
        ApiClient ada = newUser("Ada");
        ApiClient.Response bad = ada.post("/api/v1/practice/mocks", Map.of("round", "lunch", "count", 40));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"round\"").contains("\"count\"");

        String id = ada.post("/api/v1/practice/mocks", Map.of("round", "product-sense", "count", 1))
                .json()
                .get("id")
                .asString();
        ApiClient.Response early = ada.post("/api/v1/practice/mocks/" + id + "/answers/0/score", Map.of("score", 3));
        assertThat(early.status()).isEqualTo(400);
        ApiClient.Response wrongField = ada.put("/api/v1/practice/mocks/" + id + "/answers/0", Map.of("mood", "x"));
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(wrongField.body()).contains("\"mood\"");
        assertThat(ada.put("/api/v1/practice/mocks/" + id + "/answers/7", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aPeerScoresThroughTheLinkWithoutAnAccountUntilItIsClosed() throws Exception {
        ApiClient ada = newUser("Ada");
        JsonNode mock = ada.post("/api/v1/practice/mocks", Map.of("questionId", "estimation-001", "minutes", 5))
                .json();
        String id = mock.get("id").asString();
        ok(ada.put("/api/v1/practice/mocks/" + id + "/answers/0", Map.of("text", "About 2 million, from 8M × 0.25.")));
        String url = ok(ada.post("/api/v1/practice/mocks/" + id + "/share", Map.of()))
                .get("shareUrl")
                .asString();

        FormSession peer = FormSession.anonymous(port);
        FormSession.Page page = peer.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("About 2 million");
        FormSession.Page sent = peer.post(
                url, Map.of("position", "0", "score", "3", "comment", "Show the segments", "reviewer", "Kim"));
        assertThat(sent.status()).isEqualTo(302);

        JsonNode seen = ok(ada.get("/api/v1/practice/mocks/" + id));
        JsonNode review = seen.get("answers").get(0).get("peerReviews").get(0);
        assertThat(review.get("score").asInt()).isEqualTo(3);
        assertThat(review.get("reviewer").asString()).isEqualTo("Kim");

        ok(ada.delete("/api/v1/practice/mocks/" + id + "/share"));
        assertThat(peer.get(url).status()).isEqualTo(404);
    }

    @Test
    void oneUserNeverSeesAnothersSessions() {
        ApiClient ada = newUser("Ada");
        ApiClient bob = newUser("Bob");
        String id = ada.post("/api/v1/practice/mocks", Map.of("category", "metrics", "count", 1))
                .json()
                .get("id")
                .asString();
        assertThat(bob.get("/api/v1/practice/mocks/" + id).status()).isEqualTo(404);
        assertThat(bob.put("/api/v1/practice/mocks/" + id + "/answers/0", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(bob.post("/api/v1/practice/mocks/" + id + "/share", Map.of()).status())
                .isEqualTo(404);
        assertThat(ok(bob.get("/api/v1/practice/mocks")).get("total").asInt()).isZero();
    }
}
