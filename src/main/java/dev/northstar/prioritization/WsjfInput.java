package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * WSJF = (business value + time criticality + risk reduction or opportunity enablement) / job size,
 * every input on the Fibonacci-like scale 1, 2, 3, 5, 8, 13, 20 (relative sizing as in SAFe).
 */
public record WsjfInput(int businessValue, int timeCriticality, int riskReduction, int jobSize) implements ScoreInput {

    public static final List<Double> SCALE = List.of(1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0);

    public WsjfInput {
        String scale = " must be one of 1, 2, 3, 5, 8, 13, 20";
        Checks.start()
                .require(on(businessValue), "businessValue", "Business value" + scale)
                .require(on(timeCriticality), "timeCriticality", "Time criticality" + scale)
                .require(on(riskReduction), "riskReduction", "Risk reduction / opportunity enablement" + scale)
                .require(on(jobSize), "jobSize", "Job size" + scale)
                .orThrow();
    }

    private static boolean on(int v) {
        return SCALE.contains((double) v);
    }

    static int whole(String field, double value) {
        if (value != Math.rint(value) || Math.abs(value) > 1e9) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        return (int) value;
    }

    public static WsjfInput from(Map<String, ?> body) {
        return new WsjfInput(
                Inputs.whole(body, "businessValue", "Business value"),
                Inputs.whole(body, "timeCriticality", "Time criticality"),
                Inputs.whole(body, "riskReduction", "Risk reduction"),
                Inputs.whole(body, "jobSize", "Job size"));
    }

    public int costOfDelay() {
        return businessValue + timeCriticality + riskReduction;
    }

    @Override
    public Framework framework() {
        return Framework.WSJF;
    }

    @Override
    public double score() {
        return (double) costOfDelay() / jobSize;
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>(values());
        b.put("costOfDelay", costOfDelay());
        b.put(
                "formula",
                "(" + businessValue + " + " + timeCriticality + " + " + riskReduction + ") / " + jobSize + " = "
                        + Inputs.format(Inputs.round(score())));
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("businessValue", businessValue);
        v.put("timeCriticality", timeCriticality);
        v.put("riskReduction", riskReduction);
        v.put("jobSize", jobSize);
        return v;
    }

    @Override
    public List<Factor> factors() {
        return List.of(
                Factor.discrete("businessValue", "Business value", businessValue, SCALE),
                Factor.discrete("timeCriticality", "Time criticality", timeCriticality, SCALE),
                Factor.discrete("riskReduction", "Risk reduction", riskReduction, SCALE),
                Factor.discrete("jobSize", "Job size", jobSize, SCALE));
    }

    @Override
    public WsjfInput with(String factor, double value) {
        int v = whole(factor, value);
        return switch (factor) {
            case "businessValue" -> new WsjfInput(v, timeCriticality, riskReduction, jobSize);
            case "timeCriticality" -> new WsjfInput(businessValue, v, riskReduction, jobSize);
            case "riskReduction" -> new WsjfInput(businessValue, timeCriticality, v, jobSize);
            case "jobSize" -> new WsjfInput(businessValue, timeCriticality, riskReduction, v);
            default -> throw new IllegalArgumentException(factor);
        };
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        return switch (factor) {
            case "businessValue" -> OptionalDouble.of(target * jobSize - timeCriticality - riskReduction);
            case "timeCriticality" -> OptionalDouble.of(target * jobSize - businessValue - riskReduction);
            case "riskReduction" -> OptionalDouble.of(target * jobSize - businessValue - timeCriticality);
            case "jobSize" -> target > 0 ? OptionalDouble.of(costOfDelay() / target) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }
}
