package dev.northstar.career;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.northstar.practice.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the user stands by their latest assessment: the highest rung whose expectations are all met (and every rung
 * below it), the next rung, the rung they work toward (their target when it lies above what they meet, else the next),
 * and what that rung asks that they do not yet meet, biggest gap first.
 *
 * @param assessment the latest assessment, null when there is none yet
 * @param met the highest rung met from the bottom up, null when not even the first
 * @param next the rung after {@code met}, null at the top of the ladder
 * @param toward the rung the gaps and the learning plan aim at, null at the top
 */
public record Standing(
        AssessmentView assessment,
        LadderPosition position,
        LadderLevel met,
        LadderLevel next,
        LadderLevel toward,
        List<SkillStanding> skills,
        List<Gap> gaps) {

    /** One skill: the latest rating beside what {@code toward} expects (null expectation at the top). */
    public record SkillStanding(Skill skill, String name, int rating, LadderLevel.Expectation expected) {
        @JsonProperty
        public boolean meets() {
            return expected == null || rating >= expected.level();
        }
    }

    /** What the aimed-at rung asks on a skill that the user's rating does not reach. */
    public record Gap(Skill skill, String name, int rating, int expected, String text) {
        @JsonProperty("gap")
        public int size() {
            return expected - rating;
        }
    }

    public Standing {
        skills = List.copyOf(skills);
        gaps = List.copyOf(gaps);
    }

    @JsonProperty
    public boolean assessed() {
        return assessment != null;
    }

    /** True when the assessment meets every rung of the ladder. */
    @JsonProperty
    public boolean atTop() {
        return assessment != null && toward == null;
    }

    /** Works out the standing; {@code ladder} in order from the first rung. */
    static Standing of(List<LadderLevel> ladder, AssessmentView assessment, LadderPosition position) {
        if (assessment == null) {
            return new Standing(null, position, null, null, null, List.of(), List.of());
        }
        LadderLevel met = null;
        for (LadderLevel level : ladder) {
            if (!meetsAll(level, assessment)) {
                break;
            }
            met = level;
        }
        int metRank = met == null ? -1 : met.rank();
        LadderLevel next = metRank + 1 < ladder.size() ? ladder.get(metRank + 1) : null;
        LadderLevel target = position.target();
        LadderLevel toward = target != null && target.rank() > metRank ? target : next;
        List<SkillStanding> skills = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            int rating = assessment.level(skill);
            LadderLevel.Expectation e = toward == null ? null : toward.expectation(skill);
            skills.add(new SkillStanding(skill, skill.label(), rating, e));
            if (e != null && rating < e.level()) {
                gaps.add(new Gap(skill, skill.label(), rating, e.level(), e.text()));
            }
        }
        gaps.sort(Comparator.comparingInt(Gap::size).reversed().thenComparing(Gap::skill));
        return new Standing(assessment, position, met, next, toward, skills, gaps);
    }

    private static boolean meetsAll(LadderLevel level, AssessmentView assessment) {
        return level.expectations().entrySet().stream()
                .allMatch(e -> assessment.level(e.getKey()) >= e.getValue().level());
    }
}
