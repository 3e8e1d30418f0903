package dev.northstar.practice;

import java.util.List;

/** What an interview round assesses, how it usually runs, and how to prepare for it. */
public record RoundGuide(
        InterviewRound round,
        String name,
        String format,
        int minutes,
        List<String> assesses,
        List<String> prepare,
        List<QuestionCategory> categories) {

    public RoundGuide {
        assesses = List.copyOf(assesses);
        prepare = List.copyOf(prepare);
        categories = List.copyOf(categories);
    }
}
