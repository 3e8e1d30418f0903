package dev.northstar.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON-shaped answer (text fields as strings, lists as lists, tables as lists of objects) forgivingly, for
 * the checkers of the exercise kinds: a missing or mistyped part reads as empty rather than failing.
 */
final class ExerciseAnswer {

    private final Map<String, Object> answer;

    private ExerciseAnswer(Map<String, Object> answer) {
        this.answer = answer == null ? Map.of() : answer;
    }

    static ExerciseAnswer of(Map<String, Object> answer) {
        return new ExerciseAnswer(answer);
    }

    /** The trimmed text of a field; "" when absent. Numbers read as their text. */
    String text(String key) {
        return text(answer.get(key));
    }

    boolean has(String key) {
        return !text(key).isEmpty();
    }

    /** The non-blank entries of a list field; a plain text reads as one entry per line. */
    List<String> list(String key) {
        Object v = answer.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> items) {
            for (Object item : items) {
                String t = text(item);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        } else if (v != null) {
            for (String line : text(v).split("\\R")) {
                String t = line.replaceFirst("^\\s*([-*•]|\\d+[.)])\\s*", "").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The rows of a table field, as they are (so row numbers match the content); non-objects read as empty rows. */
    List<Map<String, Object>> rows(String key) {
        Object v = answer.get(key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) m;
                    out.add(row);
                } else {
                    out.add(Map.of());
                }
            }
        }
        return out;
    }

    /** A 1–5 score, or null when absent or out of range. */
    Integer score(String key) {
        String t = text(key);
        try {
            int v = (int) Double.parseDouble(t);
            return v >= 1 && v <= 5 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String cell(Map<String, ?> row, String column) {
        return text(row.get(column));
    }

    static String text(Object v) {
        if (v == null || v instanceof Map || v instanceof List) {
            return "";
        }
        return v.toString().strip();
    }

    /** "rows[2]" for the third row of "rows", as findings and problems name it. */
    static String at(String key, int index) {
        return key + "[" + index + "]";
    }

    static String at(String key, int index, String column) {
        return key + "[" + index + "]." + column;
    }
}
