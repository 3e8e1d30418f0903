package dev.northstar.specs;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The specs tables of a workspace (V6_01__specs.sql); after the features they point at. */
@Component
class SpecsBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable("stories", "select * from stories where product_id in " + PRODUCTS, 600),
                new BackupTable(
                        "story_criteria",
                        "select * from story_criteria where story_id in (select s.id from stories s join products p"
                                + " on p.id = s.product_id where p.workspace_id = :ws)",
                        610),
                new BackupTable("prd_entries", "select * from prd_entries where product_id in " + PRODUCTS, 620));
    }
}
