package dev.northstar.roadmap;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The roadmap tables of a workspace, after the features they point at. */
@Component
class RoadmapBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable(
                        "roadmap_settings", "select * from roadmap_settings where product_id in " + PRODUCTS, 500),
                new BackupTable("teams", "select * from teams where product_id in " + PRODUCTS, 510),
                new BackupTable(
                        "team_capacities",
                        "select * from team_capacities where team_id in (select id from teams where product_id in "
                                + PRODUCTS + ")",
                        520),
                new BackupTable("releases", "select * from releases where product_id in " + PRODUCTS, 530),
                new BackupTable("roadmap_items", "select * from roadmap_items where product_id in " + PRODUCTS, 540),
                new BackupTable(
                        "feature_dependencies",
                        "select * from feature_dependencies where product_id in " + PRODUCTS,
                        550),
                new BackupTable("roadmap_plans", "select * from roadmap_plans where product_id in " + PRODUCTS, 560),
                new BackupTable(
                        "roadmap_plan_entries",
                        "select * from roadmap_plan_entries where plan_id in (select id from roadmap_plans where"
                                + " product_id in " + PRODUCTS + ")",
                        570),
                new BackupTable("roadmap_shares", "select * from roadmap_shares where product_id in " + PRODUCTS, 580));
    }
}
