package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.CheckFinding;
import dev.northstar.practice.CheckResult;
import dev.northstar.practice.DeckProduct;
import dev.northstar.practice.ExerciseForm;
import dev.northstar.practice.ExerciseForm.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Between the editor's HTML form and an exercise's JSON content. The form posts {@code c.<field>}, {@code
 * c.<list>[i]}, {@code c.<table>[i].<column>} and {@code c.<matrix>[i].task} / {@code c.<matrix>[i].cell[j]}; while
 * editing, the "raw" content keeps blank rows (a row just added) and a matrix's cells by column position, so adding
 * or removing rows and people never loses what was typed. Saving drops the blanks.
 */
final class ExerciseEditor {

    static final String PREFIX = "c.";
    private static final Pattern INDEXED =
            Pattern.compile("^c\\.([A-Za-z]+)\\[(\\d+)](?:\\.([A-Za-z]+)(?:\\[(\\d+)])?)?$");
    private static final int MAX_ROWS = 100;

    private ExerciseEditor() {}

    // ---- the form's view model ----

    record Form(List<Section> sections, List<CheckFinding> otherFindings, List<String> otherErrors) {}

    record Section(String title, String help, List<Field> fields, boolean hasCards) {}

    record Field(
            ExerciseForm.Field def,
            String id,
            String name,
            String value,
            List<Entry> entries,
            List<String> headers,
            List<Row> rows,
            DeckProduct card,
            List<CheckFinding> findings,
            List<String> errors) {

        public String type() {
            return def.type().key();
        }

        public boolean flagged() {
            return !errors.isEmpty()
                    || findings.stream().anyMatch(f -> !f.level().equals("good"));
        }

        public boolean good() {
            return errors.isEmpty()
                    && !findings.isEmpty()
                    && findings.stream().allMatch(f -> f.level().equals("good"));
        }

        public String describedBy() {
            return id + "-help" + (findings.isEmpty() && errors.isEmpty() ? "" : " " + id + "-notes");
        }
    }

    record Entry(int index, String id, String name, String value, boolean flagged, boolean focus) {}

    record Row(int index, List<Cell> cells, boolean flagged, boolean focus) {}

    record Cell(
            String id,
            String name,
            String label,
            String type,
            String value,
            String placeholder,
            List<ExerciseForm.Option> options,
            String refPattern,
            boolean flagged) {}

    /** The view of a form over raw content, with the check's findings and a refused save's errors beside the fields. */
    static Form view(
            ExerciseForm form,
            Map<String, Object> raw,
            CheckResult check,
            InvalidInputException error,
            Function<String, Optional<DeckProduct>> cards,
            String focus) {
        Map<String, List<CheckFinding>> findings = new LinkedHashMap<>();
        List<CheckFinding> other = new ArrayList<>();
        if (check != null) {
            for (CheckFinding f : check.findings()) {
                String key = topKey(f.part());
                if (form.field(key).isPresent()) {
                    findings.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                } else {
                    other.add(f);
                }
            }
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, List<String>> errorParts = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        if (error != null) {
            for (InvalidInputException.FieldError e : error.errors()) {
                String part = e.field().startsWith("content.") ? e.field().substring("content.".length()) : e.field();
                String key = topKey(part);
                if (form.field(key).isPresent()) {
                    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(e.message());
                    errorParts.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
                } else if (!e.field().equals("title")) {
                    otherErrors.add(e.field() + ": " + e.message());
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (ExerciseForm.Section s : form.sections()) {
            List<Field> fields = new ArrayList<>();
            for (ExerciseForm.Field def : s.fields()) {
                List<CheckFinding> fs = findings.getOrDefault(def.key(), List.of());
                List<String> parts = new ArrayList<>(fs.stream()
                        .filter(f -> !f.level().equals("good"))
                        .map(CheckFinding::part)
                        .toList());
                parts.addAll(errorParts.getOrDefault(def.key(), List.of()));
                fields.add(field(form, def, raw, fs, errors.getOrDefault(def.key(), List.of()), parts, cards, focus));
            }
            sections.add(
                    new Section(s.title(), s.help(), fields, s.fields().stream().anyMatch(f -> f.type() == Type.CARD)));
        }
        return new Form(sections, other, otherErrors);
    }

    private static Field field(
            ExerciseForm form,
            ExerciseForm.Field def,
            Map<String, Object> raw,
            List<CheckFinding> findings,
            List<String> errors,
            List<String> flaggedParts,
            Function<String, Optional<DeckProduct>> cards,
            String focus) {
        String key = def.key();
        String id = "c-" + key;
        String name = PREFIX + key;
        Object v = raw.get(key);
        List<Entry> entries = List.of();
        List<Row> rows = List.of();
        List<String> headers = List.of();
        DeckProduct card = null;
        boolean focusHere = focus != null && focus.equals(key);
        switch (def.type()) {
            case LIST -> {
                List<String> items = strings(v);
                if (items.isEmpty()) {
                    items = List.of("");
                }
                List<Entry> out = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String part = key + "[" + i + "]";
                    out.add(new Entry(
                            i,
                            id + "-" + i,
                            name + "[" + i + "]",
                            items.get(i),
                            flaggedParts.stream().anyMatch(p -> p.equals(part) || p.startsWith(part + ".")),
                            focusHere && i == items.size() - 1));
                }
                entries = out;
            }
            case TABLE -> {
                List<Map<String, String>> items = tableRows(v);
                if (items.isEmpty()) {
                    items = List.of(Map.of());
                }
                List<Row> out = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String part = key + "[" + i + "]";
                    List<Cell> cells = new ArrayList<>();
                    for (ExerciseForm.Column c : def.columns()) {
                        String cellPart = part + "." + c.key();
                        List<ExerciseForm.Option> options = c.options();
                        String ref = null;
                        if (c.type() == Type.REF) {
                            options =
                                    refOptions(form, c.ref(), raw, items.get(i).get(c.key()));
                            ref = refPattern(c.ref());
                        }
                        cells.add(new Cell(
                                id + "-" + i + "-" + c.key(),
                                name + "[" + i + "]." + c.key(),
                                c.label() + ", row " + (i + 1),
                                c.type() == Type.REF ? "choice" : c.type().key(),
                                items.get(i).getOrDefault(c.key(), ""),
                                c.placeholder(),
                                options,
                                ref,
                                flaggedParts.contains(cellPart)));
                    }
                    out.add(new Row(
                            i,
                            cells,
                            flaggedParts.stream().anyMatch(p -> p.equals(part) || p.startsWith(part + ".")),
                            focusHere && i == items.size() - 1));
                }
                rows = out;
            }
            case MATRIX -> {
                headers = strings(raw.get(def.over()));
                List<Map<String, Object>> items = matrixRows(v);
                if (items.isEmpty()) {
                    items = List.of(Map.of());
                }
                List<Row> out = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String part = key + "[" + i + "]";
                    Map<String, Object> row = items.get(i);
                    List<String> cellValues = strings(row.get("cells"));
                    String task = row.get("task") == null ? "" : row.get("task").toString();
                    List<Cell> cells = new ArrayList<>();
                    cells.add(new Cell(
                            id + "-" + i + "-task",
                            name + "[" + i + "].task",
                            "Task, row " + (i + 1),
                            "text",
                            task,
                            "Write the launch announcement",
                            List.of(),
                            null,
                            flaggedParts.contains(part + ".task")));
                    for (int j = 0; j < headers.size(); j++) {
                        String person = headers.get(j).isBlank() ? "Person " + (j + 1) : headers.get(j);
                        cells.add(new Cell(
                                id + "-" + i + "-" + j,
                                name + "[" + i + "].cell[" + j + "]",
                                person + (task.isBlank() ? ", row " + (i + 1) : " on “" + task + "”"),
                                "choice",
                                j < cellValues.size() ? cellValues.get(j) : "",
                                null,
                                def.options(),
                                null,
                                false));
                    }
                    out.add(new Row(
                            i,
                            cells,
                            flaggedParts.stream().anyMatch(p -> p.equals(part) || p.startsWith(part + ".")),
                            focusHere && i == items.size() - 1));
                }
                rows = out;
            }
            case CARD -> {
                String k = v == null ? null : v.toString();
                card = k == null || k.isBlank() ? null : cards.apply(k).orElse(null);
            }
            default -> {}
        }
        return new Field(
                def,
                id,
                name,
                v instanceof String s
                        ? s
                        : v == null ? "" : (v instanceof List || v instanceof Map) ? "" : v.toString(),
                entries,
                headers,
                rows,
                card,
                findings,
                errors);
    }

    private static List<ExerciseForm.Option> refOptions(
            ExerciseForm form, String ref, Map<String, Object> raw, String current) {
        String[] parts = ref.split("\\.");
        List<String> values = new ArrayList<>();
        Object v = raw.get(parts[0]);
        if (parts.length == 1) {
            values.addAll(strings(v));
        } else {
            for (Map<String, String> row : tableRows(v)) {
                values.add(row.getOrDefault(parts[1], ""));
            }
        }
        List<ExerciseForm.Option> out = new ArrayList<>();
        for (String value : values) {
            if (!value.isBlank() && out.stream().noneMatch(o -> o.value().equals(value))) {
                out.add(new ExerciseForm.Option(value, value));
            }
        }
        if (current != null
                && !current.isBlank()
                && out.stream().noneMatch(o -> o.value().equals(current))) {
            out.add(new ExerciseForm.Option(current, current));
        }
        return out;
    }

    /** Which inputs a ref select takes its options from, as a regular expression over input names (for the JS). */
    private static String refPattern(String ref) {
        String[] parts = ref.split("\\.");
        return parts.length == 1
                ? "^c\\." + parts[0] + "\\[\\d+\\]$"
                : "^c\\." + parts[0] + "\\[\\d+\\]\\." + parts[1] + "$";
    }

    // ---- form params <-> raw content <-> JSON content ----

    /** The raw content of a posted form: every field of the form, blank rows kept. */
    static Map<String, Object> parse(ExerciseForm form, MultiValueMap<String, String> params) {
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Object>> indexed = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String value = p.getValue().isEmpty() ? "" : p.getValue().getFirst();
            Matcher m = INDEXED.matcher(p.getKey());
            if (m.matches()) {
                String key = m.group(1);
                Optional<ExerciseForm.Field> def = form.field(key);
                int i = Integer.parseInt(m.group(2));
                if (def.isEmpty() || i >= MAX_ROWS) {
                    continue;
                }
                TreeMap<Integer, Object> byIndex = indexed.computeIfAbsent(key, k -> new TreeMap<>());
                switch (def.get().type()) {
                    case LIST -> {
                        if (m.group(3) == null) {
                            byIndex.put(i, value);
                        }
                    }
                    case TABLE -> {
                        if (m.group(3) != null) {
                            @SuppressWarnings("unchecked")
                            Map<String, String> row = (Map<String, String>)
                                    byIndex.computeIfAbsent(i, k -> new LinkedHashMap<String, String>());
                            row.put(m.group(3), value);
                        }
                    }
                    case MATRIX -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = (Map<String, Object>)
                                byIndex.computeIfAbsent(i, k -> new LinkedHashMap<String, Object>());
                        if ("task".equals(m.group(3))) {
                            row.put("task", value);
                        } else if ("cell".equals(m.group(3)) && m.group(4) != null) {
                            int j = Integer.parseInt(m.group(4));
                            if (j < MAX_ROWS) {
                                @SuppressWarnings("unchecked")
                                TreeMap<Integer, String> cells = (TreeMap<Integer, String>)
                                        row.computeIfAbsent("cellMap", k -> new TreeMap<Integer, String>());
                                cells.put(j, value);
                            }
                        }
                    }
                    default -> {}
                }
            } else if (p.getKey().startsWith(PREFIX)) {
                String key = p.getKey().substring(PREFIX.length());
                if (form.field(key).isPresent()) {
                    raw.put(key, value);
                }
            }
        }
        for (ExerciseForm.Field def : form.fields()) {
            TreeMap<Integer, Object> byIndex = indexed.get(def.key());
            if (byIndex == null) {
                continue;
            }
            if (def.type() == Type.MATRIX) {
                List<Object> rows = new ArrayList<>();
                for (Object o : byIndex.values()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) o;
                    @SuppressWarnings("unchecked")
                    TreeMap<Integer, String> cellMap = (TreeMap<Integer, String>) row.remove("cellMap");
                    List<String> cells = new ArrayList<>();
                    if (cellMap != null) {
                        int size = cellMap.isEmpty() ? 0 : cellMap.lastKey() + 1;
                        for (int j = 0; j < size; j++) {
                            cells.add(cellMap.getOrDefault(j, ""));
                        }
                    }
                    row.put("cells", cells);
                    rows.add(row);
                }
                raw.put(def.key(), rows);
            } else {
                raw.put(def.key(), new ArrayList<>(byIndex.values()));
            }
        }
        return raw;
    }

    /** Raw content from saved JSON content: a matrix's roles become cells by the position of each person. */
    static Map<String, Object> raw(ExerciseForm form, Map<String, Object> content) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (ExerciseForm.Field def : form.fields()) {
            Object v = content.get(def.key());
            if (v == null) {
                continue;
            }
            if (def.type() == Type.MATRIX) {
                List<String> people = strings(content.get(def.over()));
                List<Object> rows = new ArrayList<>();
                for (Map<String, Object> row : matrixRows(v)) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("task", row.getOrDefault("task", ""));
                    List<String> cells = new ArrayList<>();
                    Map<?, ?> roles = row.get("roles") instanceof Map<?, ?> m ? m : Map.of();
                    for (String person : people) {
                        Object letter = roles.get(person);
                        cells.add(letter == null ? "" : letter.toString());
                    }
                    r.put("cells", cells);
                    rows.add(r);
                }
                raw.put(def.key(), rows);
            } else if (def.type() == Type.SCORE) {
                raw.put(def.key(), v.toString());
            } else {
                raw.put(def.key(), v);
            }
        }
        return raw;
    }

    /**
     * The JSON content to save from raw content: blank entries and rows dropped; a matrix's cells become roles by
     * person (a column whose person has no name yet is called "Person n" rather than losing its letters).
     */
    static Map<String, Object> content(ExerciseForm form, Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, List<String>> peopleOf = new LinkedHashMap<>();
        for (ExerciseForm.Field def : form.fields()) {
            if (def.type() == Type.MATRIX) {
                List<String> people = new ArrayList<>(strings(raw.get(def.over())));
                List<Map<String, Object>> rows = matrixRows(raw.get(def.key()));
                for (int j = 0; j < people.size(); j++) {
                    int col = j;
                    boolean used = rows.stream().anyMatch(r -> {
                        List<String> cells = strings(r.get("cells"));
                        return col < cells.size() && !cells.get(col).isBlank();
                    });
                    if (people.get(j).isBlank() && used) {
                        people.set(j, "Person " + (j + 1));
                    }
                }
                peopleOf.put(def.over(), people);
            }
        }
        for (ExerciseForm.Field def : form.fields()) {
            Object v = raw.get(def.key());
            switch (def.type()) {
                case LIST -> {
                    List<String> items = (peopleOf.containsKey(def.key()) ? peopleOf.get(def.key()) : strings(v))
                            .stream()
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList();
                    if (!items.isEmpty()) {
                        out.put(def.key(), items);
                    }
                }
                case TABLE -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Map<String, String> row : tableRows(v)) {
                        Map<String, Object> clean = new LinkedHashMap<>();
                        row.forEach((k, val) -> {
                            if (val != null && !val.isBlank()) {
                                clean.put(k, val.strip());
                            }
                        });
                        if (!clean.isEmpty()) {
                            rows.add(clean);
                        }
                    }
                    if (!rows.isEmpty()) {
                        out.put(def.key(), rows);
                    }
                }
                case MATRIX -> {
                    List<String> people = peopleOf.getOrDefault(def.over(), List.of());
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Map<String, Object> row : matrixRows(v)) {
                        String task = row.get("task") == null
                                ? ""
                                : row.get("task").toString().strip();
                        List<String> cells = strings(row.get("cells"));
                        Map<String, Object> roles = new LinkedHashMap<>();
                        for (int j = 0; j < Math.min(cells.size(), people.size()); j++) {
                            if (!cells.get(j).isBlank() && !people.get(j).isBlank()) {
                                roles.put(people.get(j).strip(), cells.get(j).strip());
                            }
                        }
                        if (task.isEmpty() && roles.isEmpty()) {
                            continue;
                        }
                        Map<String, Object> clean = new LinkedHashMap<>();
                        if (!task.isEmpty()) {
                            clean.put("task", task);
                        }
                        clean.put("roles", roles);
                        rows.add(clean);
                    }
                    if (!rows.isEmpty()) {
                        out.put(def.key(), rows);
                    }
                }
                default -> {
                    if (v != null && !v.toString().isBlank()) {
                        out.put(def.key(), v.toString().strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Applies an editing operation to raw content: {@code add:<field>} appends a blank entry or row (seeded with
     * {@code seed} values for its columns), {@code remove:<field>:<i>} takes one out (for the people of a matrix, their
     * column too). Returns the field to focus, or null.
     */
    static String apply(ExerciseForm form, Map<String, Object> raw, String op, Map<String, String> seed) {
        if (op == null) {
            return null;
        }
        String[] parts = op.split(":");
        if (parts.length < 2) {
            return null;
        }
        Optional<ExerciseForm.Field> def = form.field(parts[1]);
        if (def.isEmpty()) {
            return null;
        }
        String key = def.get().key();
        Type type = def.get().type();
        if (type != Type.LIST && type != Type.TABLE && type != Type.MATRIX) {
            return null;
        }
        List<Object> items = new ArrayList<>(list(raw.get(key)));
        if (parts[0].equals("add")) {
            if (items.size() >= MAX_ROWS) {
                return key;
            }
            if (items.isEmpty()) {
                // the editor shows one blank row for an empty list: adding makes the second
                items.add(blank(type));
            }
            Object fresh = blank(type);
            boolean seeded = false;
            if (fresh instanceof Map<?, ?> && seed != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) fresh;
                for (ExerciseForm.Column c : def.get().columns()) {
                    String s = seed.get(c.key());
                    if (s != null && !s.isBlank()) {
                        row.put(c.key(), s.strip());
                        seeded = true;
                    }
                }
            }
            if (seeded && isBlank(items.getLast())) {
                // a seeded row (a tagged review passage) fills the blank row the editor shows rather than adding
                items.set(items.size() - 1, fresh);
            } else {
                items.add(fresh);
            }
            raw.put(key, items);
            return key;
        }
        if (parts[0].equals("remove") && parts.length == 3) {
            int i;
            try {
                i = Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (i < 0 || i >= items.size()) {
                return key;
            }
            items.remove(i);
            raw.put(key, items);
            for (ExerciseForm.Field m : form.fields()) {
                if (m.type() == Type.MATRIX && key.equals(m.over())) {
                    for (Map<String, Object> row : matrixRows(raw.get(m.key()))) {
                        List<String> cells = new ArrayList<>(strings(row.get("cells")));
                        if (i < cells.size()) {
                            cells.remove(i);
                        }
                        row.put("cells", cells);
                    }
                }
            }
            return key;
        }
        return null;
    }

    private static Object blank(Type type) {
        return switch (type) {
            case LIST -> "";
            case MATRIX -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("task", "");
                row.put("cells", new ArrayList<String>());
                yield row;
            }
            default -> new LinkedHashMap<String, String>();
        };
    }

    private static boolean isBlank(Object item) {
        if (item instanceof Map<?, ?> m) {
            return m.values().stream()
                    .allMatch(v -> v == null
                            || (v instanceof String s && s.isBlank())
                            || (v instanceof List<?> l
                                    && l.stream()
                                            .allMatch(x ->
                                                    x == null || x.toString().isBlank())));
        }
        return item == null || item.toString().isBlank();
    }

    static String topKey(String part) {
        int cut = part.length();
        for (char c : new char[] {'[', '.'}) {
            int at = part.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return part.substring(0, cut);
    }

    private static List<Object> list(Object v) {
        return v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    }

    static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(o == null || o instanceof Map || o instanceof List ? "" : o.toString());
            }
        }
        return out;
    }

    private static List<Map<String, String>> tableRows(Object v) {
        List<Map<String, String>> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                Map<String, String> row = new LinkedHashMap<>();
                if (o instanceof Map<?, ?> m) {
                    m.forEach((k, val) -> row.put(String.valueOf(k), val == null ? "" : val.toString()));
                }
                out.add(row);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> matrixRows(Object v) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>());
            }
        }
        return out;
    }
}
