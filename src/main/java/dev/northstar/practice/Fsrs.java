package dev.northstar.practice;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, open-spaced-repetition), in plain Java: how stable a
 * card's memory is (days until recall probability falls to 90%), how hard the card is (1–10), and the interval that
 * keeps recall at the desired retention. The default parameters are FSRS-6's published defaults, the same 21 values
 * the reference implementations ship (py-fsrs 6, fsrs-rs, ts-fsrs 5).
 *
 * <p>Time is counted in whole days: {@code elapsedDays} is the number of calendar days since the last review. A
 * review on the same day as the previous one (0 days) uses FSRS-6's short-term stability formula (w17–w19); later
 * reviews use the long-term recall or forget formulas with the retrievability at that elapsed time. Intervals are
 * rounded to whole days, at least 1, at most {@link #MAX_INTERVAL}; no fuzz is applied.
 */
final class Fsrs {

    /** FSRS-6 default parameters w0..w20. */
    static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    static final double DESIRED_RETENTION = 0.9;
    static final int MAX_INTERVAL = 36500;
    static final double MIN_STABILITY = 0.001;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;

    private static final Fsrs DEFAULTS = new Fsrs(DEFAULT_PARAMETERS, DESIRED_RETENTION, MAX_INTERVAL);

    /** Stability in days, difficulty 1–10. */
    record Memory(double stability, double difficulty) {}

    private final double[] w;
    private final double retention;
    private final int maxInterval;
    private final double decay;
    private final double factor;

    Fsrs(double[] parameters, double retention, int maxInterval) {
        if (parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, got " + parameters.length);
        }
        if (retention <= 0 || retention >= 1) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, was " + retention);
        }
        this.w = parameters.clone();
        this.retention = retention;
        this.maxInterval = maxInterval;
        this.decay = -w[20];
        // chosen so that R(S, S) = 0.9 whatever the decay
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    static Fsrs defaults() {
        return DEFAULTS;
    }

    /** The probability of recalling a card {@code elapsedDays} after its last review: R(t, S) = (1 + F·t/S)^-w20. */
    double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** Whole days until retrievability falls to the desired retention: rounded, at least 1, at most the cap. */
    int interval(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        long rounded = Math.round(days);
        return (int) Math.min(Math.max(rounded, 1), maxInterval);
    }

    /** The memory after a card's first review: S0 = w[grade-1], D0(grade). */
    Memory first(FsrsGrade grade) {
        return new Memory(initialStability(grade), clampDifficulty(initialDifficulty(grade)));
    }

    /** The memory after reviewing a card with {@code memory} again, {@code elapsedDays} calendar days after. */
    Memory next(Memory memory, long elapsedDays, FsrsGrade grade) {
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays <= 0) {
            stability = shortTermStability(s, grade);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = grade == FsrsGrade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, grade);
        }
        return new Memory(Math.max(stability, MIN_STABILITY), nextDifficulty(d, grade));
    }

    double initialStability(FsrsGrade grade) {
        return Math.max(w[grade.value() - 1], MIN_STABILITY);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (the mean-reversion target uses it unclamped). */
    double initialDifficulty(FsrsGrade grade) {
        return w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1;
    }

    /** D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3): linear damping, then mean reversion. */
    double nextDifficulty(double difficulty, FsrsGrade grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = w[7] * initialDifficulty(FsrsGrade.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /** S'r = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1)·hard penalty·easy bonus). */
    double recallStability(double difficulty, double stability, double retrievability, FsrsGrade grade) {
        double hardPenalty = grade == FsrsGrade.HARD ? w[15] : 1;
        double easyBonus = grade == FsrsGrade.EASY ? w[16] : 1;
        return stability
                * (1
                        + Math.exp(w[8])
                                * (11 - difficulty)
                                * Math.pow(stability, -w[9])
                                * (Math.exp(w[10] * (1 - retrievability)) - 1)
                                * hardPenalty
                                * easyBonus);
    }

    /**
     * S'f = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)), never more than S / e^(w17·w18): a lapse cannot leave the
     * memory more stable than a same-day Again would.
     */
    double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - retrievability));
        double shortTerm = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** Same-day review: S' = S·e^(w17·(G − 3 + w18))·S^−w19; Good and Easy never lower stability. */
    double shortTermStability(double stability, FsrsGrade grade) {
        double increase = Math.exp(w[17] * (grade.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (grade == FsrsGrade.GOOD || grade == FsrsGrade.EASY) {
            increase = Math.max(increase, 1);
        }
        return stability * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
