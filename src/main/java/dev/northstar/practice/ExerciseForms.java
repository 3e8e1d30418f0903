package dev.northstar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms of every exercise kind, read once at start from {@code practice/exercise-forms.json}. A definition that
 * breaks the schema (unknown type, a table without columns, a kind without a form) stops the start with a message
 * naming the kind and the field.
 */
@Service
public class ExerciseForms {

    private static final Logger log = LoggerFactory.getLogger(ExerciseForms.class);
    static final String RESOURCE = "practice/exercise-forms.json";
    static final Set<String> PREFILLS = Set.of(
            "product",
            "productDescription",
            "personas",
            "segments",
            "needs",
            "metrics",
            "personaName",
            "personaNames",
            "needTitle",
            "needTitles",
            "metricTitles");

    private final Map<ExerciseKind, ExerciseForm> forms;
    private final int version;

    public ExerciseForms() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonNode doc = JsonMapper.builder().build().readTree(in);
            this.version = doc.path("version").asInt(0);
            this.forms = read(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        log.info("Exercise forms: {} kinds (version {})", forms.size(), version);
    }

    /** The form of one kind; every kind has one. */
    public ExerciseForm form(ExerciseKind kind) {
        return forms.get(kind);
    }

    /** Every form, guided exercises first, then the framework templates, each in {@link ExerciseKind} order. */
    public List<ExerciseForm> all() {
        return List.copyOf(forms.values());
    }

    public int version() {
        return version;
    }

    private static Map<ExerciseKind, ExerciseForm> read(JsonNode doc) {
        Map<ExerciseKind, ExerciseForm> out = new EnumMap<>(ExerciseKind.class);
        for (JsonNode f : doc.path("forms")) {
            String where = f.path("kind").asString("(form without kind)");
            ExerciseKind kind;
            try {
                kind = ExerciseKind.parse(where, "kind");
            } catch (RuntimeException e) {
                throw invalid(where, "kind", "is not an exercise kind");
            }
            List<ExerciseForm.Section> sections = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode s : f.path("sections")) {
                List<ExerciseForm.Field> fields = new ArrayList<>();
                for (JsonNode field : s.path("fields")) {
                    ExerciseForm.Field parsed = field(where, field);
                    if (!keys.add(parsed.key())) {
                        throw invalid(where, parsed.key(), "appears twice");
                    }
                    fields.add(parsed);
                }
                sections.add(new ExerciseForm.Section(text(where, s, "title"), optional(s, "help"), fields));
            }
            ExerciseForm form = new ExerciseForm(kind, text(where, f, "summary"), text(where, f, "intro"), sections);
            for (ExerciseForm.Field field : form.fields()) {
                if (field.type() == ExerciseForm.Type.MATRIX
                        && form.field(field.over())
                                .filter(o -> o.type() == ExerciseForm.Type.LIST)
                                .isEmpty()) {
                    throw invalid(where, field.key(), "a matrix needs 'over' naming a list field");
                }
                for (ExerciseForm.Column c : field.columns()) {
                    if (c.type() == ExerciseForm.Type.REF
                            && form.field(c.ref().split("\\.")[0]).isEmpty()) {
                        throw invalid(where, field.key() + "." + c.key(), "refers to no field " + c.ref());
                    }
                }
            }
            if (out.put(kind, form) != null) {
                throw invalid(where, "kind", "has two forms");
            }
        }
        for (ExerciseKind kind : ExerciseKind.values()) {
            if (!out.containsKey(kind)) {
                throw invalid(kind.key(), "kind", "has no form");
            }
        }
        return out;
    }

    private static ExerciseForm.Field field(String where, JsonNode f) {
        String key = text(where, f, "key");
        String at = key;
        ExerciseForm.Type type = type(where, at, f);
        if (type == ExerciseForm.Type.REF) {
            throw invalid(where, at, "ref is a column type only");
        }
        List<ExerciseForm.Column> columns = new ArrayList<>();
        for (JsonNode c : f.path("columns")) {
            String ckey = text(where, c, "key");
            ExerciseForm.Type ctype = type(where, at + "." + ckey, c);
            if (!Set.of(ExerciseForm.Type.TEXT, ExerciseForm.Type.LONG, ExerciseForm.Type.CHOICE, ExerciseForm.Type.REF)
                    .contains(ctype)) {
                throw invalid(where, at + "." + ckey, "a column is text, long, choice or ref");
            }
            List<ExerciseForm.Option> options = options(c);
            if (ctype == ExerciseForm.Type.CHOICE && options.isEmpty()) {
                throw invalid(where, at + "." + ckey, "a choice needs options");
            }
            columns.add(new ExerciseForm.Column(
                    ckey,
                    text(where, c, "label"),
                    ctype,
                    optional(c, "placeholder"),
                    options,
                    ctype == ExerciseForm.Type.REF ? text(where, c, "ref") : null));
        }
        if (type == ExerciseForm.Type.TABLE && columns.isEmpty()) {
            throw invalid(where, at, "a table needs columns");
        }
        List<ExerciseForm.Option> options = options(f);
        if ((type == ExerciseForm.Type.CHOICE || type == ExerciseForm.Type.MATRIX) && options.isEmpty()) {
            throw invalid(where, at, "needs options");
        }
        String prefill = optional(f, "prefill");
        if (prefill != null && !PREFILLS.contains(prefill)) {
            throw invalid(where, at, "unknown prefill " + prefill + "; known: " + PREFILLS);
        }
        return new ExerciseForm.Field(
                key,
                text(where, f, "label"),
                type,
                optional(f, "help"),
                optional(f, "placeholder"),
                columns,
                options,
                optional(f, "over"),
                prefill);
    }

    private static ExerciseForm.Type type(String where, String at, JsonNode node) {
        String t = text(where, node, "type");
        try {
            return ExerciseForm.Type.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(where, at, "unknown type " + t);
        }
    }

    private static List<ExerciseForm.Option> options(JsonNode node) {
        List<ExerciseForm.Option> out = new ArrayList<>();
        for (JsonNode o : node.path("options")) {
            out.add(new ExerciseForm.Option(
                    o.path("value").asString(), o.path("label").asString()));
        }
        return out;
    }

    private static String text(String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw invalid(where, field, "is required text");
        }
        return v.asString().strip();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isString() || v.asString().isBlank()
                ? null
                : v.asString().strip();
    }

    private static IllegalStateException invalid(String kind, String field, String message) {
        return new IllegalStateException(RESOURCE + ", form " + kind + ", " + field + ": " + message);
    }
}
