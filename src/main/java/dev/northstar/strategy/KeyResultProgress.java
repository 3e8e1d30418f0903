package dev.northstar.strategy;

/**
 * How far a key result has come from its baseline towards its target:
 * {@code (current − baseline) / (target − baseline)}, clamped to 0..1. The same formula serves a
 * decreasing target (churn from 5 % to 3 %): both differences are negative, so moving down is progress
 * and moving up (further from the target) is 0.
 */
public final class KeyResultProgress {

    private KeyResultProgress() {}

    public static double of(double baseline, double target, double current) {
        if (target == baseline) {
            throw new IllegalArgumentException("a key result's target must differ from its baseline");
        }
        double p = (current - baseline) / (target - baseline);
        return Math.max(0, Math.min(1, p));
    }

    /** The mean progress of some key results, or null when there are none. */
    public static Double mean(java.util.List<KeyResultView> keyResults) {
        return keyResults.isEmpty()
                ? null
                : keyResults.stream()
                        .mapToDouble(KeyResultView::progress)
                        .average()
                        .orElseThrow();
    }
}
