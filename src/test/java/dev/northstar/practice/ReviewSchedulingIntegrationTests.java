package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Scheduling from {@link AnswerScored} (published in a transaction, as mock sessions do), the order of the daily queue,
 * the daily new-card limit, the user's time zone and the streak. Reviews in the past are made by publishing events
 * with a past time, the same path a mock session takes.
 */
@IntegrationTest
class ReviewSchedulingIntegrationTests extends ApiTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReviewDeck deck;

    @Autowired
    Reviews reviews;

    UUID userId(ApiClient client) {
        return accounts.byEmail(email(client)).orElseThrow().userId();
    }

    void scored(UUID user, String cardId, int score, Instant at) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new AnswerScored(user, cardId, score, at)));
    }

    String card(int i) {
        return deck.cards().get(i).cardId();
    }

    static JsonNode queue(ApiClient client) {
        return ok(client.get("/api/v1/practice/reviews/queue?size=500"));
    }

    static String state(ApiClient client, String cardId) {
        return ok(client.get("/api/v1/practice/reviews/cards/" + cardId))
                .get("state")
                .asString();
    }

    @Test
    void schedulesACardFromAnAnswerScoredInThePublishersTransaction() {
        ApiClient alice = newUser("Alice");
        UUID user = userId(alice);
        scored(user, card(0), 4, Instant.now());
        assertThat(state(alice, card(0))).isEqualTo("REVIEW");
        JsonNode today = ok(alice.get("/api/v1/practice/today"));
        assertThat(today.get("reviewedToday").asInt()).isEqualTo(1);
        assertThat(today.get("started").asBoolean()).isTrue();

        // when the mock session's transaction rolls back, the schedule goes with it
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new AnswerScored(user, card(1), 5, Instant.now()));
            tx.setRollbackOnly();
        });
        assertThat(state(alice, card(1))).isEqualTo("NEW");

        // a card the deck does not hold is skipped without failing the publisher
        scored(user, "q:retired-question", 3, Instant.now());
        assertThat(ok(alice.get("/api/v1/practice/today")).get("reviewedToday").asInt())
                .isEqualTo(1);
    }

    @Test
    void dueCardsComeMostOverdueFirstThenNewCards() {
        ApiClient alice = newUser("Alice");
        UUID user = userId(alice);
        Instant now = Instant.now();
        // Good → due 2 days later; Easy → due 8 days later
        scored(user, card(0), 3, now.minus(10, ChronoUnit.DAYS)); // due 8 days ago
        scored(user, card(1), 3, now.minus(5, ChronoUnit.DAYS)); // due 3 days ago
        scored(user, card(2), 5, now.minus(20, ChronoUnit.DAYS)); // due 12 days ago
        scored(user, card(3), 5, now.minus(1, ChronoUnit.DAYS)); // due in 7 days: not today

        JsonNode items = queue(alice).get("items");
        List<String> due = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        boolean seenNew = false;
        for (JsonNode i : items) {
            if (i.get("isNew").asBoolean()) {
                seenNew = true;
            } else {
                assertThat(seenNew).as("due cards come before new ones").isFalse();
                due.add(i.get("cardId").asString());
                overdue.add(i.get("overdueDays").asInt());
            }
        }
        assertThat(due).containsExactly(card(2), card(0), card(1));
        assertThat(overdue).containsExactly(12, 8, 3);
        List<String> all = new ArrayList<>();
        items.forEach(i -> all.add(i.get("cardId").asString()));
        assertThat(all).doesNotContain(card(3));
        // the four cards were met before today: today's new cards are a full ten on top of the reviews
        assertThat(items.size() - due.size()).isEqualTo(Math.min(10, deck.size() - 4));
    }

    @Test
    void theDailyNewLimitCountsCardsMetTodayAndKeepsTheDaysPlan() {
        ApiClient alice = newUser("Alice");
        ok(alice.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 3)));
        List<String> plan = new ArrayList<>();
        queue(alice).get("items").forEach(i -> plan.add(i.get("cardId").asString()));
        assertThat(plan).hasSize(3);

        ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", plan.get(1), "score", 3)));
        List<String> left = new ArrayList<>();
        queue(alice).get("items").forEach(i -> left.add(i.get("cardId").asString()));
        assertThat(left).containsExactly(plan.get(0), plan.get(2));

        // a card met in a mock today counts against today's new cards too
        scored(userId(alice), plan.get(0), 4, Instant.now());
        ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", plan.get(2), "score", 5)));
        assertThat(queue(alice).get("total").asInt()).isZero();

        JsonNode today = ok(alice.get("/api/v1/practice/today"));
        assertThat(today.get("dueToday").asInt()).isZero();
        assertThat(today.get("newToday").asInt()).isZero();
        assertThat(today.get("reviewedToday").asInt()).isEqualTo(3);
        // tomorrow brings new cards again
        assertThat(LocalDate.parse(today.get("nextReview").asString()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    @Test
    void theDayEndsAtMidnightInTheUsersTimeZone() {
        ApiClient alice = newUser("Alice");
        UUID user = userId(alice);
        ok(alice.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 0)));
        // Good at noon UTC on 10 March 2025: due at noon on 12 March
        scored(user, card(0), 3, Instant.parse("2025-03-10T12:00:00Z"));

        assertThat(dueIds(user, "2025-03-11T23:30:00Z")).isEmpty();
        assertThat(dueIds(user, "2025-03-12T00:30:00Z")).containsExactly(card(0));

        // in Tokyo 16:00 UTC on 11 March is already 12 March
        ok(alice.put("/api/v1/practice/settings", Map.of("timeZone", "Asia/Tokyo")));
        assertThat(dueIds(user, "2025-03-11T16:00:00Z")).containsExactly(card(0));
        // in New York 03:00 UTC on 12 March is still 11 March
        ok(alice.put("/api/v1/practice/settings", Map.of("timeZone", "America/New_York")));
        assertThat(dueIds(user, "2025-03-12T03:00:00Z")).isEmpty();
        assertThat(dueIds(user, "2025-03-12T05:00:00Z")).containsExactly(card(0));
    }

    @Test
    void theStreakCountsConsecutiveDaysWithAReview() {
        ApiClient alice = newUser("Alice");
        UUID user = userId(alice);
        Instant now = Instant.now();
        scored(user, card(0), 3, now.minus(5, ChronoUnit.DAYS));
        scored(user, card(1), 3, now.minus(2, ChronoUnit.DAYS));
        scored(user, card(2), 3, now.minus(1, ChronoUnit.DAYS));
        // yesterday's streak is still alive this morning
        assertThat(ok(alice.get("/api/v1/practice/today")).get("streakDays").asInt())
                .isEqualTo(2);
        scored(user, card(3), 3, now);
        assertThat(ok(alice.get("/api/v1/practice/today")).get("streakDays").asInt())
                .isEqualTo(3);
    }

    @Test
    void aLapseSendsACardToRelearningAndCountsIt() {
        ApiClient alice = newUser("Alice");
        UUID user = userId(alice);
        Instant now = Instant.now();
        scored(user, card(0), 3, now.minus(15, ChronoUnit.DAYS)); // interval 2
        scored(user, card(0), 3, now.minus(13, ChronoUnit.DAYS)); // interval 11: due 2 days ago
        JsonNode outcome = ok(alice.post("/api/v1/practice/reviews", Map.of("cardId", card(0), "score", 1)));
        assertThat(outcome.get("state").asString()).isEqualTo("RELEARNING");
        assertThat(outcome.get("lapses").asInt()).isEqualTo(1);
        assertThat(outcome.get("reps").asInt()).isEqualTo(3);
        assertThat(outcome.get("elapsedDays").asInt()).isEqualTo(13);
        assertThat(outcome.get("retrievability").asDouble()).isLessThan(0.9);
        assertThat(outcome.get("stability").asDouble()).isLessThan(10.9643);
    }

    private List<String> dueIds(UUID user, String at) {
        return reviews.queue(user, Instant.parse(at)).stream()
                .filter(i -> !i.isNew())
                .map(ReviewQueueItem::cardId)
                .toList();
    }
}
