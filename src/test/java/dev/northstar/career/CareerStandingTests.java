package dev.northstar.career;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.practice.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Where you stand": the rung met, the next one, the one aimed at and the gaps to it. */
class CareerStandingTests {

    /** A three-rung ladder: every skill 2, then 3, then data 5 and the rest 4. */
    static final List<LadderLevel> LADDER = List.of(
            level("apm", 0, all(2)), level("pm", 1, all(3)), level("senior-pm", 2, with(all(4), Skill.DATA, 5)));

    static Map<Skill, Integer> all(int level) {
        Map<Skill, Integer> out = new EnumMap<>(Skill.class);
        Arrays.stream(Skill.values()).forEach(s -> out.put(s, level));
        return out;
    }

    static Map<Skill, Integer> with(Map<Skill, Integer> levels, Skill skill, int level) {
        Map<Skill, Integer> out = new EnumMap<>(levels);
        out.put(skill, level);
        return out;
    }

    static LadderLevel level(String key, int rank, Map<Skill, Integer> levels) {
        Map<Skill, LadderLevel.Expectation> e = new EnumMap<>(Skill.class);
        levels.forEach((s, l) -> e.put(s, new LadderLevel.Expectation(l, key + " asks " + s.key() + " at " + l)));
        return new LadderLevel(key, key.toUpperCase(), "scope", rank, e);
    }

    static AssessmentView rated(Map<Skill, Integer> levels) {
        List<Rating> ratings = new ArrayList<>();
        levels.forEach((s, l) -> ratings.add(new Rating(s, l, null)));
        return new AssessmentView(UUID.randomUUID(), LocalDate.now(), Instant.now(), ratings);
    }

    static LadderPosition target(String key) {
        return new LadderPosition(
                null,
                LADDER.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow(),
                null);
    }

    @Test
    void meetsTheHighestRungWhoseExpectationsAreAllMetAndAimsAtTheNext() {
        Standing s = Standing.of(LADDER, rated(with(all(3), Skill.EMPATHY, 4)), LadderPosition.UNSET);
        assertThat(s.met().key()).isEqualTo("pm");
        assertThat(s.next().key()).isEqualTo("senior-pm");
        assertThat(s.toward().key()).isEqualTo("senior-pm");
        assertThat(s.gaps()).extracting(Standing.Gap::skill).first().isEqualTo(Skill.DATA);
        assertThat(s.gaps()).extracting(Standing.Gap::skill).doesNotContain(Skill.EMPATHY);
        assertThat(s.gaps().getFirst().size()).isEqualTo(2);
        assertThat(s.gaps().getFirst().text()).isEqualTo("senior-pm asks data at 5");
    }

    @Test
    void oneSkillShortOfARungMeansTheRungBelow() {
        Standing s = Standing.of(LADDER, rated(with(all(3), Skill.BUSINESS, 2)), LadderPosition.UNSET);
        assertThat(s.met().key()).isEqualTo("apm");
        assertThat(s.toward().key()).isEqualTo("pm");
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.skill()).isEqualTo(Skill.BUSINESS);
            assertThat(g.rating()).isEqualTo(2);
            assertThat(g.expected()).isEqualTo(3);
        });
    }

    @Test
    void meetsNoRungWhenTheFirstIsNotMet() {
        Standing s = Standing.of(LADDER, rated(with(all(2), Skill.AGENCY, 1)), LadderPosition.UNSET);
        assertThat(s.met()).isNull();
        assertThat(s.next().key()).isEqualTo("apm");
        assertThat(s.toward().key()).isEqualTo("apm");
        assertThat(s.gaps()).extracting(Standing.Gap::skill).containsExactly(Skill.AGENCY);
    }

    @Test
    void aimsAtTheTargetWhenItLiesAboveWhatIsMet() {
        Standing s = Standing.of(LADDER, rated(all(2)), target("senior-pm"));
        assertThat(s.met().key()).isEqualTo("apm");
        assertThat(s.next().key()).isEqualTo("pm");
        assertThat(s.toward().key()).isEqualTo("senior-pm");
        assertThat(s.gaps()).hasSize(7);
        assertThat(s.gaps().getFirst().skill()).isEqualTo(Skill.DATA);
        assertThat(s.gaps().get(1).skill()).as("ties in skill order").isEqualTo(Skill.EMPATHY);
    }

    @Test
    void aimsAtTheNextRungWhenTheTargetIsAlreadyMet() {
        Standing s = Standing.of(LADDER, rated(all(3)), target("apm"));
        assertThat(s.toward().key()).isEqualTo("senior-pm");
    }

    @Test
    void hasNothingToAimAtAtTheTop() {
        Standing s = Standing.of(LADDER, rated(all(5)), LadderPosition.UNSET);
        assertThat(s.met().key()).isEqualTo("senior-pm");
        assertThat(s.next()).isNull();
        assertThat(s.toward()).isNull();
        assertThat(s.atTop()).isTrue();
        assertThat(s.gaps()).isEmpty();
        assertThat(s.skills()).allMatch(Standing.SkillStanding::meets);
    }

    @Test
    void withoutAnAssessmentThereIsNoStanding() {
        Standing s = Standing.of(LADDER, null, LadderPosition.UNSET);
        assertThat(s.assessed()).isFalse();
        assertThat(s.met()).isNull();
        assertThat(s.gaps()).isEmpty();
    }
}
