package dev.northstar.career;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.northstar.practice.Skill;
import java.util.List;

/** Two assessments side by side: per skill, the level then and later and how far it moved. */
public record AssessmentComparison(AssessmentView from, AssessmentView to, List<Change> changes) {

    public record Change(Skill skill, String name, int from, int to) {
        @JsonProperty
        public int delta() {
            return to - from;
        }
    }

    public AssessmentComparison {
        changes = List.copyOf(changes);
    }

    static AssessmentComparison of(AssessmentView from, AssessmentView to) {
        return new AssessmentComparison(
                from,
                to,
                java.util.Arrays.stream(Skill.values())
                        .map(s -> new Change(s, s.label(), from.level(s), to.level(s)))
                        .toList());
    }
}
