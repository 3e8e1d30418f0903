package dev.northstar.practice;

import java.util.List;
import java.util.Map;

/**
 * A question of the bank with its rubric: what a strong answer covers, the follow-up probes, and what answers scoring
 * 5, 3 and 1 look like. {@code situations} (behavioral and leadership only) match it with the user's stories.
 */
public record Question(
        String id,
        QuestionCategory category,
        String text,
        List<InterviewRound> rounds,
        List<Skill> skills,
        AnswerForm form,
        int difficulty,
        List<String> covers,
        List<String> followUps,
        Map<Integer, String> anchors,
        List<String> situations) {

    public Question {
        rounds = List.copyOf(rounds);
        skills = List.copyOf(skills);
        covers = List.copyOf(covers);
        followUps = List.copyOf(followUps);
        anchors = Map.copyOf(anchors);
        situations = List.copyOf(situations);
    }

    /** The spaced-repetition card of this question. */
    public String cardId() {
        return "q:" + id;
    }
}
