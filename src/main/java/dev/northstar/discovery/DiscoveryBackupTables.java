package dev.northstar.discovery;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.RetiredBackupTable;
import dev.northstar.common.Rows;
import dev.northstar.common.WorkspaceRestored;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every discovery table of a workspace (V2_01__discovery.sql), themes and embeddings included so a
 * restore is exact and needs no recomputation. After a restore the new notes go into the search index.
 * Backups made before V2_17 put a note's tags in a table note_tags and its first customer in
 * note_customers at position 0; a restore moves both onto the note row, as V2_17 did with the data.
 */
@Component
class DiscoveryBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";
    private static final String NOTES =
            "(select n.id from notes n join products p on p.id = n.product_id where p.workspace_id = :ws)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NoteIndex index;

    DiscoveryBackupTables(JdbcClient jdbc, JdbcTemplate template, NoteIndex index) {
        this.jdbc = jdbc;
        this.template = template;
        this.index = index;
    }

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable("personas", "select * from personas where product_id in " + PRODUCTS, 100),
                new BackupTable("needs", "select * from needs where product_id in " + PRODUCTS, 110),
                new BackupTable("notes", "select * from notes where product_id in " + PRODUCTS, 120),
                new BackupTable("note_customers", "select * from note_customers where note_id in " + NOTES, 130),
                new BackupTable("note_embeddings", "select * from note_embeddings where note_id in " + NOTES, 132),
                new BackupTable("highlights", "select * from highlights where product_id in " + PRODUCTS, 140),
                new BackupTable("themes", "select * from themes where product_id in " + PRODUCTS, 150),
                new BackupTable("theme_notes", """
                        select tn.* from theme_notes tn join themes t on t.id = tn.theme_id
                        join products p on p.id = t.product_id where p.workspace_id = :ws""", 160),
                new BackupTable(
                        "interview_guides", "select * from interview_guides where product_id in " + PRODUCTS, 170),
                new BackupTable("interview_questions", """
                        select q.* from interview_questions q join interview_guides g on g.id = q.guide_id
                        join products p on p.id = g.product_id where p.workspace_id = :ws""", 180),
                new BackupTable(
                        "interview_sessions", "select * from interview_sessions where product_id in " + PRODUCTS, 190),
                new BackupTable("interview_coverage", """
                        select c.* from interview_coverage c join interview_sessions s on s.id = c.session_id
                        join products p on p.id = s.product_id where p.workspace_id = :ws""", 195),
                new BackupTable("surveys", "select * from surveys where product_id in " + PRODUCTS, 200),
                new BackupTable("survey_questions", """
                        select q.* from survey_questions q join surveys s on s.id = q.survey_id
                        join products p on p.id = s.product_id where p.workspace_id = :ws""", 210),
                new BackupTable("survey_responses", """
                        select r.* from survey_responses r join surveys s on s.id = r.survey_id
                        join products p on p.id = s.product_id where p.workspace_id = :ws""", 220),
                new BackupTable(
                        "opportunity_trees", "select * from opportunity_trees where product_id in " + PRODUCTS, 230),
                new BackupTable("opportunities", "select * from opportunities where product_id in " + PRODUCTS, 240),
                new BackupTable("solutions", """
                        select s.* from solutions s join opportunities o on o.id = s.opportunity_id
                        join products p on p.id = o.product_id where p.workspace_id = :ws""", 250),
                new BackupTable("assumption_tests", """
                        select a.* from assumption_tests a join solutions s on s.id = a.solution_id
                        join opportunities o on o.id = s.opportunity_id
                        join products p on p.id = o.product_id where p.workspace_id = :ws""", 260));
    }

    @Override
    public List<RetiredBackupTable> retiredTables() {
        return List.of(new RetiredBackupTable("note_tags", this::restoreTags));
    }

    /** Adds the tags of rows {note_id, tag} to their notes, which the backup restored before them. */
    private void restoreTags(UUID workspaceId, List<RetiredBackupTable.Row> rows) {
        Map<UUID, Set<String>> added = new LinkedHashMap<>();
        Map<UUID, String> firstRow = new HashMap<>();
        for (RetiredBackupTable.Row row : rows) {
            UUID note = row.uuid("note_id");
            String tag = row.text("tag");
            added.computeIfAbsent(note, k -> new LinkedHashSet<>()).add(tag);
            firstRow.putIfAbsent(note, row.where());
        }
        Map<UUID, String> current = new HashMap<>();
        jdbc.sql("select id, tags from notes where id in (:ids) and product_id in " + PRODUCTS)
                .param("ids", List.copyOf(added.keySet()))
                .param("ws", workspaceId)
                .query((ResultSet rs) -> {
                    current.put(Rows.uuid(rs, "id"), rs.getString("tags"));
                });
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<UUID, Set<String>> e : added.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                throw new InvalidInputException(
                        firstRow.get(e.getKey()) + ".note_id",
                        "note " + e.getKey() + " is not among the notes of this backup before it");
            }
            Set<String> tags = new LinkedHashSet<>(TagColumn.read(current.get(e.getKey())));
            tags.addAll(e.getValue());
            updates.add(new Object[] {TagColumn.write(List.copyOf(tags)), e.getKey()});
        }
        template.batchUpdate("update notes set tags = ? where id = ?", updates);
    }

    /** Moves the first customer of notes restored from a backup made before V2_17 onto the note row. */
    @EventListener
    void foldFirstCustomers(WorkspaceRestored restored) {
        String legacy = "select c.note_id from note_customers c where c.position = 0 and c.note_id in " + NOTES;
        jdbc.sql("""
                update notes set (customer_name, customer_company, customer_segment, customer_plan, customer_revenue) =
                    (select c.name, c.company, c.segment, c.plan, c.revenue from note_customers c where c.note_id = notes.id and c.position = 0)
                where id in (%s)""".formatted(legacy)).param("ws", restored.workspaceId()).update();
        jdbc.sql("delete from note_customers where position = 0 and note_id in " + NOTES)
                .param("ws", restored.workspaceId())
                .update();
    }

    @TransactionalEventListener
    void on(WorkspaceRestored restored) {
        List<UUID> products = jdbc.sql("select id from products where workspace_id = ?")
                .param(restored.workspaceId())
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
        for (UUID product : products) {
            List<UUID> notes = jdbc.sql("select id from notes where product_id = ?")
                    .param(product)
                    .query((rs, n) -> Rows.uuid(rs, "id"))
                    .list();
            if (!notes.isEmpty()) {
                index.reindex(product, notes, List.of());
            }
        }
    }
}
