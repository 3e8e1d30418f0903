package dev.northstar.specs;

import dev.northstar.common.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a PRD that belong to specs: non-goals, success metrics (free text until analytics
 * binds them to live metrics) and open questions, each list in order. Blank lines are dropped.
 */
public record PrdInput(List<String> nonGoals, List<String> metrics, List<PrdQuestion> questions) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_ENTRIES = 100;

    public PrdInput {
        nonGoals = clean(nonGoals);
        metrics = clean(metrics);
        questions = questions == null
                ? List.of()
                : questions.stream()
                        .filter(Objects::nonNull)
                        .filter(q -> q.text() != null || q.answer() != null)
                        .toList();
        Checks checks = Checks.start();
        texts(checks, nonGoals, "nonGoals");
        texts(checks, metrics, "metrics");
        checks.require(questions.size() <= MAX_ENTRIES, "questions", "At most " + MAX_ENTRIES + " questions");
        for (int i = 0; i < questions.size(); i++) {
            PrdQuestion q = questions.get(i);
            checks.notBlank(q.text(), "questions[" + i + "].text", "Question")
                    .maxLength(q.text(), MAX_TEXT, "questions[" + i + "].text", "Question")
                    .maxLength(q.answer(), MAX_ANSWER, "questions[" + i + "].answer", "Answer");
        }
        checks.orThrow();
    }

    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String t = Checks.trimToNull(v);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void texts(Checks checks, List<String> values, String field) {
        checks.require(values.size() <= MAX_ENTRIES, field, "At most " + MAX_ENTRIES + " entries");
        for (int i = 0; i < values.size(); i++) {
            checks.maxLength(values.get(i), MAX_TEXT, field + "[" + i + "]", "An entry");
        }
    }
}
