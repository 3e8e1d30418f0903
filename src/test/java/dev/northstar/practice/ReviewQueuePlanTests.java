package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewQueuePlanTests {

    private static ReviewCard card(String id, String category, String... skills) {
        return new ReviewCard(
                id,
                category.equals("frameworks") ? ReviewCard.FRAMEWORK : ReviewCard.QUESTION,
                category,
                category,
                List.of(skills),
                null,
                "front of " + id,
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of());
    }

    // in deck order: categories in vocabulary order, frameworks last
    private final List<ReviewCard> deck = List.of(
            card("q:d1", "product-design", "empathy"),
            card("q:d2", "product-design", "innovation"),
            card("q:d3", "product-design", "empathy"),
            card("q:m1", "metrics", "data"),
            card("q:m2", "metrics", "data"),
            card("q:b1", "behavioral", "communication"),
            card("f:circles", "frameworks", "empathy"),
            card("f:heart", "frameworks", "data"));

    private static ReviewSettings limit(int n, List<String> categories, List<String> skills) {
        return new ReviewSettings(n, "UTC", categories, skills);
    }

    private static List<String> ids(List<ReviewCard> cards) {
        return cards.stream().map(ReviewCard::cardId).toList();
    }

    @Test
    void interleavesCategoriesWhenNoFocusIsSet() {
        List<ReviewCard> today = ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), limit(5, List.of(), List.of()));
        assertThat(ids(today)).containsExactly("q:d1", "q:m1", "q:b1", "f:circles", "q:d2");
    }

    @Test
    void takesNoMoreThanTheDailyLimitAndNoneAtZero() {
        assertThat(ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), limit(3, List.of(), List.of())))
                .hasSize(3);
        assertThat(ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), limit(0, List.of(), List.of())))
                .isEmpty();
        assertThat(ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), limit(50, List.of(), List.of())))
                .hasSize(deck.size());
    }

    @Test
    void cardsMetBeforeTodayAreNoLongerNew() {
        List<ReviewCard> today =
                ReviewQueuePlan.newCards(deck, Set.of("q:d1", "q:m1"), Set.of(), limit(3, List.of(), List.of()));
        assertThat(ids(today)).containsExactly("q:d2", "q:m2", "q:b1");
    }

    @Test
    void scoringANewCardDoesNotPullAnotherForward() {
        ReviewSettings settings = limit(3, List.of(), List.of());
        assertThat(ids(ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), settings)))
                .containsExactly("q:d1", "q:m1", "q:b1");
        // q:d1 was scored today: the rest of the day's plan stays as it was
        assertThat(ids(ReviewQueuePlan.newCards(deck, Set.of(), Set.of("q:d1"), settings)))
                .containsExactly("q:m1", "q:b1");
        // tomorrow it counts as met before, and three new cards come again
        assertThat(ids(ReviewQueuePlan.newCards(deck, Set.of("q:d1", "q:m1", "q:b1"), Set.of(), settings)))
                .containsExactly("q:d2", "q:m2", "f:circles");
    }

    @Test
    void focusCategoriesComeFirstInTurn() {
        List<ReviewCard> today = ReviewQueuePlan.newCards(
                deck, Set.of(), Set.of(), limit(5, List.of("metrics", "frameworks"), List.of()));
        assertThat(ids(today)).containsExactly("q:m1", "f:circles", "q:m2", "f:heart", "q:d1");
    }

    @Test
    void focusSkillsCoverEachSkillInTurn() {
        List<ReviewCard> today =
                ReviewQueuePlan.newCards(deck, Set.of(), Set.of(), limit(4, List.of(), List.of("data", "empathy")));
        assertThat(ids(today)).containsExactly("q:m1", "q:d1", "q:m2", "q:d3");
    }
}
