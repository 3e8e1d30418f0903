package dev.northstar.prioritization;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The prioritisation tables of a workspace; parents are restored before their children by order. */
@Component
class PrioritizationBackupTables implements BackupTables {

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
                        "feature_evidence", "select * from feature_evidence where feature_id in " + FEATURES, 420));
    }
}
