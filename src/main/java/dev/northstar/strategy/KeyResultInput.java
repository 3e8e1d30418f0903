package dev.northstar.strategy;

import dev.northstar.common.Checks;
import java.util.UUID;

/**
 * A measurable key result: where it started (baseline), where it should be (target) and where it is
 * (current, the baseline until someone records a value). {@code id} names an existing key result when a
 * whole goal is saved, null for a new one.
 */
public record KeyResultInput(UUID id, String title, String unit, Double baseline, Double target, Double current) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_UNIT = 40;
    /** Larger magnitudes are almost certainly typing mistakes and would lose precision. */
    public static final double MAX_MAGNITUDE = 1e12;

    public KeyResultInput {
        title = Checks.trimToNull(title);
        unit = Checks.trimToNull(unit);
        current = current == null ? baseline : current;
        Checks checks = Checks.start()
                .notBlank(title, "title", "Title")
                .maxLength(title, MAX_TITLE, "title", "Title")
                .maxLength(unit, MAX_UNIT, "unit", "Unit")
                .require(baseline != null, "baseline", "Baseline is required: the value when the goal was set")
                .require(target != null, "target", "Target is required: the value that means the key result is met");
        number(checks, baseline, "baseline", "Baseline");
        number(checks, target, "target", "Target");
        number(checks, current, "current", "Current value");
        checks.require(
                baseline == null || target == null || !baseline.equals(target),
                "target",
                "Target must differ from the baseline, otherwise there is nothing to move");
        checks.orThrow();
    }

    private static void number(Checks checks, Double value, String field, String label) {
        checks.require(
                value == null || (Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE),
                field,
                label + " must be a number between -1e12 and 1e12");
    }

    /** The same key result with another current value (a check-in). */
    public KeyResultInput withCurrent(Double value) {
        return new KeyResultInput(id, title, unit, baseline, target, value);
    }
}
