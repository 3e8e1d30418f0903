package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of a CSV file feed which note field, by column name (case-insensitive, surrounding
 * spaces ignored; a name matches every column that carries it, so Jira's repeated "Labels" all count).
 * Keys are the field names of {@link #FIELDS}. A field left out is recognised from the column names;
 * a field mapped to no column (empty list) is not imported.
 */
public record NoteImportMapping(Map<String, List<String>> columns) {

    /** The note fields a column can be mapped to, in the order forms show them; {@code title} is put before the text. */
    public static final List<String> FIELDS = List.of(
            "text", "title", "source", "customer", "company", "segment", "plan", "revenue", "date", "tags", "state");

    public NoteImportMapping {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (columns != null) {
            columns.forEach((key, names) -> {
                String field = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
                if (!FIELDS.contains(field)) {
                    errors.add(new InvalidInputException.FieldError(
                            "mapping", "unknown field '" + key + "'; map any of " + String.join(", ", FIELDS)));
                    return;
                }
                List<String> kept = new ArrayList<>();
                if (names != null) {
                    for (String n : names) {
                        if (n != null && !n.isBlank()) {
                            kept.add(n.strip());
                        }
                    }
                }
                clean.put(field, List.copyOf(kept));
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        columns = Map.copyOf(clean);
    }

    /** Every field recognised from the column names. */
    public static NoteImportMapping recognised() {
        return new NoteImportMapping(Map.of());
    }

    /**
     * From loosely typed input such as parsed JSON or form fields: each value is a column name, a list
     * of names, or null / "" for "do not import this field".
     */
    public static NoteImportMapping of(Map<String, ?> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> {
                List<String> names = new ArrayList<>();
                if (v instanceof Collection<?> c) {
                    c.forEach(x -> names.add(x == null ? null : String.valueOf(x)));
                } else if (v != null) {
                    names.add(String.valueOf(v));
                }
                out.put(k, names);
            });
        }
        return new NoteImportMapping(out);
    }

    /** The column names given for a field, or null when the field is to be recognised. */
    public List<String> namesFor(String field) {
        return columns.get(field);
    }
}
