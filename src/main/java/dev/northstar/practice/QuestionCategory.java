package dev.northstar.practice;

/** The categories of the interview question bank. */
public enum QuestionCategory implements Keyed {
    PRODUCT_DESIGN("product-design", "Product design"),
    PRODUCT_IMPROVEMENT("product-improvement", "Product improvement"),
    STRATEGY("strategy", "Strategy"),
    METRICS("metrics", "Metrics and execution"),
    ESTIMATION("estimation", "Estimation"),
    BEHAVIORAL("behavioral", "Behavioral"),
    TECHNICAL("technical", "Technical"),
    CASE("case", "Case"),
    LEADERSHIP("leadership", "Leadership");

    private final String key;
    private final String label;

    QuestionCategory(String key, String label) {
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

    public static QuestionCategory parse(String value, String field) {
        return Keyed.parse(QuestionCategory.class, value, field);
    }
}
