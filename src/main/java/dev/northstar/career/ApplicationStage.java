package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a job application stands, in pipeline order; rejected ends it. */
public enum ApplicationStage {
    WISHLIST("wishlist", "Wishlist"),
    APPLIED("applied", "Applied"),
    SCREEN("screen", "Screen"),
    INTERVIEWS("interviews", "Interviews"),
    OFFER("offer", "Offer"),
    REJECTED("rejected", "Rejected");

    private final String key;
    private final String label;

    ApplicationStage(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** True once the user has applied (every stage after the wishlist). */
    public boolean applied() {
        return this != WISHLIST;
    }

    /** The stage with this key (any case); blank gives {@code fallback}; anything else is a 400 naming {@code field}. */
    public static ApplicationStage parse(String value, String field, ApplicationStage fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "must be one of "
                                + Arrays.stream(values())
                                        .map(ApplicationStage::key)
                                        .collect(Collectors.joining(", "))));
    }
}
