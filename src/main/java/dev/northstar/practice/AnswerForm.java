package dev.northstar.practice;

import java.util.List;

/** The structured fields an answer to a question is written in; each has a structural checker except FREE. */
public enum AnswerForm implements Keyed {
    PRODUCT_SENSE(
            "product-sense",
            "Product sense",
            List.of("segment", "reason", "needs", "solutions", "tradeoffs", "recommendation")),
    METRICS("metrics", "Metrics", List.of("goal", "northStar", "inputs", "guardrails")),
    STAR("star", "STAR story", List.of("situation", "task", "action", "result")),
    ESTIMATION("estimation", "Estimation", List.of("assumptions", "calculation", "answer", "sanityCheck")),
    FREE("free", "Free text", List.of("text"));

    private final String key;
    private final String label;
    private final List<String> fields;

    AnswerForm(String key, String label, List<String> fields) {
        this.key = key;
        this.label = label;
        this.fields = fields;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The answer's field names, in the order the form shows them. */
    public List<String> fields() {
        return fields;
    }

    public static AnswerForm parse(String value, String field) {
        return Keyed.parse(AnswerForm.class, value, field);
    }
}
