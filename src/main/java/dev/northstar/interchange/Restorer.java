package dev.northstar.interchange;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.RetiredBackupTable;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a backup as a stream and inserts its rows table by table, converting each value to the type
 * of the target column. Runs inside the caller's transaction: any error leaves nothing behind.
 */
@Component
class Restorer {

    static final int BATCH = 500;

    private final BackupCatalog catalog;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    Restorer(BackupCatalog catalog, JdbcTemplate template, JdbcClient jdbc) {
        this.catalog = catalog;
        this.template = template;
        this.jdbc = jdbc;
    }

    record Outcome(BackupHeader header, Map<String, Integer> rows, int reused) {}

    Outcome restore(InputStream in) {
        try (JsonParser p = WorkspaceBackups.MAPPER.createParser(in)) {
            BackupHeader.expectObject(p);
            BackupHeader.Reader headerReader = new BackupHeader.Reader();
            Run run = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("tables")) {
                    if (run != null) {
                        throw new InvalidInputException("tables", "the backup has two \"tables\" fields");
                    }
                    run = new Run(headerReader.checked());
                    run.refuseExisting();
                    run.tables(p);
                } else if (!headerReader.accept(name, p)) {
                    p.skipChildren();
                }
            }
            BackupHeader.expectEnd(p);
            if (run == null) {
                headerReader.checked();
                throw new InvalidInputException("tables", "the backup has no \"tables\"");
            }
            run.verify();
            return new Outcome(run.header, run.counts, run.reused);
        } catch (StreamReadException e) {
            throw BackupHeader.malformed(e);
        }
    }

    /** One restore: the rows seen per table and the ids of rows reused instead of inserted. */
    private final class Run {
        final BackupHeader header;
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<UUID, UUID> remap = new HashMap<>();
        int reused;

        Run(BackupHeader header) {
            this.header = header;
        }

        void refuseExisting() {
            for (BackupCatalog.Table table : catalog.tables()) {
                if (inScope(table) > 0) {
                    String name = header.workspaceName() == null ? "" : " (" + header.workspaceName() + ")";
                    throw new ConflictException(
                            "workspace " + header.workspaceId() + name
                                    + " already exists in this database; restore into an empty data directory, or delete the workspace first");
                }
            }
        }

        void tables(JsonParser p) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("tables", "\"tables\" must be an object of table names and their rows");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                Optional<BackupCatalog.Table> table = catalog.table(name);
                Optional<RetiredBackupTable> retired = table.isPresent() ? Optional.empty() : catalog.retired(name);
                if (table.isEmpty() && retired.isEmpty()) {
                    throw new InvalidInputException(
                            "tables." + name,
                            "unknown table \"" + name + "\"; the backup may come from a newer Northstar");
                }
                if (counts.containsKey(name)) {
                    throw new InvalidInputException("tables." + name, "the table appears twice");
                }
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new InvalidInputException("tables." + name, "must be an array of rows");
                }
                if (retired.isPresent()) {
                    counts.put(name, retired(p, retired.get()));
                    continue;
                }
                Loader loader = new Loader(table.get());
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String where = "tables." + name + "[" + i + "]";
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new InvalidInputException(
                                where, "a row must be a JSON object of column names and values");
                    }
                    JsonNode row = p.readValueAsTree();
                    loader.add(row, where);
                    i++;
                }
                loader.finish();
                counts.put(name, i);
            }
        }

        /** Hands a retired table's rows to the module that keeps their data now, in batches; answers how many there were. */
        private int retired(JsonParser p, RetiredBackupTable table) {
            List<RetiredBackupTable.Row> batch = new ArrayList<>();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String where = "tables." + table.name() + "[" + i + "]";
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw new InvalidInputException(where, "a row must be a JSON object of column names and values");
                }
                JsonNode row = p.readValueAsTree();
                Map<String, Object> values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : row.properties()) {
                    JsonNode v = e.getValue();
                    if (v.isContainer()) {
                        throw new InvalidInputException(where + "." + e.getKey(), "expected a plain value");
                    }
                    values.put(
                            e.getKey(),
                            v.isNull()
                                    ? null
                                    : v.isString()
                                            ? v.stringValue()
                                            : v.isBoolean() ? v.booleanValue() : v.decimalValue());
                }
                batch.add(new RetiredBackupTable.Row(where, values));
                if (batch.size() >= BATCH) {
                    table.restore().rows(header.workspaceId(), List.copyOf(batch));
                    batch.clear();
                }
                i++;
            }
            if (!batch.isEmpty()) {
                table.restore().rows(header.workspaceId(), List.copyOf(batch));
            }
            return i;
        }

        /** Every row restored must belong to the workspace of the header: nothing may land in another one. */
        void verify() {
            for (BackupCatalog.Table table : catalog.tables()) {
                int expected = counts.getOrDefault(table.name(), 0);
                long actual = inScope(table);
                if (actual != expected) {
                    throw new InvalidInputException(
                            "tables." + table.name(),
                            "the backup has " + expected + " rows of " + table.name() + " but " + actual
                                    + " of them belong to workspace " + header.workspaceId()
                                    + "; a backup holds the rows of one workspace only");
                }
            }
        }

        private long inScope(BackupCatalog.Table table) {
            return jdbc.sql("select count(*) from (" + table.spec().scopeSql() + ") s")
                    .param("ws", header.workspaceId())
                    .query(Long.class)
                    .single();
        }

        /** Converts and inserts one table's rows in batches of the same columns. */
        private final class Loader {
            final BackupCatalog.Table table;
            final BackupCatalog.Column reuseColumn;
            List<BackupCatalog.Column> columns = List.of();
            final List<Object[]> batch = new ArrayList<>();
            /** Self-references held back until the whole table is in: column, row key, value. */
            final List<Object[]> deferred = new ArrayList<>();

            int firstRow;
            int rowNumber;

            Loader(BackupCatalog.Table table) {
                this.table = table;
                String reuseBy = table.spec().reuseBy();
                this.reuseColumn = reuseBy == null
                        ? null
                        : table.column(reuseBy)
                                .orElseThrow(() -> new IllegalStateException(
                                        "backup table " + table.name() + " has no column " + reuseBy));
                if (reuseColumn != null && table.primaryKey().size() != 1) {
                    throw new IllegalStateException(
                            "backup table " + table.name() + " reuses rows, so it needs a one-column primary key");
                }
            }

            void add(JsonNode row, String where) {
                List<BackupCatalog.Column> present = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (String name : row.propertyNames()) {
                    names.add(name);
                }
                for (String name : names) {
                    if (table.column(name).isEmpty()) {
                        throw new InvalidInputException(
                                where, "table " + table.name() + " has no column \"" + name + "\"");
                    }
                }
                for (BackupCatalog.Column c : table.columns()) {
                    if (names.contains(c.name())) {
                        present.add(c);
                    }
                }
                Object[] values = new Object[present.size()];
                for (int i = 0; i < values.length; i++) {
                    BackupCatalog.Column c = present.get(i);
                    values[i] = Values.read(row.get(c.name()), c.kind(), where + "." + c.name(), remap);
                }
                if (reuseColumn != null && reuse(present, values, where)) {
                    rowNumber++;
                    return;
                }
                if (!table.selfReferences().isEmpty()) {
                    defer(present, values, where);
                }
                if (!present.equals(columns) || batch.size() >= BATCH) {
                    flush();
                    columns = present;
                    firstRow = rowNumber;
                }
                batch.add(values);
                rowNumber++;
            }

            private void defer(List<BackupCatalog.Column> present, Object[] values, String where) {
                if (table.primaryKey().size() != 1) {
                    throw new IllegalStateException(
                            "backup table " + table.name() + " refers to itself, so it needs a one-column primary key");
                }
                int k = present.stream()
                        .map(BackupCatalog.Column::name)
                        .toList()
                        .indexOf(table.primaryKey().getFirst());
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null
                            && table.selfReferences().contains(present.get(i).name())) {
                        if (k < 0 || values[k] == null) {
                            throw new InvalidInputException(
                                    where + "." + table.primaryKey().getFirst(), "is required");
                        }
                        deferred.add(new Object[] {present.get(i), values[k], values[i]});
                        values[i] = null;
                    }
                }
            }

            /** Inserts what is left, then sets the held-back self-references. */
            void finish() {
                flush();
                boolean postgres = catalog.postgres();
                String pk =
                        table.primaryKey().isEmpty() ? null : table.primaryKey().getFirst();
                for (Object[] d : deferred) {
                    BackupCatalog.Column column = (BackupCatalog.Column) d[0];
                    BackupCatalog.Column key = table.column(pk).orElseThrow();
                    try {
                        template.update(
                                "update " + table.name() + " set " + column.name() + " = ? where " + pk + " = ?",
                                ps -> {
                                    Values.bind(ps, 1, d[2], column, postgres);
                                    Values.bind(ps, 2, d[1], key, postgres);
                                });
                    } catch (DataAccessException e) {
                        throw new InvalidInputException(
                                "tables." + table.name(),
                                "row " + d[1] + ": " + column.name() + " could not be set: " + cause(e));
                    }
                }
                deferred.clear();
            }

            /** True when the row already exists (same key, or same value in the reuse column); its id then maps to the existing one. */
            private boolean reuse(List<BackupCatalog.Column> present, Object[] values, String where) {
                String pk = table.primaryKey().getFirst();
                int k = present.stream()
                        .map(BackupCatalog.Column::name)
                        .toList()
                        .indexOf(pk);
                int r = present.indexOf(reuseColumn);
                if (k < 0 || values[k] == null) {
                    throw new InvalidInputException(where + "." + pk, "is required");
                }
                Long same = jdbc.sql("select count(*) from " + table.name() + " where " + pk + " = ?")
                        .param(values[k])
                        .query(Long.class)
                        .single();
                if (same > 0) {
                    reused++;
                    return true;
                }
                if (r < 0 || values[r] == null) {
                    return false;
                }
                Optional<Object> existing = jdbc.sql(
                                "select " + pk + " from " + table.name() + " where " + reuseColumn.name() + " = ?")
                        .param(values[r])
                        .query((rs, n) -> rs.getObject(1))
                        .optional();
                if (existing.isEmpty()) {
                    return false;
                }
                if (values[k] instanceof UUID from && existing.get() instanceof UUID to) {
                    remap.put(from, to);
                }
                reused++;
                return true;
            }

            void flush() {
                if (batch.isEmpty()) {
                    return;
                }
                String sql = "insert into " + table.name() + " ("
                        + String.join(
                                ", ",
                                columns.stream().map(BackupCatalog.Column::name).toList()) + ") values ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                List<BackupCatalog.Column> cols = columns;
                boolean postgres = catalog.postgres();
                try {
                    template.batchUpdate(sql, batch, batch.size(), (ps, values) -> {
                        for (int i = 0; i < values.length; i++) {
                            Values.bind(ps, i + 1, values[i], cols.get(i), postgres);
                        }
                    });
                } catch (DuplicateKeyException e) {
                    throw new ConflictException("table " + table.name() + ", rows " + firstRow + " to "
                            + (rowNumber - 1) + ": a row with the same key already exists here (" + cause(e) + ")");
                } catch (DataAccessException e) {
                    throw new InvalidInputException(
                            "tables." + table.name(),
                            "rows " + firstRow + " to " + (rowNumber - 1) + " could not be stored: " + cause(e));
                }
                batch.clear();
            }
        }
    }

    /** The database's own words, first line only. */
    static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            t = sql.getNextException();
        }
        String m = String.valueOf(t.getMessage()).strip();
        int cut = m.indexOf('\n');
        m = cut < 0 ? m : m.substring(0, cut);
        return m.length() > 300 ? m.substring(0, 297) + "..." : m;
    }
}
