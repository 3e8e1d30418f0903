package dev.northstar.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.Importance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FrameworksTests {

    private static String fieldOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.errors().getFirst().field();
        }
        throw new AssertionError("accepted an invalid input");
    }

    @Test
    void riceMultipliesReachImpactConfidenceAndDividesByEffort() {
        RiceInput rice = RiceInput.from(Map.of("reach", 4000, "impact", 2, "confidence", 80, "effort", 4));
        assertThat(rice.score()).isEqualTo(1600.0); // 4000 × 2 × 0.8 / 4
        assertThat(new RiceInput(500, 0.25, 50, 0.5).score()).isEqualTo(125.0); // 500 × 0.25 × 0.5 / 0.5
        assertThat(new RiceInput(0, 3, 100, 1).score()).isZero();
        assertThat(rice.breakdown())
                .containsEntry("reach", 4000.0)
                .containsEntry("impact", 2.0)
                .containsEntry("formula", "4000 × 2 × 80% / 4 = 1600");
    }

    @Test
    void riceRefusesValuesOffItsScalesNamingTheField() {
        assertThat(fieldOf(() -> new RiceInput(100, 4, 80, 1))).isEqualTo("impact");
        assertThat(fieldOf(() -> new RiceInput(100, 2, 120, 1))).isEqualTo("confidence");
        assertThat(fieldOf(() -> new RiceInput(100, 2, 0, 1))).isEqualTo("confidence");
        assertThat(fieldOf(() -> new RiceInput(100, 2, 80, 0))).isEqualTo("effort");
        assertThat(fieldOf(() -> new RiceInput(-1, 2, 80, 1))).isEqualTo("reach");
        assertThat(fieldOf(() -> RiceInput.from(Map.of("reach", "many", "impact", 2, "confidence", 80, "effort", 1))))
                .isEqualTo("reach");
        assertThat(fieldOf(() -> RiceInput.from(Map.of("impact", 2, "confidence", 80, "effort", 1))))
                .isEqualTo("reach");
    }

    @Test
    void iceMultipliesItsThreeRatings() {
        assertThat(new IceInput(8, 5, 3).score()).isEqualTo(120.0);
        assertThat(new IceInput(10, 10, 10).score()).isEqualTo(1000.0);
        assertThat(fieldOf(() -> new IceInput(11, 5, 5))).isEqualTo("impact");
        assertThat(fieldOf(() -> new IceInput(5, 0, 5))).isEqualTo("confidence");
        assertThat(fieldOf(() -> IceInput.from(Map.of("impact", 5, "confidence", 5, "ease", 2.5))))
                .isEqualTo("ease");
    }

    @Test
    void wsjfDividesCostOfDelayByJobSizeOnTheFibonacciScale() {
        WsjfInput w = new WsjfInput(8, 5, 3, 5);
        assertThat(w.costOfDelay()).isEqualTo(16);
        assertThat(w.score()).isEqualTo(3.2);
        assertThat(new WsjfInput(20, 13, 1, 2).score()).isEqualTo(17.0);
        assertThat(fieldOf(() -> new WsjfInput(4, 5, 3, 5))).isEqualTo("businessValue");
        assertThat(fieldOf(() -> new WsjfInput(8, 5, 3, 21))).isEqualTo("jobSize");
    }

    @Test
    void valueEffortPlacesEachFeatureInItsQuadrant() {
        assertThat(new ValueEffortInput(8, 2).quadrant()).isEqualTo(ValueEffortInput.Quadrant.QUICK_WIN);
        assertThat(new ValueEffortInput(8, 9).quadrant()).isEqualTo(ValueEffortInput.Quadrant.BIG_BET);
        assertThat(new ValueEffortInput(3, 2).quadrant()).isEqualTo(ValueEffortInput.Quadrant.FILL_IN);
        assertThat(new ValueEffortInput(5, 6).quadrant()).isEqualTo(ValueEffortInput.Quadrant.MONEY_PIT);
        assertThat(new ValueEffortInput(6, 5).quadrant()).isEqualTo(ValueEffortInput.Quadrant.QUICK_WIN);
        assertThat(new ValueEffortInput(8, 2).score()).isEqualTo(4.0);
        assertThat(new ValueEffortInput(8, 2).breakdown()).containsEntry("quadrant", "quick win");
        assertThat(fieldOf(() -> new ValueEffortInput(0, 2))).isEqualTo("value");
    }

    @Test
    void moscowRanksMustAboveShouldAboveCouldAboveWont() {
        assertThat(MoscowInput.from(Map.of("category", "must")).score()).isEqualTo(4);
        assertThat(MoscowInput.from(Map.of("category", "Should have")).score()).isEqualTo(3);
        assertThat(MoscowInput.from(Map.of("category", "could")).score()).isEqualTo(2);
        assertThat(MoscowInput.from(Map.of("category", "won't")).score()).isEqualTo(1);
        assertThat(MoscowInput.from(Map.of("category", "WONT")).values()).containsEntry("category", "won't");
        assertThat(fieldOf(() -> MoscowInput.from(Map.of("category", "maybe")))).isEqualTo("category");
    }

    @Test
    void kanoTableClassifiesAnswerPairsTheStandardWay() {
        assertThat(Kano.classify(Kano.Answer.LIKE, Kano.Answer.DISLIKE)).isEqualTo(Kano.Category.ONE_DIMENSIONAL);
        assertThat(Kano.classify(Kano.Answer.LIKE, Kano.Answer.NEUTRAL)).isEqualTo(Kano.Category.ATTRACTIVE);
        assertThat(Kano.classify(Kano.Answer.LIKE, Kano.Answer.EXPECT)).isEqualTo(Kano.Category.ATTRACTIVE);
        assertThat(Kano.classify(Kano.Answer.LIKE, Kano.Answer.LIKE)).isEqualTo(Kano.Category.QUESTIONABLE);
        assertThat(Kano.classify(Kano.Answer.EXPECT, Kano.Answer.DISLIKE)).isEqualTo(Kano.Category.MUST_BE);
        assertThat(Kano.classify(Kano.Answer.NEUTRAL, Kano.Answer.LIVE_WITH)).isEqualTo(Kano.Category.INDIFFERENT);
        assertThat(Kano.classify(Kano.Answer.DISLIKE, Kano.Answer.LIKE)).isEqualTo(Kano.Category.REVERSE);
        assertThat(Kano.classify(Kano.Answer.NEUTRAL, Kano.Answer.LIKE)).isEqualTo(Kano.Category.REVERSE);
        assertThat(Kano.classify(Kano.Answer.DISLIKE, Kano.Answer.DISLIKE)).isEqualTo(Kano.Category.QUESTIONABLE);
        assertThat(Kano.Answer.recognise("I can live with it")).isEqualTo(Kano.Answer.LIVE_WITH);
        assertThat(Kano.Answer.recognise("I dislike it that way")).isEqualTo(Kano.Answer.DISLIKE);
        assertThat(Kano.Answer.recognise("I like it")).isEqualTo(Kano.Answer.LIKE);
        assertThat(Kano.Answer.recognise("It must be that way")).isEqualTo(Kano.Answer.EXPECT);
    }

    @Test
    void kanoCategoryIsTheMostFrequentClassAndTiesGoToTheStrongerRequirement() {
        KanoInput k = KanoInput.from(Map.of("counts", Map.of("attractive", 7, "must-be", 3, "indifferent", 2)));
        assertThat(k.category()).isEqualTo(Kano.Category.ATTRACTIVE);
        assertThat(k.total()).isEqualTo(12);
        assertThat(k.breakdown()).containsEntry("category", "attractive");
        KanoInput tie = KanoInput.ofCounts(Map.of(Kano.Category.ATTRACTIVE, 4, Kano.Category.MUST_BE, 4));
        assertThat(tie.category()).isEqualTo(Kano.Category.MUST_BE);
        assertThat(fieldOf(() -> KanoInput.ofCounts(Map.of()))).isEqualTo("counts");
        assertThat(fieldOf(() -> KanoInput.ofCounts(Map.of(Kano.Category.REVERSE, -1))))
                .isEqualTo("counts.reverse");
    }

    private static Scorecard card() {
        return new Scorecard(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Growth",
                null,
                List.of(
                        new Scorecard.Driver(UUID.randomUUID(), "Revenue", 3, 0, 10),
                        new Scorecard.Driver(UUID.randomUUID(), "Retention", 1, 1, 5)),
                0,
                Instant.now());
    }

    @Test
    void scorecardWeighsNormalisedValues() {
        Scorecard card = card();
        ScorecardInput in = ScorecardInput.from(card, Map.of("values", Map.of("Revenue", 5, "retention", 5)));
        // (3 × 0.5 + 1 × 1.0) / 4 = 0.625
        assertThat(in.score()).isCloseTo(62.5, within(1e-9));
        assertThat(fieldOf(() -> ScorecardInput.from(card, Map.of("values", Map.of("Revenue", 11, "Retention", 2)))))
                .isEqualTo("values.Revenue");
        assertThat(fieldOf(() -> ScorecardInput.from(card, Map.of("values", Map.of("Revenue", 1)))))
                .isEqualTo("values.Retention");
        assertThat(fieldOf(() -> new Scorecard(
                        null,
                        null,
                        "X",
                        null,
                        List.of(new Scorecard.Driver(UUID.randomUUID(), "A", 0, 0, 1)),
                        0,
                        null)))
                .isEqualTo("drivers[0].weight");
    }

    @Test
    void evidenceWeighsImportanceAndHalvesEveryHalfLife() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        List<EvidenceScore.Item> items = List.of(
                new EvidenceScore.Item(UUID.randomUUID(), "a", Importance.CRITICAL, now, "Enterprise", null),
                new EvidenceScore.Item(
                        UUID.randomUUID(),
                        "b",
                        Importance.IMPORTANT,
                        now.minus(90, ChronoUnit.DAYS),
                        "SMB",
                        new BigDecimal("9000")),
                new EvidenceScore.Item(
                        UUID.randomUUID(), "c", Importance.NICE_TO_HAVE, now.minus(180, ChronoUnit.DAYS), null, null));
        EvidenceSettings plain = new EvidenceSettings(90, EvidenceSettings.Weighting.NONE, Map.of());
        // 3 × 1 + 2 × 0.5 + 1 × 0.25
        assertThat(EvidenceScore.compute(items, plain, now).score()).isCloseTo(4.25, within(1e-9));
        EvidenceSettings segments =
                new EvidenceSettings(90, EvidenceSettings.Weighting.SEGMENT, Map.of("enterprise", 2.0));
        assertThat(EvidenceScore.compute(items, segments, now).score()).isCloseTo(7.25, within(1e-9));
        EvidenceSettings revenue = new EvidenceSettings(90, EvidenceSettings.Weighting.REVENUE, Map.of());
        // revenue 9000 → 1 + log10(10) = 2
        assertThat(EvidenceScore.compute(items, revenue, now).score()).isCloseTo(5.25, within(1e-9));
        assertThat(fieldOf(() -> new EvidenceSettings(0, null, Map.of()))).isEqualTo("halfLifeDays");
    }

    @Test
    void sensitivityGivesTheExactBreakEvenOfEachRiceInput() {
        RiceInput upper = new RiceInput(4000, 2, 80, 4); // 1600
        RiceInput lower = new RiceInput(1000, 2, 80, 2); // 800
        List<Sensitivity.Move> drops = Sensitivity.moves(upper, lower.score(), true);
        assertThat(drops)
                .extracting(Sensitivity.Move::factor)
                .containsExactly("reach", "impact", "confidence", "effort");
        assertThat(drops.get(0).needed()).isCloseTo(2000.0, within(1e-9));
        assertThat(drops.get(1).needed()).isEqualTo(0.5); // impact 1 ties at 800, 0.5 swaps
        assertThat(drops.get(2).needed()).isCloseTo(40.0, within(1e-9));
        assertThat(drops.get(3).needed()).isCloseTo(8.0, within(1e-9));
        List<Sensitivity.Move> rises = Sensitivity.moves(lower, upper.score(), false);
        assertThat(rises.get(0).needed()).isCloseTo(2000.0, within(1e-9));
        assertThat(rises.get(1).needed()).isNull(); // impact 3 gives only 1200
        assertThat(rises.get(2).needed()).isNull(); // 160% is not a confidence
        assertThat(rises.get(3).needed()).isCloseTo(1.0, within(1e-9));
    }
}
