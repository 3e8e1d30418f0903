package dev.northstar.prioritization;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The prioritisation tables of a workspace; parents are restored before their children by order. */
@Component
class PrioritizationBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";
    private static final String FEATURES =
            "(select f.id from features f join products p on p.id = f.product_id where p.workspace_id = :ws)";

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable(
                        "features",
                        "select * from features where product_id in (select id from products where workspace_id = :ws)",
                        400),
                new BackupTable("feature_goals", "select * from feature_goals where feature_id in " + FEATURES, 410),
                new BackupTable(
                        "feature_evidence", "select * from feature_evidence where feature_id in " + FEATURES, 420),
                new BackupTable("scorecards", "select * from scorecards where product_id in " + PRODUCTS, 430),
                new BackupTable("scorecard_drivers", """
                        select d.* from scorecard_drivers d join scorecards s on s.id = d.scorecard_id
                        join products p on p.id = s.product_id where p.workspace_id = :ws""", 431),
                new BackupTable("feature_scores", "select * from feature_scores where product_id in " + PRODUCTS, 440),
                new BackupTable(
                        "feature_score_history",
                        "select * from feature_score_history where product_id in " + PRODUCTS,
                        441),
                new BackupTable(
                        "feature_manual_ranks",
                        "select * from feature_manual_ranks where product_id in " + PRODUCTS,
                        450),
                new BackupTable(
                        "feature_rank_moves", "select * from feature_rank_moves where product_id in " + PRODUCTS, 451),
                new BackupTable(
                        "evidence_settings", "select * from evidence_settings where product_id in " + PRODUCTS, 460));
    }
}
