package dev.northstar.career;

/** What a learning-plan item asks the user to do. */
public enum PlanItemKind {
    EXERCISE("exercise"),
    QUESTION("question"),
    BOOK("book");

    private final String key;

    PlanItemKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static PlanItemKind of(String key) {
        for (PlanItemKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown plan item kind " + key);
    }
}
