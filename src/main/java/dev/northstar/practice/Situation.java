package dev.northstar.practice;

/** The situation types behavioural questions ask about; the story bank's matrix shows which have no story yet. */
public enum Situation implements Keyed {
    CONFLICT("conflict", "Conflict"),
    FAILURE("failure", "Failure"),
    INFLUENCE("influence", "Influence without authority"),
    DATA_DRIVEN("data-driven", "Data-driven decision"),
    AMBIGUITY("ambiguity", "Ambiguity"),
    LEADERSHIP("leadership", "Leadership");

    private final String key;
    private final String label;

    Situation(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public static Situation parse(String value, String field) {
        return Keyed.parse(Situation.class, value, field);
    }
}
