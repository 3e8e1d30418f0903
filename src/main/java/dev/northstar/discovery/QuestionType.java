package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Locale;

/** The kinds of survey question: two scales, two choices and free text. */
public enum QuestionType {
    /** 1 (worst) to 5 (best). */
    RATING(1, 5),
    /** Net Promoter Score: 0 to 10, "how likely are you to recommend". */
    NPS(0, 10),
    SINGLE_CHOICE(0, 0),
    MULTIPLE_CHOICE(0, 0),
    FREE_TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean isScale() {
        return this == RATING || this == NPS;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String label() {
        return switch (this) {
            case RATING -> "Rating (1–5)";
            case NPS -> "NPS (0–10)";
            case SINGLE_CHOICE -> "Single choice";
            case MULTIPLE_CHOICE -> "Multiple choice";
            case FREE_TEXT -> "Free text";
        };
    }

    /** Accepts {@code NPS}, {@code single-choice}, {@code Single choice} alike. */
    public static QuestionType parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(
                    field, "Question type is required; use RATING, NPS, SINGLE_CHOICE, MULTIPLE_CHOICE or FREE_TEXT");
        }
        try {
            return valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "unknown question type '" + value.strip()
                            + "'; use RATING, NPS, SINGLE_CHOICE, MULTIPLE_CHOICE or FREE_TEXT");
        }
    }
}
