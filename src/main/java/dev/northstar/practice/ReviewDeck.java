package dev.northstar.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every card of spaced repetition, built once from the practice library: each question ({@code q:<id>}) and each
 * framework card ({@code f:<key>}). The order is the order new cards are met in: question categories in their
 * vocabulary order, easier questions first within a category, then the framework cards in file order.
 */
@Component
class ReviewDeck {

    private final List<ReviewCard> cards;
    private final Map<String, ReviewCard> byId = new LinkedHashMap<>();

    ReviewDeck(PracticeLibrary library) {
        List<ReviewCard> all = new ArrayList<>();
        for (QuestionCategory category : QuestionCategory.values()) {
            library.questions().stream()
                    .filter(q -> q.category() == category)
                    .sorted(Comparator.comparingInt(Question::difficulty))
                    .map(ReviewDeck::card)
                    .forEach(all::add);
        }
        library.frameworks().stream().map(ReviewDeck::card).forEach(all::add);
        this.cards = List.copyOf(all);
        for (ReviewCard c : cards) {
            byId.put(c.cardId(), c);
        }
    }

    List<ReviewCard> cards() {
        return cards;
    }

    Optional<ReviewCard> card(String cardId) {
        return Optional.ofNullable(cardId == null ? null : byId.get(cardId));
    }

    boolean contains(String cardId) {
        return cardId != null && byId.containsKey(cardId);
    }

    int size() {
        return cards.size();
    }

    /** The category groups cards fall into, in display order, as key → label. */
    static Map<String, String> categories() {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuestionCategory c : QuestionCategory.values()) {
            out.put(c.key(), c.label());
        }
        out.put(ReviewCard.FRAMEWORKS_CATEGORY, "Framework cards");
        return out;
    }

    private static ReviewCard card(Question q) {
        Map<String, String> anchors = new LinkedHashMap<>();
        q.anchors().forEach((level, text) -> anchors.put(String.valueOf(level), text));
        return new ReviewCard(
                q.cardId(),
                ReviewCard.QUESTION,
                q.category().key(),
                q.category().label(),
                q.skills().stream().map(Skill::key).toList(),
                null,
                q.text(),
                q.covers(),
                q.followUps(),
                anchors,
                List.of(),
                List.of());
    }

    private static ReviewCard card(FrameworkCard f) {
        return new ReviewCard(
                f.cardId(),
                ReviewCard.FRAMEWORK,
                ReviewCard.FRAMEWORKS_CATEGORY,
                "Framework cards",
                f.skills().stream().map(Skill::key).toList(),
                f.name(),
                f.question(),
                List.of(),
                List.of(),
                Map.of(),
                f.steps(),
                f.pitfalls());
    }
}
