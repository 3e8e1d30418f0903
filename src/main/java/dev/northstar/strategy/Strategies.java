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

/** The vision and strategy narrative of a product: viewers read, editors write. */
@Service
@Transactional
public class Strategies {

    private final Access access;
    private final JdbcClient jdbc;

    Strategies(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The product's vision and narrative; empty with version 0 until someone saves them. */
    @Transactional(readOnly = true)
    public StrategyView get(UUID productId) {
        access.product(productId, Role.VIEWER);
        return find(productId);
    }

    /** Replaces vision and narrative; {@code version} must be the one read (0 for the first save), else a conflict. */
    public StrategyView save(UUID productId, int version, StrategyInput input) {
        access.product(productId, Role.EDITOR);
        Instant now = Instant.now();
        boolean saved;
        try {
            if (version == 0) {
                saved = jdbc.sql("select count(*) from strategies where product_id = ?")
                                        .param(productId)
                                        .query(Long.class)
                                        .single()
                                == 0
                        && jdbc.sql(
                                                "insert into strategies (product_id, vision, narrative, updated_at, version) values (?, ?, ?, ?, 1)")
                                        .params(productId, input.vision(), input.narrative(), Rows.ts(now))
                                        .update()
                                == 1;
            } else {
                saved = jdbc.sql("""
                                update strategies set vision = ?, narrative = ?, updated_at = ?, version = version + 1
                                where product_id = ? and version = ?""")
                                .params(input.vision(), input.narrative(), Rows.ts(now), productId, version)
                                .update()
                        == 1;
            }
        } catch (DuplicateKeyException e) {
            // two first saves at once: the other one won
            saved = false;
        }
        if (!saved) {
            throw new ConflictException(
                    "someone else changed the vision and strategy since you opened them; reload and apply your edit again");
        }
        return find(productId);
    }

    private StrategyView find(UUID productId) {
        return jdbc.sql("select * from strategies where product_id = ?")
                .param(productId)
                .query((ResultSet rs, int n) -> new StrategyView(
                        productId,
                        rs.getString("vision"),
                        rs.getString("narrative"),
                        rs.getInt("version"),
                        Rows.instant(rs, "updated_at")))
                .optional()
                .orElse(new StrategyView(productId, null, null, 0, null));
    }
}
