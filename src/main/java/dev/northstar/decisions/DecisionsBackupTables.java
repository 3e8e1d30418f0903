package dev.northstar.decisions;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The decision tables of a workspace (V7_01__decisions.sql); after the features they point at. */
@Component
class DecisionsBackupTables implements BackupTables {

    private static final String DECISIONS =
            "(select d.id from decisions d join products p on p.id = d.product_id where p.workspace_id = :ws)";

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable(
                        "decisions",
                        "select * from decisions where product_id in (select id from products where workspace_id = :ws)",
                        700),
                new BackupTable(
                        "decision_options", "select * from decision_options where decision_id in " + DECISIONS, 710),
                new BackupTable(
                        "decision_people", "select * from decision_people where decision_id in " + DECISIONS, 720),
                new BackupTable(
                        "decision_features", "select * from decision_features where decision_id in " + DECISIONS, 730));
    }
}
