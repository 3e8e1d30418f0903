package dev.northstar.practice;

import static dev.northstar.practice.FsrsGrade.AGAIN;
import static dev.northstar.practice.FsrsGrade.EASY;
import static dev.northstar.practice.FsrsGrade.GOOD;
import static dev.northstar.practice.FsrsGrade.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 with its default parameters and desired retention 0.9, checked against known values: the memory state of
 * py-fsrs's published test_memo_state (tests/test_basic.py), and interval sequences the reference scheduler (py-fsrs
 * 6.3, learning and relearning steps off, fuzz off, each review on its due day) produces; the first-review values
 * follow from the formulas by hand.
 */
class FsrsTests {

    private final Fsrs fsrs = Fsrs.defaults();

    @Test
    void firstReviewStabilityIsTheDefaultWeightOfTheGrade() {
        assertThat(fsrs.first(AGAIN).stability()).isEqualTo(0.212);
        assertThat(fsrs.first(HARD).stability()).isEqualTo(1.2931);
        assertThat(fsrs.first(GOOD).stability()).isEqualTo(2.3065);
        assertThat(fsrs.first(EASY).stability()).isEqualTo(8.2956);
    }

    @Test
    void firstReviewDifficultyFollowsD0() {
        // D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to 1..10
        assertThat(fsrs.first(AGAIN).difficulty()).isCloseTo(6.4133, within(1e-9));
        assertThat(fsrs.first(HARD).difficulty()).isCloseTo(5.112170705601056, within(1e-9));
        assertThat(fsrs.first(GOOD).difficulty()).isCloseTo(2.118103970459016, within(1e-9));
        assertThat(fsrs.first(EASY).difficulty()).isEqualTo(1.0);
    }

    @Test
    void firstIntervalsAreTheRoundedStabilityAtLeastOneDay() {
        assertThat(List.of(AGAIN, HARD, GOOD, EASY).stream()
                        .map(g -> fsrs.interval(fsrs.first(g).stability()))
                        .toList())
                .containsExactly(1, 1, 2, 8);
    }

    @Test
    void retrievabilityIsNinetyPercentWhenElapsedTimeEqualsStability() {
        for (double s : new double[] {0.5, 2.3065, 10, 365}) {
            assertThat(fsrs.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
        }
        assertThat(fsrs.retrievability(0, 5)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(10, 2.3065)).isCloseTo(0.7743669167614039, within(1e-12));
    }

    @Test
    void atNinetyPercentRetentionTheIntervalIsTheStabilityRounded() {
        assertThat(fsrs.interval(10.9643)).isEqualTo(11);
        assertThat(fsrs.interval(46.2802)).isEqualTo(46);
        assertThat(fsrs.interval(0.001)).isEqualTo(1);
        assertThat(fsrs.interval(1_000_000)).isEqualTo(36500);
    }

    @Test
    void goodEveryTimeGivesTheReferenceIntervals() {
        assertThat(intervals(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, GOOD))
                .containsExactly(2, 11, 46, 163, 497, 1346, 3292, 7398);
    }

    @Test
    void hardAndEasyGiveTheReferenceIntervals() {
        assertThat(intervals(HARD, HARD, HARD, HARD)).containsExactly(1, 3, 7, 12);
        assertThat(intervals(EASY, EASY, EASY)).containsExactly(8, 66, 397);
        assertThat(intervals(AGAIN, GOOD, GOOD, GOOD, GOOD)).containsExactly(1, 2, 6, 17, 44);
    }

    @Test
    void aLapseShrinksStabilityAndRaisesDifficulty() {
        Sim sim = simulate(GOOD, GOOD, GOOD, AGAIN, GOOD, GOOD, GOOD);
        assertThat(sim.intervals).containsExactly(2, 11, 46, 3, 8, 19, 42);
        Fsrs.Memory afterLapse = sim.memories.get(3);
        assertThat(afterLapse.stability()).isCloseTo(2.9326, within(1e-4));
        assertThat(afterLapse.difficulty()).isCloseTo(7.39, within(1e-4));
        assertThat(sim.memories.get(6).stability()).isCloseTo(41.5293, within(1e-4));
    }

    @Test
    void aMixedSequenceMatchesTheReference() {
        Sim sim = simulate(GOOD, HARD, EASY, AGAIN, AGAIN, GOOD, EASY);
        assertThat(sim.intervals).containsExactly(2, 8, 43, 3, 1, 2, 5);
        assertThat(sim.memories.getLast().stability()).isCloseTo(4.6566, within(1e-4));
        assertThat(sim.memories.getLast().difficulty()).isCloseTo(8.9292, within(1e-4));
    }

    @Test
    void matchesPyFsrsMemoStateIncludingASameDayReview() {
        // py-fsrs tests/test_basic.py test_memo_state: Again, then Good on the same day, then Good after 1, 3, 8
        // and 21 days: stability 53.62691, difficulty 6.3574867
        Fsrs.Memory m = fsrs.first(AGAIN);
        m = fsrs.next(m, 0, GOOD);
        for (int days : new int[] {1, 3, 8, 21}) {
            m = fsrs.next(m, days, GOOD);
        }
        assertThat(m.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(m.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void sameDayReviewsUseShortTermStability() {
        Fsrs.Memory good = fsrs.first(GOOD);
        // Good on the same day never lowers stability (the increase is clamped at 1 here)
        Fsrs.Memory again = fsrs.next(good, 0, GOOD);
        assertThat(again.stability()).isCloseTo(2.3065, within(1e-12));
        assertThat(again.difficulty()).isCloseTo(2.111214235785395, within(1e-12));
        Fsrs.Memory forgot = fsrs.next(good, 0, AGAIN);
        assertThat(forgot.stability()).isCloseTo(0.7750839828558984, within(1e-12));
        assertThat(forgot.difficulty()).isCloseTo(7.394502741279718, within(1e-12));
    }

    @Test
    void anOverdueRecallEarnsALongerInterval() {
        Fsrs.Memory m = fsrs.next(fsrs.first(GOOD), 10, GOOD);
        assertThat(m.stability()).isCloseTo(25.10872016830931, within(1e-9));
        assertThat(fsrs.interval(m.stability())).isEqualTo(25);
    }

    @Test
    void easyAlwaysDrivesDifficultyToTheFloorAndAgainTowardTheCeiling() {
        Fsrs.Memory m = fsrs.first(GOOD);
        for (int i = 0; i < 10; i++) {
            m = fsrs.next(m, 0, EASY);
        }
        assertThat(m.difficulty()).isEqualTo(1.0);
        for (int i = 0; i < 30; i++) {
            m = fsrs.next(m, 1, AGAIN);
        }
        assertThat(m.difficulty()).isLessThanOrEqualTo(10.0).isGreaterThan(9.5);
        assertThat(m.stability()).isGreaterThanOrEqualTo(Fsrs.MIN_STABILITY);
    }

    @Test
    void selfScoresMapOntoGrades() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(FsrsGrade::ofScore).toList())
                .containsExactly(AGAIN, HARD, GOOD, GOOD, EASY);
    }

    private List<Integer> intervals(FsrsGrade... grades) {
        return simulate(grades).intervals;
    }

    private record Sim(List<Integer> intervals, List<Fsrs.Memory> memories) {}

    /** Reviews a new card with each grade in turn, each time on the day it falls due. */
    private Sim simulate(FsrsGrade... grades) {
        List<Integer> intervals = new ArrayList<>();
        List<Fsrs.Memory> memories = new ArrayList<>();
        Fsrs.Memory m = null;
        int elapsed = 0;
        for (FsrsGrade g : grades) {
            m = m == null ? fsrs.first(g) : fsrs.next(m, elapsed, g);
            elapsed = fsrs.interval(m.stability());
            intervals.add(elapsed);
            memories.add(m);
        }
        return new Sim(intervals, memories);
    }
}
