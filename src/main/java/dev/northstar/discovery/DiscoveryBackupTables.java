package dev.northstar.discovery;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import dev.northstar.common.Rows;
import dev.northstar.common.WorkspaceRestored;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every discovery table of a workspace (V2_01__discovery.sql), themes and embeddings included so a
 * restore is exact and needs no recomputation. After a restore the new notes go into the search index.
 */
@Component
class DiscoveryBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";
    private static final String NOTES =
            "(select n.id from notes n join products p on p.id = n.product_id where p.workspace_id = :ws)";

    private final JdbcClient jdbc;
    private final NoteIndex index;

    DiscoveryBackupTables(JdbcClient jdbc, NoteIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable("personas", "select * from personas where product_id in " + PRODUCTS, 100),
                new BackupTable("needs", "select * from needs where product_id in " + PRODUCTS, 110),
                new BackupTable("notes", "select * from notes where product_id in " + PRODUCTS, 120),
                new BackupTable("note_customers", "select * from note_customers where note_id in " + NOTES, 130),
                new BackupTable("note_tags", "select * from note_tags where note_id in " + NOTES, 131),
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
