package dev.northstar.strategy;

import dev.northstar.common.BackupTable;
import dev.northstar.common.BackupTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every strategy table of a workspace (V3_01__strategy.sql). */
@Component
class StrategyBackupTables implements BackupTables {

    private static final String PRODUCTS = "(select id from products where workspace_id = :ws)";

    @Override
    public List<BackupTable> backupTables() {
        return List.of(
                new BackupTable("strategies", "select * from strategies where product_id in " + PRODUCTS, 300),
                new BackupTable("goals", "select * from goals where product_id in " + PRODUCTS, 310),
                new BackupTable("key_results", """
                        select k.* from key_results k join goals g on g.id = k.goal_id
                        join products p on p.id = g.product_id where p.workspace_id = :ws""", 320),
                new BackupTable("competitors", "select * from competitors where product_id in " + PRODUCTS, 330),
                new BackupTable(
                        "competitor_criteria",
                        "select * from competitor_criteria where product_id in " + PRODUCTS,
                        340),
                new BackupTable("competitor_ratings", """
                        select r.* from competitor_ratings r join competitors c on c.id = r.competitor_id
                        join products p on p.id = c.product_id where p.workspace_id = :ws""", 350),
                new BackupTable(
                        "positioning_statements",
                        "select * from positioning_statements where product_id in " + PRODUCTS,
                        360),
                new BackupTable("lean_canvases", "select * from lean_canvases where product_id in " + PRODUCTS, 370));
    }
}
