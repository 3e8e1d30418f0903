package dev.northstar.practice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which new cards a user meets today. The day's plan is fixed by what was new when the day began: cards matching the
 * user's focus (a focus category, or a focus skill) come first, taken in turn from each focus entry so every one is
 * covered; then, or without a focus, cards are taken in turn from each category (frameworks count as one), easier
 * questions first. The first {@code dailyNewLimit} of that order are today's new cards; those already met today
 * drop out, so scoring a card never pulls a different one forward.
 */
final class ReviewQueuePlan {

    private ReviewQueuePlan() {}

    static List<ReviewCard> newCards(
            List<ReviewCard> deck, Set<String> metBeforeToday, Set<String> metToday, ReviewSettings settings) {
        List<ReviewCard> pool =
                deck.stream().filter(c -> !metBeforeToday.contains(c.cardId())).toList();
        List<ReviewCard> ordered = order(pool, settings.focusCategories(), settings.focusSkills());
        return ordered.stream()
                .limit(Math.max(0, settings.dailyNewLimit()))
                .filter(c -> !metToday.contains(c.cardId()))
                .toList();
    }

    /** The pool in the order new cards are met: focus entries in turn, then categories in turn. */
    static List<ReviewCard> order(List<ReviewCard> pool, List<String> focusCategories, List<String> focusSkills) {
        Map<String, Deque<ReviewCard>> focusLanes = new LinkedHashMap<>();
        focusCategories.forEach(k -> focusLanes.put("category:" + k, new ArrayDeque<>()));
        focusSkills.forEach(k -> focusLanes.put("skill:" + k, new ArrayDeque<>()));
        Map<String, Deque<ReviewCard>> categoryLanes = new LinkedHashMap<>();
        ReviewDeck.categories().keySet().forEach(k -> categoryLanes.put(k, new ArrayDeque<>()));
        for (ReviewCard card : pool) {
            String lane = focusLane(card, focusCategories, focusSkills);
            if (lane != null) {
                focusLanes.get(lane).add(card);
            } else {
                categoryLanes
                        .computeIfAbsent(card.category(), k -> new ArrayDeque<>())
                        .add(card);
            }
        }
        List<ReviewCard> out = new ArrayList<>(pool.size());
        roundRobin(focusLanes, out);
        roundRobin(categoryLanes, out);
        return out;
    }

    private static String focusLane(ReviewCard card, List<String> focusCategories, List<String> focusSkills) {
        if (focusCategories.contains(card.category())) {
            return "category:" + card.category();
        }
        for (String skill : focusSkills) {
            if (card.skills().contains(skill)) {
                return "skill:" + skill;
            }
        }
        return null;
    }

    private static void roundRobin(Map<String, Deque<ReviewCard>> lanes, List<ReviewCard> out) {
        boolean took = true;
        while (took) {
            took = false;
            for (Deque<ReviewCard> lane : lanes.values()) {
                ReviewCard c = lane.poll();
                if (c != null) {
                    out.add(c);
                    took = true;
                }
            }
        }
    }
}
