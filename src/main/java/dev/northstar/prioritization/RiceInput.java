package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * RICE = Reach × Impact × Confidence / Effort. Reach: people or events per quarter (≥ 0); Impact:
 * 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal; Confidence: a percent in (0, 100], guided
 * 100 high, 80 medium, 50 low; Effort: person-months (&gt; 0).
 */
public record RiceInput(double reach, double impact, double confidence, double effort) implements ScoreInput {

    public static final List<Double> IMPACTS = List.of(0.25, 0.5, 1.0, 2.0, 3.0);
    public static final List<Double> GUIDED_CONFIDENCE = List.of(100.0, 80.0, 50.0);

    public RiceInput {
        Checks.start()
                .require(Inputs.finite(reach) && reach >= 0, "reach", "Reach must be 0 or more (people per quarter)")
                .require(
                        IMPACTS.contains(impact),
                        "impact",
                        "Impact must be one of 3 (massive), 2 (high), 1 (medium), 0.5 (low), 0.25 (minimal)")
                .require(
                        Inputs.finite(confidence) && confidence > 0 && confidence <= 100,
                        "confidence",
                        "Confidence must be a percent above 0 and at most 100 (guided: 100 high, 80 medium, 50 low)")
                .require(
                        Inputs.finite(effort) && effort > 0 && effort <= 10_000,
                        "effort",
                        "Effort must be more than 0 person-months (and at most 10000)")
                .orThrow();
    }

    public static RiceInput from(Map<String, ?> body) {
        return new RiceInput(
                Inputs.number(body, "reach", "Reach"),
                Inputs.number(body, "impact", "Impact"),
                Inputs.number(body, "confidence", "Confidence"),
                Inputs.number(body, "effort", "Effort"));
    }

    public static String impactLabel(double impact) {
        if (impact == 3) return "massive";
        if (impact == 2) return "high";
        if (impact == 1) return "medium";
        if (impact == 0.5) return "low";
        return "minimal";
    }

    @Override
    public Framework framework() {
        return Framework.RICE;
    }

    @Override
    public double score() {
        return reach * impact * (confidence / 100.0) / effort;
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("reach", reach);
        b.put("impact", impact);
        b.put("confidence", confidence);
        b.put("effort", effort);
        b.put(
                "formula",
                Inputs.format(reach) + " × " + Inputs.format(impact) + " × " + Inputs.format(confidence) + "% / "
                        + Inputs.format(effort) + " = " + Inputs.format(Inputs.round(score())));
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reach", reach);
        v.put("impact", impact);
        v.put("confidence", confidence);
        v.put("effort", effort);
        return v;
    }

    @Override
    public List<Factor> factors() {
        return List.of(
                Factor.range("reach", "Reach", reach, 0, false, Double.MAX_VALUE),
                Factor.discrete("impact", "Impact", impact, IMPACTS),
                Factor.range("confidence", "Confidence %", confidence, 0, true, 100),
                Factor.range("effort", "Effort (person-months)", effort, 0, true, 10_000));
    }

    @Override
    public RiceInput with(String factor, double value) {
        return switch (factor) {
            case "reach" -> new RiceInput(value, impact, confidence, effort);
            case "impact" -> new RiceInput(reach, value, confidence, effort);
            case "confidence" -> new RiceInput(reach, impact, value, effort);
            case "effort" -> new RiceInput(reach, impact, confidence, value);
            default -> throw new IllegalArgumentException(factor);
        };
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        double c = confidence / 100.0;
        return switch (factor) {
            case "reach" -> impact * c > 0 ? OptionalDouble.of(target * effort / (impact * c)) : OptionalDouble.empty();
            case "impact" -> reach > 0 ? OptionalDouble.of(target * effort / (reach * c)) : OptionalDouble.empty();
            case "confidence" ->
                reach > 0 ? OptionalDouble.of(100.0 * target * effort / (reach * impact)) : OptionalDouble.empty();
            case "effort" -> target > 0 ? OptionalDouble.of(reach * impact * c / target) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }
}
