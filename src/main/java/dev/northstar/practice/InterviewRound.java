package dev.northstar.practice;

/** The rounds of a product manager's interview loop. */
public enum InterviewRound implements Keyed {
    RECRUITER_SCREEN("recruiter-screen", "Recruiter screen"),
    TECHNICAL("technical", "Technical"),
    PRODUCT_SENSE("product-sense", "Product sense"),
    BEHAVIORAL("behavioral", "Behavioral"),
    CASE_STUDY("case-study", "Case study"),
    FINAL("final", "Final / leadership");

    private final String key;
    private final String label;

    InterviewRound(String key, String label) {
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

    public static InterviewRound parse(String value, String field) {
        return Keyed.parse(InterviewRound.class, value, field);
    }
}
