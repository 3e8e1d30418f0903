package dev.northstar.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a form or request reports all of them at once. */
public final class Checks {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new InvalidInputException.FieldError(field, message));
        }
        return this;
    }

    public Checks notBlank(String value, String field, String label) {
        return require(value != null && !value.isBlank(), field, label + " is required");
    }

    public Checks maxLength(String value, int max, String field, String label) {
        return require(
                value == null || value.length() <= max, field, label + " must be at most " + max + " characters");
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
