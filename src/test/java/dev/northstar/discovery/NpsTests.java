package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTests {

    @Test
    void scoresPromotersMinusDetractorsAsPercentages() {
        List<Integer> answers = new ArrayList<>(List.of(9, 10, 10, 9, 10, 7, 8, 8, 3, 6));
        Collections.shuffle(answers);
        Nps nps = Nps.of(answers);
        assertThat(nps).isEqualTo(new Nps(30, 5, 3, 2));
        assertThat(nps.answered()).isEqualTo(10);
        assertThat(nps.percent(nps.promoters())).isEqualTo(50);
    }

    @Test
    void drawsTheBandsAtSixSevenEightAndNine() {
        assertThat(Nps.of(List.of(6))).isEqualTo(new Nps(-100, 0, 0, 1));
        assertThat(Nps.of(List.of(7))).isEqualTo(new Nps(0, 0, 1, 0));
        assertThat(Nps.of(List.of(8))).isEqualTo(new Nps(0, 0, 1, 0));
        assertThat(Nps.of(List.of(9))).isEqualTo(new Nps(100, 1, 0, 0));
        assertThat(Nps.of(List.of(0))).isEqualTo(new Nps(-100, 0, 0, 1));
    }

    @Test
    void roundsToAWholeNumber() {
        // 1 promoter of 3: 33.3 → 33; 2 promoters and 1 detractor of 3: 33.3 → 33; 1 of 6 detractors net: -16.7 → -17
        assertThat(Nps.of(List.of(10, 7, 8)).score()).isEqualTo(33);
        assertThat(Nps.of(List.of(10, 9, 2)).score()).isEqualTo(33);
        assertThat(Nps.of(List.of(1, 7, 7, 7, 7, 7)).score()).isEqualTo(-17);
    }

    @Test
    void isZeroWithNoAnswers() {
        Nps nps = Nps.of(List.of());
        assertThat(nps.score()).isZero();
        assertThat(nps.answered()).isZero();
        assertThat(nps.percent(0)).isZero();
    }

    @Test
    void refusesAnswersOutsideZeroToTen() {
        assertThatThrownBy(() -> Nps.of(List.of(11))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Nps.of(List.of(-1))).isInstanceOf(InvalidInputException.class);
    }
}
