package dev.northstar.common.web;

import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading ids and numbers from request values (form fields, query parameters, JSON strings) with errors that name the field. */
public final class RequestValues {

    private RequestValues() {}

    /** An id; blank is null, anything else unreadable names the field. */
    public static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not an id");
        }
    }

    /** Ids of a list; blanks are skipped, an unreadable one names its place ({@code field[2]}). */
    public static List<UUID> uuids(List<String> values, String field) {
        List<UUID> out = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                UUID id = uuid(values.get(i), field + "[" + i + "]");
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** A number; blank is null, a decimal comma is read as a point. */
    public static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a number");
        }
    }
}
