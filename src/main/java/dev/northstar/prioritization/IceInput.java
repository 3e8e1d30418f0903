package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/** ICE = Impact × Confidence × Ease, each a whole number from 1 to 10 (score 1 to 1000). */
public record IceInput(int impact, int confidence, int ease) implements ScoreInput {

    public static final List<Double> SCALE =
            IntStream.rangeClosed(1, 10).mapToObj(i -> (double) i).toList();

    public IceInput {
        Checks.start()
                .require(impact >= 1 && impact <= 10, "impact", "Impact must be a whole number from 1 to 10")
                .require(
                        confidence >= 1 && confidence <= 10,
                        "confidence",
                        "Confidence must be a whole number from 1 to 10")
                .require(ease >= 1 && ease <= 10, "ease", "Ease must be a whole number from 1 to 10")
                .orThrow();
    }

    public static IceInput from(Map<String, ?> body) {
        return new IceInput(
                Inputs.whole(body, "impact", "Impact"),
                Inputs.whole(body, "confidence", "Confidence"),
                Inputs.whole(body, "ease", "Ease"));
    }

    @Override
    public Framework framework() {
        return Framework.ICE;
    }

    @Override
    public double score() {
        return (double) impact * confidence * ease;
    }

    @Override
    public Map<String, Object> breakdown() {
        Map<String, Object> b = new LinkedHashMap<>(values());
        b.put("formula", impact + " × " + confidence + " × " + ease + " = " + Inputs.format(score()));
        return b;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("impact", impact);
        v.put("confidence", confidence);
        v.put("ease", ease);
        return v;
    }

    @Override
    public List<Factor> factors() {
        return List.of(
                Factor.discrete("impact", "Impact", impact, SCALE),
                Factor.discrete("confidence", "Confidence", confidence, SCALE),
                Factor.discrete("ease", "Ease", ease, SCALE));
    }

    @Override
    public IceInput with(String factor, double value) {
        int v = WsjfInput.whole(factor, value);
        return switch (factor) {
            case "impact" -> new IceInput(v, confidence, ease);
            case "confidence" -> new IceInput(impact, v, ease);
            case "ease" -> new IceInput(impact, confidence, v);
            default -> throw new IllegalArgumentException(factor);
        };
    }

    @Override
    public OptionalDouble breakEven(String factor, double target) {
        double others = score() / value(factor);
        return OptionalDouble.of(target / others);
    }

    private double value(String factor) {
        return switch (factor) {
            case "impact" -> impact;
            case "confidence" -> confidence;
            default -> ease;
        };
    }
}
