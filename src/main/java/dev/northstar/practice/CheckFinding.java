package dev.northstar.practice;

/**
 * One thing a structural check noticed about an answer: {@code part} is the answer field (or row, e.g. "rows[2]") it
 * concerns; {@code level} is "missing" (a required part is absent), "weak" (present but lacking what the rubric asks)
 * or "good" (present and well formed).
 */
public record CheckFinding(String part, String level, String message) {

    public static CheckFinding missing(String part, String message) {
        return new CheckFinding(part, "missing", message);
    }

    public static CheckFinding weak(String part, String message) {
        return new CheckFinding(part, "weak", message);
    }

    public static CheckFinding good(String part, String message) {
        return new CheckFinding(part, "good", message);
    }
}
