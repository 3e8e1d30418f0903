package dev.northstar.career;

import dev.northstar.practice.ExerciseKind;
import dev.northstar.practice.Question;
import dev.northstar.practice.Skill;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the gaps into plan items: for each gap skill, biggest gap first, the exercises that train it most directly,
 * a handful of interview questions (spread over categories, pitched at the level asked) and the books that feed it.
 * Deterministic, so regenerating from the same gaps gives the same items.
 */
final class PlanBuilder {

    static final int EXERCISES_PER_SKILL = 3;
    static final int QUESTIONS_PER_SKILL = 5;

    /** An item as stored: the skill it serves, what kind it is and what it points at. */
    record Entry(Skill skill, PlanItemKind kind, String ref) {
        String key() {
            return skill.key() + ":" + kind.key() + ":" + ref;
        }
    }

    private PlanBuilder() {}

    static List<Entry> build(
            List<Standing.Gap> gaps,
            Function<Skill, List<Question>> questions,
            Function<Skill, List<dev.northstar.career.Book>> books) {
        List<Entry> out = new ArrayList<>();
        for (Standing.Gap gap : gaps) {
            Skill skill = gap.skill();
            exercises(skill).forEach(k -> out.add(new Entry(skill, PlanItemKind.EXERCISE, k.key())));
            questions(skill, gap.expected(), questions.apply(skill))
                    .forEach(q -> out.add(new Entry(skill, PlanItemKind.QUESTION, q.id())));
            books.apply(skill).forEach(b -> out.add(new Entry(skill, PlanItemKind.BOOK, b.key())));
        }
        return out;
    }

    /** The exercises that train {@code skill}, those naming it first ahead of those naming it second. */
    static List<ExerciseKind> exercises(Skill skill) {
        return Arrays.stream(ExerciseKind.values())
                .filter(k -> k.skills().contains(skill))
                .sorted(Comparator.comparingInt(k -> k.skills().indexOf(skill)))
                .limit(EXERCISES_PER_SKILL)
                .toList();
    }

    /**
     * A handful of the questions on {@code skill}: those where it is the main skill and whose difficulty suits the
     * level asked come first, taken one category at a time so the handful is varied.
     */
    static List<Question> questions(Skill skill, int expectedLevel, List<Question> candidates) {
        int difficulty = expectedLevel <= 2 ? 1 : expectedLevel == 3 ? 2 : 3;
        List<Question> sorted = candidates.stream()
                .filter(q -> q.skills().contains(skill))
                .sorted(Comparator.<Question>comparingInt(q -> q.skills().indexOf(skill))
                        .thenComparingInt(q -> Math.abs(q.difficulty() - difficulty))
                        .thenComparing(Question::id))
                .toList();
        Map<Object, List<Question>> byCategory = new LinkedHashMap<>();
        sorted.forEach(q ->
                byCategory.computeIfAbsent(q.category(), c -> new ArrayList<>()).add(q));
        List<Question> out = new ArrayList<>();
        for (int round = 0; out.size() < QUESTIONS_PER_SKILL; round++) {
            boolean any = false;
            for (List<Question> group : byCategory.values()) {
                if (round < group.size() && out.size() < QUESTIONS_PER_SKILL) {
                    out.add(group.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }
}
