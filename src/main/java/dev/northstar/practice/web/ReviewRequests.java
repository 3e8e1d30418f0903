package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading the loosely typed values of review requests (JSON or form) with errors naming the field. */
final class ReviewRequests {

    private ReviewRequests() {}

    /** A whole number from a JSON number or a string; null when absent. */
    static Integer whole(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1_000_000) {
                return (int) d;
            }
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,6}")) {
            return Integer.valueOf(s.strip());
        }
        throw new InvalidInputException(field, "'" + value + "' is not a whole number");
    }

    /** A list of keys from a JSON array or a comma-separated string; null when absent. */
    static List<String> keys(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return Arrays.stream(s.split(","))
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .toList();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new InvalidInputException(field, "must be a list of keys");
                }
                out.add(s);
            }
            return out;
        }
        throw new InvalidInputException(field, "must be a list of keys");
    }
}
