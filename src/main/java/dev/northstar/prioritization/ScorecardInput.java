package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A feature's values on a scorecard's drivers, each within its driver's scale; every driver needs a
 * value. Score = 100 × Σ weight × normalised value / Σ weights (absolute: 0 when every value is at its
 * minimum, 100 when every value is at its maximum).
 */
public record ScorecardInput(Scorecard scorecard, Map<UUID, Double> driverValues) implements ScoreInput {

    public ScorecardInput {
        if (scorecard == null) {
            throw new InvalidInputException("framework", "no such scorecard");
        }
        Map<UUID, Double> clean = new LinkedHashMap<>();
        Checks checks = Checks.start();
        for (Scorecard.Driver d : scorecard.drivers()) {
            Double v = driverValues == null ? null : driverValues.get(d.id());
            String field = "values." + d.name();
            checks.require(v != null, field, d.name() + " needs a value");
            if (v != null) {
                checks.require(
                        Inputs.finite(v) && v >= d.min() && v <= d.max(),
                        field,
                        d.name() + " must be from " + Inputs.format(d.min()) + " to " + Inputs.format(d.max()));
                clean.put(d.id(), v);
            }
        }
        checks.orThrow();
        driverValues = java.util.Collections.unmodifiableMap(clean);
    }

    /** {"values": {"Revenue impact": 4, "<driverId>": 2}}: drivers by name or id. */
    public static ScorecardInput from(Scorecard card, Map<String, ?> body) {
        if (!(body.get("values") instanceof Map<?, ?> raw)) {
            throw new InvalidInputException("values", "send a value for each driver: {\"values\": {\"driver\": 3}}");
        }
        Map<UUID, Double> parsed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            String key = String.valueOf(e.getKey());
            Scorecard.Driver d = card.driver(key);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("values." + d.name(), e.getValue());
            parsed.put(d.id(), Inputs.number(one, "values." + d.name(), d.name()));
        }
        return new ScorecardInput(card, parsed);
    }

    @Override
    public Framework framework() {
        return Framework.SCORECARD;
    }

    @Override
    public double score() {
        double sum = 0;
        for (Scorecard.Driver d : scorecard.drivers()) {
            sum += d.weight() * d.normalize(driverValues.get(d.id()));
        }
        return 100.0 * sum / scorecard.totalWeight();
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("scorecard", scorecard.name());
        List<Map<String, Object>> drivers = new ArrayList<>();
        double total = scorecard.totalWeight();
        for (Scorecard.Driver d : scorecard.drivers()) {
            double v = driverValues.get(d.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("driver", d.name());
            m.put("value", v);
            m.put("scale", Inputs.format(d.min()) + "–" + Inputs.format(d.max()));
            m.put("weight", d.weight());
            m.put("normalized", Inputs.round(d.normalize(v)));
            m.put("contribution", Inputs.round(100.0 * d.weight() * d.normalize(v) / total));
            drivers.add(m);
        }
        b.put("drivers", drivers);
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Scorecard.Driver d : scorecard.drivers()) {
            byName.put(d.name(), driverValues.get(d.id()));
        }
        return Map.of("values", byName);
    }

    @Override
    public List<Factor> factors() {
        return scorecard.drivers().stream()
                .map(d -> Factor.range(d.id().toString(), d.name(), driverValues.get(d.id()), d.min(), false, d.max()))
                .toList();
    }

    @Override
    public ScorecardInput with(String factor, double value) {
        Map<UUID, Double> next = new LinkedHashMap<>(driverValues);
        next.put(UUID.fromString(factor), value);
        return new ScorecardInput(scorecard, next);
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        Scorecard.Driver d = scorecard.driver(factor);
        double n = d.normalize(driverValues.get(d.id()))
                + (target - score()) * scorecard.totalWeight() / (100.0 * d.weight());
        return OptionalDouble.of(d.min() + n * (d.max() - d.min()));
    }
}
