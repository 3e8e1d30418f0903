package dev.northstar.practice;

import java.util.List;
import java.util.Map;

/**
 * A card of the deck, front and back: a question ({@code q:<id>}, kind "question") with the rubric it is scored
 * against (what a strong answer covers, follow-ups, the anchors for 5, 3 and 1), or a framework ({@code f:<key>},
 * kind "framework") with its steps. Framework cards sit in the pseudo-category "frameworks".
 */
public record ReviewCard(
        String cardId,
        String kind,
        String category,
        String categoryLabel,
        List<String> skills,
        String title,
        String front,
        List<String> covers,
        List<String> followUps,
        Map<String, String> anchors,
        List<FrameworkCard.Step> steps,
        List<String> pitfalls) {

    public static final String QUESTION = "question";
    public static final String FRAMEWORK = "framework";
    public static final String FRAMEWORKS_CATEGORY = "frameworks";

    public ReviewCard {
        skills = List.copyOf(skills);
        covers = List.copyOf(covers);
        followUps = List.copyOf(followUps);
        anchors = Map.copyOf(anchors);
        steps = List.copyOf(steps);
        pitfalls = List.copyOf(pitfalls);
    }

    public boolean isFramework() {
        return FRAMEWORK.equals(kind);
    }
}
