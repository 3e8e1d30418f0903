package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static dev.northstar.practice.CheckerAssertions.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewHighlightsCheckerTests {

    static final String REVIEWS = """
            The recipes are genuinely good and my kids eat them, which never happened before. Dinner takes about
            twenty minutes on a weeknight, as promised.

            Half the boxes arrived with something missing, so I still had to run to the shop. Support refunded the
            item but that does not make dinner.

            Love the variety. I wish portions were bigger for two adults; we end up hungry and snacking later on.
            Delivery windows are too wide for people who work in an office all day.
            """;

    final ReviewHighlightsChecker checker = new ReviewHighlightsChecker();

    @Test
    void acceptsQuotedTaggedAndArguedHighlights() {
        assertStrong(checker.check(Map.of(
                "product",
                "A meal-kit service",
                "valueProposition",
                "Healthy dinners in twenty minutes without planning or shopping.",
                "reviews",
                REVIEWS,
                "highlights",
                List.of(
                        Map.of(
                                "passage", "Dinner takes about twenty minutes on a weeknight",
                                "tag", "love",
                                "stance", "agree",
                                "reason", "It is the core promise and reviewers confirm it"),
                        Map.of(
                                "passage", "Half the boxes arrived with something missing",
                                "tag", "wish",
                                "stance", "agree",
                                "reason", "A missing item breaks the no-shopping promise")),
                "deliveryScore",
                3,
                "deliveryReasons",
                "Food and speed are praised, but missing items undo the no-shopping half of it.")));
    }

    @Test
    void flagsMisquotesMissingStancesAndOneSidedTags() {
        CheckResult r = checker.check(Map.of(
                "product", "A meal-kit service",
                "reviews", "Great food.",
                "highlights", List.of(Map.of("passage", "Fast delivery every time", "tag", "love", "reason", "yes"))));
        assertThat(levels(r))
                .containsEntry("valueProposition", "missing")
                .containsEntry("reviews", "weak")
                .containsEntry("highlights[0].passage", "weak")
                .containsEntry("highlights[0].stance", "missing")
                .containsEntry("highlights[0].reason", "weak")
                .containsEntry("highlights", "weak")
                .containsEntry("deliveryScore", "missing");
        assertThat(message(r, "highlights[0].passage")).contains("not in the pasted reviews");
        assertThat(message(r, "highlights")).contains("wish");
    }
}
