package dev.northstar.practice;

/**
 * Where a card stands for one user. The FSRS memory state alone sets every interval; these labels only say how the
 * card got there: NEW never scored, LEARNING scored but never yet recalled, REVIEW last recalled (Hard or better),
 * RELEARNING forgotten (Again) after having been recalled before.
 */
public enum ReviewState {
    NEW("new", "New"),
    LEARNING("learning", "Learning"),
    REVIEW("review", "Review"),
    RELEARNING("relearning", "Relearning");

    private final String key;
    private final String label;

    ReviewState(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    static ReviewState ofKey(String key) {
        for (ReviewState s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown review state " + key);
    }
}
