package dev.northstar.strategy;

import dev.northstar.common.ConflictException;
import dev.northstar.common.Rows;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The positioning statement and the Lean Canvas of a product, one of each. Viewers read; editors
 * save, sending the version they read (0 before the first save) or getting a conflict.
 */
@Service
@Transactional
public class Positioning {

    private final Access access;
    private final JdbcClient jdbc;

    Positioning(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PositioningView statement(UUID productId) {
        access.product(productId, Role.VIEWER);
        return findStatement(productId);
    }

    public PositioningView saveStatement(UUID productId, int version, PositioningInput in) {
        access.product(productId, Role.EDITOR);
        Instant now = Instant.now();
        int changed;
        try {
            changed = version == 0 && !exists("positioning_statements", productId)
                    ? jdbc.sql("""
                                insert into positioning_statements (product_id, target_customer, need, product_name, category,
                                key_benefit, alternative, differentiation, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                            .params(
                                    productId,
                                    in.targetCustomer(),
                                    in.need(),
                                    in.productName(),
                                    in.category(),
                                    in.keyBenefit(),
                                    in.alternative(),
                                    in.differentiation(),
                                    Rows.ts(now))
                            .update()
                    : jdbc.sql("""
                                update positioning_statements set target_customer = ?, need = ?, product_name = ?, category = ?,
                                key_benefit = ?, alternative = ?, differentiation = ?, updated_at = ?, version = version + 1
                                where product_id = ? and version = ?""")
                            .params(
                                    in.targetCustomer(),
                                    in.need(),
                                    in.productName(),
                                    in.category(),
                                    in.keyBenefit(),
                                    in.alternative(),
                                    in.differentiation(),
                                    Rows.ts(now),
                                    productId,
                                    version)
                            .update();
        } catch (DuplicateKeyException e) {
            changed = 0; // two first saves at once: the other one won
        }
        if (changed != 1) {
            throw new ConflictException(
                    "someone else changed the positioning statement since you opened it; reload and apply your edit again");
        }
        return findStatement(productId);
    }

    @Transactional(readOnly = true)
    public LeanCanvasView canvas(UUID productId) {
        access.product(productId, Role.VIEWER);
        return findCanvas(productId);
    }

    public LeanCanvasView saveCanvas(UUID productId, int version, LeanCanvasInput in) {
        access.product(productId, Role.EDITOR);
        Instant now = Instant.now();
        Object[] boxes = {
            in.problem(),
            in.existingAlternatives(),
            in.customerSegments(),
            in.earlyAdopters(),
            in.uniqueValueProposition(),
            in.solution(),
            in.channels(),
            in.revenueStreams(),
            in.costStructure(),
            in.keyMetrics(),
            in.unfairAdvantage(),
            Rows.ts(now)
        };
        int changed;
        try {
            if (version == 0 && !exists("lean_canvases", productId)) {
                Object[] params = new Object[boxes.length + 1];
                params[0] = productId;
                System.arraycopy(boxes, 0, params, 1, boxes.length);
                changed = jdbc.sql("""
                            insert into lean_canvases (product_id, problem, existing_alternatives, customer_segments, early_adopters,
                            unique_value_proposition, solution, channels, revenue_streams, cost_structure, key_metrics,
                            unfair_advantage, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(params).update();
            } else {
                Object[] params = new Object[boxes.length + 2];
                System.arraycopy(boxes, 0, params, 0, boxes.length);
                params[boxes.length] = productId;
                params[boxes.length + 1] = version;
                changed = jdbc.sql("""
                            update lean_canvases set problem = ?, existing_alternatives = ?, customer_segments = ?, early_adopters = ?,
                            unique_value_proposition = ?, solution = ?, channels = ?, revenue_streams = ?, cost_structure = ?,
                            key_metrics = ?, unfair_advantage = ?, updated_at = ?, version = version + 1
                            where product_id = ? and version = ?""").params(params).update();
            }
        } catch (DuplicateKeyException e) {
            changed = 0; // two first saves at once: the other one won
        }
        if (changed != 1) {
            throw new ConflictException(
                    "someone else changed the Lean Canvas since you opened it; reload and apply your edit again");
        }
        return findCanvas(productId);
    }

    private boolean exists(String table, UUID productId) {
        return jdbc.sql("select count(*) from " + table + " where product_id = ?")
                        .param(productId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private PositioningView findStatement(UUID productId) {
        return jdbc.sql("select * from positioning_statements where product_id = ?")
                .param(productId)
                .query((ResultSet rs, int n) -> PositioningView.of(
                        productId,
                        new PositioningInput(
                                rs.getString("target_customer"),
                                rs.getString("need"),
                                rs.getString("product_name"),
                                rs.getString("category"),
                                rs.getString("key_benefit"),
                                rs.getString("alternative"),
                                rs.getString("differentiation")),
                        rs.getInt("version"),
                        Rows.instant(rs, "updated_at")))
                .optional()
                .orElse(PositioningView.of(
                        productId, new PositioningInput(null, null, null, null, null, null, null), 0, null));
    }

    private LeanCanvasView findCanvas(UUID productId) {
        return jdbc.sql("select * from lean_canvases where product_id = ?")
                .param(productId)
                .query((ResultSet rs, int n) -> LeanCanvasView.of(
                        productId,
                        new LeanCanvasInput(
                                rs.getString("problem"),
                                rs.getString("existing_alternatives"),
                                rs.getString("customer_segments"),
                                rs.getString("early_adopters"),
                                rs.getString("unique_value_proposition"),
                                rs.getString("solution"),
                                rs.getString("channels"),
                                rs.getString("revenue_streams"),
                                rs.getString("cost_structure"),
                                rs.getString("key_metrics"),
                                rs.getString("unfair_advantage")),
                        rs.getInt("version"),
                        Rows.instant(rs, "updated_at")))
                .optional()
                .orElse(LeanCanvasView.of(
                        productId,
                        new LeanCanvasInput(null, null, null, null, null, null, null, null, null, null, null),
                        0,
                        null));
    }
}
