package dev.northstar.common;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A table that backups made by an earlier Northstar hold but this one no longer has, because its rows
 * now live elsewhere (a note's tags moved onto the note). A restore hands such a table's rows to
 * {@code restore} in batches, in file order and inside the restoring transaction, instead of inserting
 * them; the tables before it in the file are in by then. So an old backup still restores.
 */
public record RetiredBackupTable(String name, Restore restore) {

    public RetiredBackupTable {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a retired backup table needs a plain lower-case name, not " + name);
        }
    }

    /** Stores rows of the retired table where their data lives now, for the workspace being restored only. */
    @FunctionalInterface
    public interface Restore {

        /** Throws {@link InvalidInputException} naming {@link Row#where()} for a row it cannot take. */
        void rows(UUID workspaceId, List<Row> rows);
    }

    /**
     * One row as the file has it: column names to JSON values (String, java.math.BigDecimal, Boolean or
     * null); {@code where} names it for messages, e.g. {@code tables.note_tags[3]}.
     */
    public record Row(String where, Map<String, Object> values) {

        private static final Pattern UUID_TEXT =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        public Row {
            values = Collections.unmodifiableMap(values);
        }

        /** A required text column. */
        public String text(String column) {
            if (values.get(column) instanceof String s) {
                return s;
            }
            throw new InvalidInputException(where + "." + column, "expected text, got " + values.get(column));
        }

        /** A required uuid column. */
        public UUID uuid(String column) {
            if (values.get(column) instanceof String s && UUID_TEXT.matcher(s).matches()) {
                return UUID.fromString(s);
            }
            throw new InvalidInputException(where + "." + column, "expected an id, got " + values.get(column));
        }
    }
}
