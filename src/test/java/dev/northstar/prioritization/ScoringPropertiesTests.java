package dev.northstar.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoringPropertiesTests {

    @Provide
    Arbitrary<RiceInput> rice() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.of(RiceInput.IMPACTS),
                        Arbitraries.doubles().between(1, 100).ofScale(1),
                        Arbitraries.doubles().between(0.1, 50).ofScale(1))
                .as((r, i, c, e) -> new RiceInput(r, i, c, e));
    }

    @Provide
    Arbitrary<WsjfInput> wsjf() {
        Arbitrary<Integer> fib = Arbitraries.of(WsjfInput.SCALE).map(Double::intValue);
        return Combinators.combine(fib, fib, fib, fib).as(WsjfInput::new);
    }

    @Provide
    Arbitrary<IceInput> ice() {
        Arbitrary<Integer> r = Arbitraries.integers().between(1, 10);
        return Combinators.combine(r, r, r).as(IceInput::new);
    }

    @Property(tries = 300)
    void everyReportedRiceMoveActuallySwapsTheTwo(@ForAll("rice") RiceInput a, @ForAll("rice") RiceInput b) {
        Assume.that(a.score() != b.score());
        RiceInput upper = a.score() > b.score() ? a : b;
        RiceInput lower = upper == a ? b : a;
        assertSwaps(upper, lower);
    }

    @Property(tries = 300)
    void everyReportedWsjfMoveActuallySwapsTheTwo(@ForAll("wsjf") WsjfInput a, @ForAll("wsjf") WsjfInput b) {
        Assume.that(a.score() != b.score());
        assertSwaps(a.score() > b.score() ? a : b, a.score() > b.score() ? b : a);
    }

    @Property(tries = 300)
    void everyReportedIceMoveActuallySwapsTheTwo(@ForAll("ice") IceInput a, @ForAll("ice") IceInput b) {
        Assume.that(a.score() != b.score());
        assertSwaps(a.score() > b.score() ? a : b, a.score() > b.score() ? b : a);
    }

    private static void assertSwaps(ScoreInput upper, ScoreInput lower) {
        for (Sensitivity.Move m : Sensitivity.moves(upper, lower.score(), true)) {
            if (m.needed() != null) {
                double v = m.breakEven() ? Sensitivity.past(m.needed(), m.current()) : m.needed();
                assertThat(upper.with(m.factor(), v).score()).as(m.factor()).isLessThan(lower.score());
            }
        }
        for (Sensitivity.Move m : Sensitivity.moves(lower, upper.score(), false)) {
            if (m.needed() != null) {
                double v = m.breakEven() ? Sensitivity.past(m.needed(), m.current()) : m.needed();
                assertThat(lower.with(m.factor(), v).score()).as(m.factor()).isGreaterThan(upper.score());
            } else if (!m.breakEven()) {
                // no value on the scale swaps them: check every value
                Factor f = upper.factors().stream()
                        .filter(x -> x.name().equals(m.factor()))
                        .findFirst()
                        .orElseThrow();
                for (double v : f.scale()) {
                    assertThat(lower.with(m.factor(), v).score()).isLessThanOrEqualTo(upper.score());
                }
            }
        }
    }

    @Property(tries = 200)
    void aScorecardScoreNeverDependsOnOtherFeatures(
            @ForAll("weights") List<Double> weights,
            @ForAll("fractions") List<Double> a,
            @ForAll("fractions") List<Double> other) {
        List<Scorecard.Driver> drivers = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            drivers.add(new Scorecard.Driver(UUID.randomUUID(), "d" + i, weights.get(i), 1, 5));
        }
        Scorecard card = new Scorecard(UUID.randomUUID(), UUID.randomUUID(), "c", null, drivers, 0, Instant.now());
        ScorecardInput first = input(card, a);
        double before = first.score();
        ScorecardInput second = input(card, other); // another feature scored on the same card
        assertThat(second.score()).isBetween(0.0, 100.0);
        assertThat(input(card, a).score()).isEqualTo(before);
        assertThat(before).isBetween(-1e-9, 100.0 + 1e-9);
    }

    private static ScorecardInput input(Scorecard card, List<Double> fractions) {
        Map<UUID, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < card.drivers().size(); i++) {
            Scorecard.Driver d = card.drivers().get(i);
            values.put(d.id(), d.min() + fractions.get(i % fractions.size()) * (d.max() - d.min()));
        }
        return new ScorecardInput(card, values);
    }

    @Provide
    Arbitrary<List<Double>> weights() {
        return Arbitraries.doubles()
                .between(0.1, 10)
                .ofScale(2)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Double>> fractions() {
        return Arbitraries.doubles()
                .between(0, 1)
                .ofScale(3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }
}
