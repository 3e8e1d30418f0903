package dev.northstar.practice;

/**
 * The four FSRS grades. A self-score from 1 to 5 maps onto them: 1 → Again (not recalled), 2 → Hard, 3 and 4 →
 * Good, 5 → Easy. Two self-scores share Good because FSRS learns nothing from a finer split of "recalled well".
 */
public enum FsrsGrade {
    AGAIN(1, "again", "Again"),
    HARD(2, "hard", "Hard"),
    GOOD(3, "good", "Good"),
    EASY(4, "easy", "Easy");

    private final int value;
    private final String key;
    private final String label;

    FsrsGrade(int value, String key, String label) {
        this.value = value;
        this.key = key;
        this.label = label;
    }

    /** The grade as FSRS numbers it: 1 (Again) to 4 (Easy). */
    public int value() {
        return value;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The grade of a self-score 1–5. */
    public static FsrsGrade ofScore(int score) {
        return switch (score) {
            case 1 -> AGAIN;
            case 2 -> HARD;
            case 3, 4 -> GOOD;
            case 5 -> EASY;
            default -> throw new IllegalArgumentException("a self-score is 1 to 5, was " + score);
        };
    }

    public static FsrsGrade of(int value) {
        for (FsrsGrade g : values()) {
            if (g.value == value) {
                return g;
            }
        }
        throw new IllegalArgumentException("an FSRS grade is 1 to 4, was " + value);
    }
}
