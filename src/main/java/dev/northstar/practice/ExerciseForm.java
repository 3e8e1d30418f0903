package dev.northstar.practice;

import java.util.List;
import java.util.Optional;

/**
 * How one kind of exercise is filled in: sections of fields, each with its help text. Read from
 * {@code practice/exercise-forms.json}; the same definition drives the editor, the API's validation and the
 * pre-fill from a product.
 */
public record ExerciseForm(ExerciseKind kind, String summary, String intro, List<Section> sections) {

    public ExerciseForm {
        sections = List.copyOf(sections);
    }

    /** Every field of every section, in order. */
    public List<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<Field> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public record Section(String title, String help, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field of the content. {@code columns} are set for tables; {@code options} for choices and the letters of a
     * matrix; {@code over} names the list field whose entries are a matrix's columns; {@code prefill} names what a
     * product contributes when an exercise starts from one.
     */
    public record Field(
            String key,
            String label,
            Type type,
            String help,
            String placeholder,
            List<Column> columns,
            List<Option> options,
            String over,
            String prefill) {

        public Field {
            columns = List.copyOf(columns);
            options = List.copyOf(options);
        }

        public boolean hasOption(String value) {
            return options.stream().anyMatch(o -> o.value().equals(value));
        }
    }

    /** A column of a table: text, long text, a choice, or a reference to the entries of another field. */
    public record Column(String key, String label, Type type, String placeholder, List<Option> options, String ref) {

        public Column {
            options = List.copyOf(options);
        }

        public boolean hasOption(String value) {
            return options.stream().anyMatch(o -> o.value().equals(value));
        }
    }

    public record Option(String value, String label) {}

    /** What a field holds in the JSON content. */
    public enum Type {
        /** one line of text */
        TEXT,
        /** several lines of text */
        LONG,
        /** one of {@code options} */
        CHOICE,
        /** a whole number from 1 to 5 */
        SCORE,
        /** a list of texts */
        LIST,
        /** a list of rows, each an object of column texts */
        TABLE,
        /** rows of {"task", "roles": {person: letter}} over the people of another list field */
        MATRIX,
        /** the key of a cross-training deck product */
        CARD,
        /** (columns only) the text of an entry of another field, e.g. "goals" or "personas.name" */
        REF;

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
