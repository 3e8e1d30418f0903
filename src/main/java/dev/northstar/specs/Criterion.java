package dev.northstar.specs;

import dev.northstar.common.Checks;

/** One acceptance criterion in Given/When/Then form; all three parts are required. */
public record Criterion(String given, String when, String then) {

    public static final int MAX = 2000;

    public Criterion {
        given = Checks.trimToNull(given);
        when = Checks.trimToNull(when);
        then = Checks.trimToNull(then);
    }

    boolean isEmpty() {
        return given == null && when == null && then == null;
    }

    void check(Checks checks, String field) {
        checks.notBlank(given, field + ".given", "Given")
                .maxLength(given, MAX, field + ".given", "Given")
                .notBlank(when, field + ".when", "When")
                .maxLength(when, MAX, field + ".when", "When")
                .notBlank(then, field + ".then", "Then")
                .maxLength(then, MAX, field + ".then", "Then");
    }

    /** "Given …, when …, then …." */
    public String text() {
        return "Given " + given + ", when " + when + ", then " + then + ".";
    }
}
