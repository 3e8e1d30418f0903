package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * For two adjacent features in a ranking: how far each input of the upper one must fall, and each
 * input of the lower one must rise, on its own, for the two to swap. Ranges give the exact break-even
 * value from the formula (there the scores tie; any step past it swaps them); scales give the nearest
 * value on the scale that swaps them. {@code needed} is null when no allowed value swaps them.
 */
public record Sensitivity(ScoreKey key, Side upper, Side lower) {

    public record Side(UUID featureId, String title, double score, List<Move> moves) {}

    public record Move(String factor, String label, double current, Double needed, boolean breakEven) {

        public Double change() {
            return needed == null ? null : needed - current;
        }
    }

    /** The moves that would take {@code input}'s score below {@code target} (drop) or above it (rise). */
    public static List<Move> moves(ScoreInput input, double target, boolean drop) {
        List<Move> moves = new ArrayList<>();
        for (Factor f : input.factors()) {
            moves.add(f.isDiscrete() ? onScale(input, f, target, drop) : onRange(input, f, target, drop));
        }
        return moves;
    }

    private static Move onScale(ScoreInput input, Factor f, double target, boolean drop) {
        Double best = null;
        for (double v : f.scale()) {
            if (v == f.value()) {
                continue;
            }
            double s;
            try {
                s = input.with(f.name(), v).score();
            } catch (InvalidInputException e) {
                continue;
            }
            if ((drop ? s < target : s > target)
                    && (best == null || Math.abs(v - f.value()) < Math.abs(best - f.value()))) {
                best = v;
            }
        }
        return new Move(f.name(), f.label(), f.value(), best, false);
    }

    private static Move onRange(ScoreInput input, Factor f, double target, boolean drop) {
        OptionalDouble x = input.breakEven(f.name(), target);
        if (x.isEmpty() || !Inputs.finite(x.getAsDouble())) {
            return new Move(f.name(), f.label(), f.value(), null, true);
        }
        double at = x.getAsDouble();
        double past = past(at, f.value());
        if (!f.allows(at) || !f.allows(past)) {
            return new Move(f.name(), f.label(), f.value(), null, true);
        }
        double s = input.with(f.name(), past).score();
        boolean swaps = drop ? s < target : s > target;
        return new Move(f.name(), f.label(), f.value(), swaps ? at : null, true);
    }

    /** A value just past the break-even point, moving away from the current value. */
    static double past(double breakEven, double current) {
        double step = Math.max(1e-9, Math.abs(breakEven) * 1e-9);
        return breakEven >= current ? breakEven + step : breakEven - step;
    }
}
