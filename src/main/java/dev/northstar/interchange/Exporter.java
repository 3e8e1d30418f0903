package dev.northstar.interchange;

import java.io.OutputStream;
import java.sql.ResultSetMetaData;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/** Streams every backup table's rows of one workspace, sorted by primary key, as one JSON document. */
@Component
class Exporter {

    private final BackupCatalog catalog;
    private final JdbcClient jdbc;

    Exporter(BackupCatalog catalog, JdbcTemplate template) {
        this.catalog = catalog;
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(500);
        this.jdbc = JdbcClient.create(streaming);
    }

    void export(UUID workspaceId, String workspaceName, OutputStream out) {
        try (JsonGenerator g = WorkspaceBackups.MAPPER
                .writer()
                .with(new RowPerLine())
                .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", BackupHeader.FORMAT);
            g.writeNumberProperty("version", BackupHeader.VERSION);
            g.writeStringProperty("exportedAt", Values.now().toString());
            g.writeName("workspace");
            g.writeStartObject();
            g.writeStringProperty("id", workspaceId.toString());
            g.writeStringProperty("name", workspaceName);
            g.writeEndObject();
            g.writeName("tables");
            g.writeStartObject();
            for (BackupCatalog.Table table : catalog.tables()) {
                g.writeName(table.name());
                g.writeStartArray();
                writeRows(g, table, workspaceId);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private void writeRows(JsonGenerator g, BackupCatalog.Table table, UUID workspaceId) {
        List<String> key = table.primaryKey().isEmpty()
                ? table.columns().stream().map(BackupCatalog.Column::name).toList()
                : table.primaryKey();
        String sql = "select * from (" + table.spec().scopeSql() + ") s order by " + String.join(", ", key);
        Kind[][] kinds = {null};
        String[][] names = {null};
        jdbc.sql(sql).param("ws", workspaceId).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            if (kinds[0] == null) {
                ResultSetMetaData md = rs.getMetaData();
                kinds[0] = new Kind[md.getColumnCount()];
                names[0] = new String[md.getColumnCount()];
                for (int i = 0; i < kinds[0].length; i++) {
                    String label = md.getColumnLabel(i + 1).toLowerCase(java.util.Locale.ROOT);
                    names[0][i] = label;
                    kinds[0][i] = table.column(label)
                            .map(BackupCatalog.Column::kind)
                            .orElse(Kind.of(md.getColumnType(i + 1), md.getColumnTypeName(i + 1)));
                }
            }
            g.writeStartObject();
            for (int i = 0; i < kinds[0].length; i++) {
                g.writeName(names[0][i]);
                try {
                    Values.write(g, rs, i + 1, kinds[0][i]);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("table " + table.name() + ": " + e.getMessage(), e);
                }
            }
            g.writeEndObject();
        });
    }
}
