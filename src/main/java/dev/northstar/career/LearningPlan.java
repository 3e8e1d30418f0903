package dev.northstar.career;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.northstar.practice.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The learning plan: for each skill where the latest assessment falls short of the rung worked toward (biggest gap
 * first), exercises, interview questions and books, each of which can be marked done.
 *
 * @param assessed false when there is no assessment yet (then the plan is empty)
 */
public record LearningPlan(
        boolean assessed,
        UUID assessmentId,
        LocalDate assessedOn,
        LadderLevel toward,
        Instant generatedAt,
        List<SkillPlan> skills,
        int done,
        int total) {

    /** A gap skill with what closes it. */
    public record SkillPlan(
            Skill skill, String name, int rating, int expected, String expectation, List<PlanItem> items) {

        public SkillPlan {
            items = List.copyOf(items);
        }

        @JsonProperty
        public int gap() {
            return expected - rating;
        }

        public List<PlanItem> exercises() {
            return of(PlanItemKind.EXERCISE);
        }

        public List<PlanItem> questions() {
            return of(PlanItemKind.QUESTION);
        }

        public List<PlanItem> books() {
            return of(PlanItemKind.BOOK);
        }

        public long done() {
            return items.stream().filter(PlanItem::done).count();
        }

        private List<PlanItem> of(PlanItemKind kind) {
            return items.stream().filter(i -> i.kind() == kind).toList();
        }
    }

    public LearningPlan {
        skills = List.copyOf(skills);
    }

    static LearningPlan notAssessed() {
        return new LearningPlan(false, null, null, null, null, List.of(), 0, 0);
    }

    /** Share of the items done, 0–100. */
    @JsonProperty
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }
}
