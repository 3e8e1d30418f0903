package dev.northstar.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class KeyResultProgressTests {

    @Test
    void measuresTheShareOfTheWayFromBaselineToTarget() {
        // weekly active teams from 62 % to 70 %, now 66 %: half way
        assertThat(KeyResultProgress.of(62, 70, 66)).isEqualTo(0.5);
        assertThat(KeyResultProgress.of(0, 200, 50)).isEqualTo(0.25);
        assertThat(KeyResultProgress.of(62, 70, 62)).isZero();
        assertThat(KeyResultProgress.of(62, 70, 70)).isEqualTo(1.0);
    }

    @Test
    void countsADecreaseAsProgressWhenTheTargetIsBelowTheBaseline() {
        // churn from 5 % to 3 %: at 4.5 % a quarter of the way, at 3.5 % three quarters
        assertThat(KeyResultProgress.of(5, 3, 4.5)).isCloseTo(0.25, within(1e-12));
        assertThat(KeyResultProgress.of(5, 3, 3.5)).isCloseTo(0.75, within(1e-12));
        assertThat(KeyResultProgress.of(5, 3, 3)).isEqualTo(1.0);
    }

    @Test
    void clampsToZeroWhenGoingTheWrongWayAndToOneBeyondTheTarget() {
        assertThat(KeyResultProgress.of(62, 70, 58)).isZero();
        assertThat(KeyResultProgress.of(62, 70, 75)).isEqualTo(1.0);
        assertThat(KeyResultProgress.of(5, 3, 6)).isZero();
        assertThat(KeyResultProgress.of(5, 3, 2)).isEqualTo(1.0);
    }

    @Test
    void worksAcrossZeroAndWithNegativeNumbers() {
        assertThat(KeyResultProgress.of(-10, 10, 0)).isEqualTo(0.5);
        assertThat(KeyResultProgress.of(10, -10, 5)).isEqualTo(0.25);
    }

    @Test
    void refusesATargetEqualToTheBaseline() {
        assertThatThrownBy(() -> KeyResultProgress.of(3, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyResultInput(null, "Churn", "%", 3.0, 3.0, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("target")).contains("differ from the baseline"));
    }

    @Test
    void keyResultInputStartsAtTheBaselineAndNamesMissingNumbers() {
        assertThat(new KeyResultInput(null, "Churn", "%", 5.0, 3.0, null).current())
                .isEqualTo(5.0);
        assertThatThrownBy(() -> new KeyResultInput(null, " ", null, null, Double.NaN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageFor("title")).isEqualTo("Title is required");
                    assertThat(e.messageFor("baseline")).startsWith("Baseline is required");
                    assertThat(e.messageFor("target")).contains("must be a number");
                });
    }

    @Test
    void positioningSentenceFollowsMooresTemplate() {
        PositioningInput p = new PositioningInput(
                "operations leads at agencies",
                "juggle people across client work",
                "Cadence",
                "team calendar",
                "shows who is free across time zones.",
                "shared spreadsheets",
                "keeps leave, focus time and bookings in one place");
        assertThat(p.sentence())
                .isEqualTo("For operations leads at agencies who juggle people across client work, Cadence is a team"
                        + " calendar that shows who is free across time zones. Unlike shared spreadsheets, our product"
                        + " keeps leave, focus time and bookings in one place.");
        assertThat(new PositioningInput(null, null, "Cadence", "online calendar", null, null, null).sentence())
                .isEqualTo("For [target customer] who [need], Cadence is an online calendar that [key benefit]."
                        + " Unlike [alternative], our product [differentiation].");
        assertThat(new PositioningInput(null, null, null, null, null, null, null).sentence())
                .isNull();
    }
}
