package dev.northstar.interchange;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import dev.northstar.common.RetiredBackupTable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The tables every module declared for a backup, in an order where parents come before children
 * (from the database's foreign keys, then each table's declared order), with their columns and
 * primary keys as this database reports them. Read once: the schema does not change while running.
 */
@Component
class BackupCatalog {

    record Column(String name, Kind kind, int sqlType, String typeName) {}

    /**
     * {@code selfReferences}: columns pointing at the same table (a feature's parent). A restore inserts
     * them empty and fills them in once the whole table is there, since a child may come before its parent.
     */
    record Table(BackupTable spec, List<Column> columns, List<String> primaryKey, Set<String> selfReferences) {

        String name() {
            return spec.name();
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private final List<BackupTables> contributors;
    private final DataSource dataSource;
    private volatile List<Table> tables;
    private volatile Map<String, RetiredBackupTable> retired;
    private volatile boolean postgres;

    BackupCatalog(List<BackupTables> contributors, DataSource dataSource) {
        this.contributors = contributors;
        this.dataSource = dataSource;
    }

    List<Table> tables() {
        List<Table> t = tables;
        if (t == null) {
            synchronized (this) {
                if (tables == null) {
                    tables = load();
                }
                t = tables;
            }
        }
        return t;
    }

    Optional<Table> table(String name) {
        return tables().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A table older backups hold that a module now keeps elsewhere. */
    Optional<RetiredBackupTable> retired(String name) {
        tables();
        return Optional.ofNullable(retired.get(name));
    }

    boolean postgres() {
        tables();
        return postgres;
    }

    private List<Table> load() {
        Map<String, BackupTable> declared = new TreeMap<>();
        for (BackupTables contributor : contributors) {
            for (BackupTable table : contributor.backupTables()) {
                if (declared.put(table.name(), table) != null) {
                    throw new IllegalStateException("backup table " + table.name() + " is declared twice");
                }
            }
        }
        Map<String, RetiredBackupTable> gone = new HashMap<>();
        for (BackupTables contributor : contributors) {
            for (RetiredBackupTable table : contributor.retiredTables()) {
                if (declared.containsKey(table.name()) || gone.put(table.name(), table) != null) {
                    throw new IllegalStateException("backup table " + table.name() + " is declared twice");
                }
            }
        }
        retired = Map.copyOf(gone);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String schema = c.getSchema();
            Map<String, Table> byName = new HashMap<>();
            Map<String, Set<String>> parents = new HashMap<>();
            for (BackupTable spec : declared.values()) {
                Set<String> p = new HashSet<>();
                Set<String> self = new HashSet<>();
                try (ResultSet fk = meta.getImportedKeys(c.getCatalog(), schema, spec.name())) {
                    while (fk.next()) {
                        String parent = fk.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (parent.equals(spec.name())) {
                            self.add(fk.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                        } else if (declared.containsKey(parent)) {
                            p.add(parent);
                        }
                    }
                }
                byName.put(
                        spec.name(),
                        new Table(
                                spec,
                                columns(c, spec.name()),
                                primaryKey(meta, schema, spec.name()),
                                Set.copyOf(self)));
                parents.put(spec.name(), p);
            }
            return ordered(byName, parents);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema for backups: " + e.getMessage(), e);
        }
    }

    /** Parents first; among tables free to go, the lower declared order, then the name. */
    private static List<Table> ordered(Map<String, Table> byName, Map<String, Set<String>> parents) {
        Comparator<Table> preferred =
                Comparator.comparingInt((Table t) -> t.spec().order()).thenComparing(Table::name);
        PriorityQueue<Table> ready = new PriorityQueue<>(preferred);
        Map<String, Integer> waiting = new HashMap<>();
        for (Table t : byName.values()) {
            waiting.put(t.name(), parents.get(t.name()).size());
            if (parents.get(t.name()).isEmpty()) {
                ready.add(t);
            }
        }
        List<Table> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            Table next = ready.poll();
            out.add(next);
            for (Table t : byName.values()) {
                if (parents.get(t.name()).contains(next.name()) && waiting.merge(t.name(), -1, Integer::sum) == 0) {
                    ready.add(t);
                }
            }
        }
        // a cycle of foreign keys: keep the declared order for what is left
        byName.values().stream().filter(t -> !out.contains(t)).sorted(preferred).forEach(out::add);
        return List.copyOf(out);
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(new Column(
                        md.getColumnLabel(i).toLowerCase(Locale.ROOT),
                        Kind.of(md.getColumnType(i), md.getColumnTypeName(i)),
                        md.getColumnType(i),
                        md.getColumnTypeName(i)));
            }
            return List.copyOf(columns);
        } catch (SQLException e) {
            throw new SQLException("backup table " + table + " is not in the database: " + e.getMessage(), e);
        }
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> bySeq = new TreeMap<>();
        try (ResultSet pk = meta.getPrimaryKeys(null, schema, table)) {
            while (pk.next()) {
                bySeq.put(pk.getInt("KEY_SEQ"), pk.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(new LinkedHashMap<>(bySeq).values());
    }
}
