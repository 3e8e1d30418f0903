package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Value vs effort, each a whole number from 1 to 10. Value above 5 is high, effort above 5 is high:
 * high value and low effort is a quick win, high value and high effort a big bet, low value and low
 * effort a fill-in, low value and high effort a money pit. Ranked by value / effort.
 */
public record ValueEffortInput(int value, int effort) implements ScoreInput {

    public enum Quadrant {
        QUICK_WIN("quick win"),
        BIG_BET("big bet"),
        FILL_IN("fill-in"),
        MONEY_PIT("money pit");

        private final String label;

        Quadrant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ValueEffortInput {
        Checks.start()
                .require(value >= 1 && value <= 10, "value", "Value must be a whole number from 1 to 10")
                .require(effort >= 1 && effort <= 10, "effort", "Effort must be a whole number from 1 to 10")
                .orThrow();
    }

    public static ValueEffortInput from(Map<String, ?> body) {
        return new ValueEffortInput(Inputs.whole(body, "value", "Value"), Inputs.whole(body, "effort", "Effort"));
    }

    public Quadrant quadrant() {
        boolean highValue = value > 5;
        boolean highEffort = effort > 5;
        if (highValue) {
            return highEffort ? Quadrant.BIG_BET : Quadrant.QUICK_WIN;
        }
        return highEffort ? Quadrant.MONEY_PIT : Quadrant.FILL_IN;
    }

    @Override
    public Framework framework() {
        return Framework.VALUE_EFFORT;
    }

    @Override
    public double score() {
        return (double) value / effort;
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>(values());
        b.put("quadrant", quadrant().label());
        b.put("formula", value + " / " + effort + " = " + Inputs.format(Inputs.round(score())));
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        v.put("effort", effort);
        return v;
    }

    @Override
    public List<Factor> factors() {
        return List.of(
                Factor.discrete("value", "Value", value, IceInput.SCALE),
                Factor.discrete("effort", "Effort", effort, IceInput.SCALE));
    }

    @Override
    public ValueEffortInput with(String factor, double v) {
        int w = WsjfInput.whole(factor, v);
        return switch (factor) {
            case "value" -> new ValueEffortInput(w, effort);
            case "effort" -> new ValueEffortInput(value, w);
            default -> throw new IllegalArgumentException(factor);
        };
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        return switch (factor) {
            case "value" -> OptionalDouble.of(target * effort);
            case "effort" -> target > 0 ? OptionalDouble.of(value / target) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }
}
