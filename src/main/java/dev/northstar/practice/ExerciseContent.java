package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings content sent by a form or the API into the shape of its kind's {@link ExerciseForm}: known fields only,
 * texts trimmed, blank entries and empty rows dropped, choices and scores checked. Every problem names its place
 * ({@code content.rows[2].task}) and all of them are reported at once. Drafts may be incomplete; only the rule of a
 * responsibility matrix (one Accountable, at least one Responsible per task) is enforced on save.
 */
final class ExerciseContent {

    static final int MAX_TEXT = 1_000;
    static final int MAX_LONG = 10_000;
    static final int MAX_ENTRIES = 100;
    static final int MAX_JSON = 200_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private ExerciseContent() {}

    static String toJson(Map<String, Object> content) {
        return JSON.writeValueAsString(content);
    }

    static Map<String, Object> fromJson(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>() : JSON.readValue(json, MAP);
    }

    /** The normalised content, or a 400 naming every field at fault. {@code deck} tells which card keys exist. */
    static Map<String, Object> normalize(ExerciseForm form, Map<String, Object> content, Predicate<String> deck) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> in = content == null ? Map.of() : content;
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : in.keySet()) {
            if (form.field(key).isEmpty()) {
                errors.add(new FieldError(
                        "content." + key,
                        "is not a part of " + form.kind().label() + "; its parts are "
                                + String.join(
                                        ", ",
                                        form.fields().stream()
                                                .map(ExerciseForm.Field::key)
                                                .toList())));
            }
        }
        for (ExerciseForm.Field field : form.fields()) {
            Object value = in.get(field.key());
            if (value == null) {
                continue;
            }
            String at = "content." + field.key();
            Object clean = switch (field.type()) {
                case TEXT, LONG ->
                    text(value, at, field.type() == ExerciseForm.Type.TEXT ? MAX_TEXT : MAX_LONG, errors);
                case CHOICE -> choice(value, at, field.options(), errors);
                case CARD -> card(value, at, deck, errors);
                case SCORE -> score(value, at, errors);
                case LIST -> list(value, at, errors);
                case TABLE -> table(value, at, field, errors);
                case MATRIX -> matrix(value, at, field, peopleOf(form, field, in), errors);
                case REF -> null;
            };
            if (clean != null) {
                out.put(field.key(), clean);
            }
        }
        if (errors.isEmpty() && toJson(out).length() > MAX_JSON) {
            errors.add(new FieldError("content", "is too large: at most " + MAX_JSON + " characters of JSON"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    private static List<String> peopleOf(ExerciseForm form, ExerciseForm.Field matrix, Map<String, Object> in) {
        Object people = in.get(matrix.over());
        List<String> out = new ArrayList<>();
        if (people instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static String text(Object value, String at, int max, List<FieldError> errors) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            errors.add(new FieldError(at, "must be text"));
            return null;
        }
        String t = value.toString().strip();
        if (t.length() > max) {
            errors.add(new FieldError(at, "must be at most " + max + " characters"));
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    private static String choice(Object value, String at, List<ExerciseForm.Option> options, List<FieldError> errors) {
        String t = text(value, at, MAX_TEXT, errors);
        if (t == null) {
            return null;
        }
        for (ExerciseForm.Option o : options) {
            if (o.value().equalsIgnoreCase(t) || o.label().equalsIgnoreCase(t)) {
                return o.value();
            }
        }
        errors.add(new FieldError(
                at,
                "must be one of "
                        + String.join(
                                ", ",
                                options.stream().map(ExerciseForm.Option::value).toList())));
        return null;
    }

    private static String card(Object value, String at, Predicate<String> deck, List<FieldError> errors) {
        String t = text(value, at, MAX_TEXT, errors);
        if (t != null && !deck.test(t)) {
            errors.add(new FieldError(at, "no product '" + t + "' in the cross-training deck"));
            return null;
        }
        return t;
    }

    private static Integer score(Object value, String at, List<FieldError> errors) {
        String t = value instanceof String s ? s.strip() : value instanceof Number ? value.toString() : null;
        if (t != null && t.isEmpty()) {
            return null;
        }
        try {
            double d = t == null ? Double.NaN : Double.parseDouble(t);
            if (d == Math.rint(d) && d >= 1 && d <= 5) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(at, "must be a whole number from 1 to 5"));
        return null;
    }

    private static List<String> list(Object value, String at, List<FieldError> errors) {
        if (!(value instanceof List<?> items)) {
            errors.add(new FieldError(at, "must be a list of texts"));
            return null;
        }
        if (items.size() > MAX_ENTRIES) {
            errors.add(new FieldError(at, "can have at most " + MAX_ENTRIES + " entries"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                continue;
            }
            String t = text(item, at + "[" + i + "]", MAX_LONG, errors);
            if (t != null) {
                out.add(t);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static List<Map<String, Object>> table(
            Object value, String at, ExerciseForm.Field field, List<FieldError> errors) {
        if (!(value instanceof List<?> items)) {
            errors.add(new FieldError(at, "must be a list of rows (objects with " + columnNames(field) + ")"));
            return null;
        }
        if (items.size() > MAX_ENTRIES) {
            errors.add(new FieldError(at, "can have at most " + MAX_ENTRIES + " rows"));
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String rowAt = at + "[" + i + "]";
            if (items.get(i) == null) {
                continue;
            }
            if (!(items.get(i) instanceof Map<?, ?> row)) {
                errors.add(new FieldError(rowAt, "must be an object with " + columnNames(field)));
                continue;
            }
            Map<String, Object> clean = new LinkedHashMap<>();
            for (Object k : row.keySet()) {
                if (field.columns().stream().noneMatch(c -> c.key().equals(k))) {
                    errors.add(
                            new FieldError(rowAt + "." + k, "is not a column; the columns are " + columnNames(field)));
                }
            }
            for (ExerciseForm.Column c : field.columns()) {
                Object v = row.get(c.key());
                if (v == null) {
                    continue;
                }
                String cellAt = rowAt + "." + c.key();
                String t = c.type() == ExerciseForm.Type.CHOICE
                        ? choice(v, cellAt, c.options(), errors)
                        : text(v, cellAt, c.type() == ExerciseForm.Type.LONG ? MAX_LONG : MAX_TEXT, errors);
                if (t != null) {
                    clean.put(c.key(), t);
                }
            }
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static List<Map<String, Object>> matrix(
            Object value, String at, ExerciseForm.Field field, List<String> people, List<FieldError> errors) {
        if (!(value instanceof List<?> items)) {
            errors.add(new FieldError(at, "must be a list of rows {\"task\": ..., \"roles\": {person: letter}}"));
            return null;
        }
        if (items.size() > MAX_ENTRIES) {
            errors.add(new FieldError(at, "can have at most " + MAX_ENTRIES + " rows"));
            return null;
        }
        Set<String> known = new LinkedHashSet<>(people);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String rowAt = at + "[" + i + "]";
            if (items.get(i) == null) {
                continue;
            }
            if (!(items.get(i) instanceof Map<?, ?> row)) {
                errors.add(new FieldError(rowAt, "must be an object with task and roles"));
                continue;
            }
            for (Object k : row.keySet()) {
                if (!"task".equals(k) && !"roles".equals(k)) {
                    errors.add(new FieldError(rowAt + "." + k, "is not part of a row; a row has task and roles"));
                }
            }
            String task = row.get("task") == null ? null : text(row.get("task"), rowAt + ".task", MAX_TEXT, errors);
            Map<String, Object> roles = new LinkedHashMap<>();
            Object rawRoles = row.get("roles");
            if (rawRoles != null && !(rawRoles instanceof Map)) {
                errors.add(new FieldError(rowAt + ".roles", "must be an object of person: letter"));
            } else if (rawRoles instanceof Map<?, ?> given) {
                for (Map.Entry<?, ?> r : given.entrySet()) {
                    String person = String.valueOf(r.getKey()).strip();
                    String letter = r.getValue() == null
                            ? ""
                            : r.getValue().toString().strip().toUpperCase(Locale.ROOT);
                    if (letter.isEmpty()) {
                        continue;
                    }
                    if (!known.contains(person)) {
                        errors.add(new FieldError(
                                rowAt + ".roles",
                                "names '" + person + "', who is not in " + field.over() + "; add them there first"));
                    } else if (!field.hasOption(letter)) {
                        errors.add(new FieldError(
                                rowAt + ".roles." + person,
                                "must be one of "
                                        + String.join(
                                                ", ",
                                                field.options().stream()
                                                        .map(ExerciseForm.Option::value)
                                                        .toList())));
                    } else {
                        roles.put(person, letter);
                    }
                }
            }
            if (task == null && roles.isEmpty()) {
                continue;
            }
            Map<String, Object> clean = new LinkedHashMap<>();
            if (task != null) {
                clean.put("task", task);
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (String p : people) {
                if (roles.containsKey(p)) {
                    ordered.put(p, roles.get(p));
                }
            }
            clean.put("roles", ordered);
            errors.addAll(RaciChecker.violations(rowAt, i, task, ordered));
            out.add(clean);
        }
        return out.isEmpty() ? null : out;
    }

    private static String columnNames(ExerciseForm.Field field) {
        return String.join(
                ", ", field.columns().stream().map(ExerciseForm.Column::key).toList());
    }
}
