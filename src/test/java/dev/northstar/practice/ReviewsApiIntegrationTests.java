package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Spaced repetition through the JSON API: the queue, scoring, settings, progress, bad input and privacy. */
@IntegrationTest
class ReviewsApiIntegrationTests extends ApiTestSupport {

    @Autowired
    PracticeLibrary library;

    int deckSize() {
        return library.questions().size() + library.frameworks().size();
    }

    static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    static JsonNode queue(ApiClient client) {
        return ok(client.get("/api/v1/practice/reviews/queue?size=500"));
    }

    @Test
    void aNewUsersQueueHoldsNewCardsUpToTheDailyLimitWithTheirFront() {
        ApiClient alice = newUser("Alice");
        JsonNode q = queue(alice);
        int expected = Math.min(10, deckSize());
        assertThat(expected).isPositive();
        assertThat(q.get("total").asInt()).isEqualTo(expected);
        JsonNode first = q.get("items").get(0);
        assertThat(first.get("isNew").asBoolean()).isTrue();
        assertThat(first.get("state").asString()).isEqualTo("NEW");
        assertThat(first.get("front").asString()).isNotBlank();
        assertThat(first.get("cardId").asString()).matches("[qf]:.+");

        JsonNode paged = ok(alice.get("/api/v1/practice/reviews/queue?page=1&size=3"));
        assertThat(paged.get("total").asInt()).isEqualTo(expected);
        assertThat(paged.get("items").get(0).get("cardId").asString())
                .isEqualTo(q.get("items").get(3).get("cardId").asString());
    }

    @Test
    void scoringACardAnswersItsNewStateAndTakesItOffTodaysQueue() {
        ApiClient alice = newUser("Alice");
        JsonNode before = queue(alice);
        String cardId = before.get("items").get(0).get("cardId").asString();

        JsonNode outcome = ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", cardId, "score", 4)));
        assertThat(outcome.get("cardId").asString()).isEqualTo(cardId);
        assertThat(outcome.get("grade").asString()).isEqualTo("good");
        assertThat(outcome.get("state").asString()).isEqualTo("REVIEW");
        assertThat(outcome.get("intervalDays").asInt()).isEqualTo(2);
        assertThat(outcome.get("stability").asDouble()).isEqualTo(2.3065);
        assertThat(outcome.get("difficulty").asDouble()).isCloseTo(2.1181, within(1e-4));
        assertThat(outcome.get("reps").asInt()).isEqualTo(1);
        assertThat(LocalDate.parse(outcome.get("dueDate").asString()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(2));

        JsonNode after = queue(alice);
        assertThat(after.get("total").asInt()).isEqualTo(before.get("total").asInt() - 1);
        after.get("items").forEach(i -> assertThat(i.get("cardId").asString()).isNotEqualTo(cardId));

        JsonNode card = ok(alice.get("/api/v1/practice/reviews/cards/" + cardId));
        assertThat(card.get("state").asString()).isEqualTo("REVIEW");
        assertThat(card.get("card").get("front").asString()).isNotBlank();

        // a miss on a fresh card: Again, learning, back tomorrow
        String second = after.get("items").get(0).get("cardId").asString();
        JsonNode missed = ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", second, "score", "1")));
        assertThat(missed.get("grade").asString()).isEqualTo("again");
        assertThat(missed.get("state").asString()).isEqualTo("LEARNING");
        assertThat(missed.get("intervalDays").asInt()).isEqualTo(1);
        assertThat(missed.get("stability").asDouble()).isEqualTo(0.212);
    }

    @Test
    void rejectsAnUnknownCardAndABadScoreNamingTheField() {
        ApiClient alice = newUser("Alice");
        String cardId = queue(alice).get("items").get(0).get("cardId").asString();

        ApiClient.Response unknown =
                alice.post("/api/v1/practice/reviews", Map.of("cardId", "q:no-such-question", "score", 3));
        assertThat(fields(unknown)).containsExactly("cardId");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .contains("q:no-such-question");
        assertThat(fields(alice.post("/api/v1/practice/reviews", Map.of("score", 3))))
                .containsExactly("cardId");
        for (Object bad : List.of(0, 6, "great", 2.5)) {
            assertThat(fields(alice.post("/api/v1/practice/reviews", Map.of("cardId", cardId, "score", bad))))
                    .as("score " + bad)
                    .containsExactly("score");
        }
        assertThat(fields(alice.post("/api/v1/practice/reviews", Map.of("cardId", cardId))))
                .containsExactly("score");
        assertThat(alice.post("/api/v1/practice/reviews", "{not json").status()).isEqualTo(400);
        assertThat(alice.get("/api/v1/practice/reviews/cards/q:no-such-question")
                        .status())
                .isEqualTo(404);
        // nothing was scheduled by the rejected requests
        assertThat(ok(alice.get("/api/v1/practice/today")).get("started").asBoolean())
                .isFalse();
    }

    @Test
    void settingsAreValidatedAndShapeTheQueue() {
        ApiClient alice = newUser("Alice");
        JsonNode defaults = ok(alice.get("/api/v1/practice/settings"));
        assertThat(defaults.get("dailyNewLimit").asInt()).isEqualTo(10);
        assertThat(defaults.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(defaults.get("focusCategories")).isEmpty();

        JsonNode saved = ok(alice.put(
                "/api/v1/practice/settings",
                Map.of(
                        "dailyNewLimit",
                        3,
                        "timeZone",
                        "Europe/Berlin",
                        "focusCategories",
                        List.of("frameworks"),
                        "focusSkills",
                        List.of("data"))));
        assertThat(saved.get("dailyNewLimit").asInt()).isEqualTo(3);
        assertThat(saved.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(ok(alice.get("/api/v1/practice/settings"))
                        .get("focusSkills")
                        .get(0)
                        .asString())
                .isEqualTo("data");

        JsonNode q = queue(alice);
        assertThat(q.get("total").asInt()).isEqualTo(Math.min(3, deckSize()));
        if (!library.frameworks().isEmpty()) {
            assertThat(q.get("items").get(0).get("category").asString()).isEqualTo("frameworks");
        }

        // a field left out keeps its value
        ok(alice.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 0)));
        JsonNode kept = ok(alice.get("/api/v1/practice/settings"));
        assertThat(kept.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(queue(alice).get("total").asInt()).isZero();

        ApiClient.Response bad = alice.put(
                "/api/v1/practice/settings",
                Map.of(
                        "dailyNewLimit",
                        500,
                        "timeZone",
                        "Mars/Olympus",
                        "focusCategories",
                        List.of("gossip"),
                        "focusSkills",
                        List.of("juggling")));
        assertThat(fields(bad)).containsExactly("dailyNewLimit", "timeZone", "focusCategories", "focusSkills");
        assertThat(fields(alice.put("/api/v1/practice/settings", Map.of("dailyNewLimit", "lots"))))
                .containsExactly("dailyNewLimit");
        assertThat(ok(alice.get("/api/v1/practice/settings"))
                        .get("dailyNewLimit")
                        .asInt())
                .isZero();
    }

    @Test
    void progressCountsReviewsRecallAndLearnedCardsPerCategoryAndSkill() {
        ApiClient alice = newUser("Alice");
        JsonNode items = queue(alice).get("items");
        String good = items.get(0).get("cardId").asString();
        String missed = items.get(1).get("cardId").asString();
        ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", good, "score", 5)));
        ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", missed, "score", 1)));

        JsonNode byCategory = ok(alice.get("/api/v1/practice/progress?by=category&weeks=4"));
        assertThat(byCategory.get("weeks")).hasSize(4);
        JsonNode total = byCategory.get("overall").get("total");
        assertThat(total.get("reviews").asInt()).isEqualTo(2);
        assertThat(total.get("averageScore").asDouble()).isEqualTo(3.0);
        assertThat(total.get("recallRate").asDouble()).isEqualTo(0.5);
        assertThat(total.get("learned").asInt()).isEqualTo(1);
        assertThat(total.get("mature").asInt()).isZero();
        JsonNode thisWeek = byCategory.get("overall").get("weeks").get(3);
        assertThat(thisWeek.get("reviews").asInt()).isEqualTo(2);
        assertThat(byCategory.get("overall").get("weeks").get(0).get("reviews").asInt())
                .isZero();
        String category = items.get(0).get("category").asString();
        JsonNode group = null;
        for (JsonNode g : byCategory.get("groups")) {
            if (g.get("key").asString().equals(category)) {
                group = g;
            }
        }
        assertThat(group).as("a group for " + category).isNotNull();
        assertThat(group.get("total").get("reviews").asInt()).isPositive();

        JsonNode bySkill = ok(alice.get("/api/v1/practice/progress?by=skill"));
        assertThat(bySkill.get("weeks")).hasSize(12);
        List<String> skills = new ArrayList<>();
        bySkill.get("groups").forEach(g -> skills.add(g.get("key").asString()));
        assertThat(skills)
                .containsExactly(
                        "empathy", "communication", "innovation", "agency", "data", "organization", "business");
        int skillReviews = 0;
        for (JsonNode g : bySkill.get("groups")) {
            skillReviews += g.get("total").get("reviews").asInt();
        }
        assertThat(skillReviews).isGreaterThanOrEqualTo(2);

        assertThat(fields(alice.get("/api/v1/practice/progress?by=team"))).containsExactly("by");
        assertThat(fields(alice.get("/api/v1/practice/progress?weeks=0"))).containsExactly("weeks");
        assertThat(fields(alice.get("/api/v1/practice/progress?weeks=many"))).containsExactly("weeks");
    }

    @Test
    void oneUserNeverSeesAnothersReviews() {
        ApiClient alice = newUser("Alice");
        ApiClient bob = newUser("Bob");
        String cardId = queue(alice).get("items").get(0).get("cardId").asString();
        ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", cardId, "score", 3)));
        ok(alice.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 2, "timeZone", "Asia/Tokyo")));

        assertThat(queue(bob).get("total").asInt()).isEqualTo(Math.min(10, deckSize()));
        assertThat(ok(bob.get("/api/v1/practice/reviews/cards/" + cardId))
                        .get("state")
                        .asString())
                .isEqualTo("NEW");
        JsonNode bobSettings = ok(bob.get("/api/v1/practice/settings"));
        assertThat(bobSettings.get("dailyNewLimit").asInt()).isEqualTo(10);
        assertThat(bobSettings.get("timeZone").asString()).isEqualTo("UTC");
        JsonNode bobToday = ok(bob.get("/api/v1/practice/today"));
        assertThat(bobToday.get("started").asBoolean()).isFalse();
        assertThat(bobToday.get("reviewedToday").asInt()).isZero();
        assertThat(ok(bob.get("/api/v1/practice/progress"))
                        .get("overall")
                        .get("total")
                        .get("reviews")
                        .asInt())
                .isZero();

        JsonNode aliceToday = ok(alice.get("/api/v1/practice/today"));
        assertThat(aliceToday.get("started").asBoolean()).isTrue();
        assertThat(aliceToday.get("reviewedToday").asInt()).isEqualTo(1);
        assertThat(aliceToday.get("streakDays").asInt()).isEqualTo(1);

        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/practice/reviews/queue")
                        .status())
                .isEqualTo(401);
        assertThat(ApiClient.anonymous(port)
                        .post("/api/v1/practice/reviews", Map.of("cardId", cardId, "score", 3))
                        .status())
                .isEqualTo(401);
    }
}
