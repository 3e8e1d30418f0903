package dev.northstar.discovery;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V2_18: an index on notes (product_id) for product lookups and cascading deletes, unless the
 * database has one already. H2 made one for the foreign key to products, and a second would cost every
 * inserted note another index entry; PostgreSQL makes none. Which one a database made cannot be said in
 * portable SQL, hence Java (Spring Boot hands JavaMigration beans to Flyway).
 */
@Component
class NotesProductIndex implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.18");
    }

    @Override
    public String getDescription() {
        return "notes product index";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!hasProductIndex(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("create index notes_product on notes (product_id)");
            }
        }
    }

    /** Whether an index of notes starts with product_id. */
    static boolean hasProductIndex(Connection c) throws SQLException {
        String table = c.getMetaData().storesUpperCaseIdentifiers() ? "NOTES" : "notes";
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (rs.getShort("ORDINAL_POSITION") == 1
                        && column != null
                        && column.toLowerCase(Locale.ROOT).equals("product_id")) {
                    return true;
                }
            }
        }
        return false;
    }
}
