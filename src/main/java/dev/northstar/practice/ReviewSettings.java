package dev.northstar.practice;

import java.util.List;

/**
 * A user's spaced-repetition settings: how many new cards a day (0–200, default 10), the IANA time zone that decides
 * where a day ends (default UTC), and the focus that picks new cards: category keys (question categories or
 * "frameworks") and skill keys; empty focus interleaves every category.
 */
public record ReviewSettings(
        int dailyNewLimit, String timeZone, List<String> focusCategories, List<String> focusSkills) {

    public static final int DEFAULT_DAILY_NEW_LIMIT = 10;
    public static final int MAX_DAILY_NEW_LIMIT = 200;
    public static final String DEFAULT_TIME_ZONE = "UTC";

    public ReviewSettings {
        focusCategories = List.copyOf(focusCategories);
        focusSkills = List.copyOf(focusSkills);
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(DEFAULT_DAILY_NEW_LIMIT, DEFAULT_TIME_ZONE, List.of(), List.of());
    }

    /** A change to the settings; a null field keeps its current value, an empty list clears that focus. */
    public record Change(
            Integer dailyNewLimit, String timeZone, List<String> focusCategories, List<String> focusSkills) {}
}
