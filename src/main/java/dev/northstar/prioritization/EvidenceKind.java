package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** What a feature cites as evidence from discovery: a highlighted passage, an unmet need, or an opportunity of the tree. */
public enum EvidenceKind {
    HIGHLIGHT,
    NEED,
    OPPORTUNITY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EvidenceKind parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "kind is required: highlight, need or opportunity");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "unknown evidence kind '" + value.strip() + "'; use highlight, need or opportunity");
        }
    }
}
