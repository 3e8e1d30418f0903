package dev.northstar.career;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_positions table: one row per user who set a current or target level. */
@Repository
class PositionRows {

    record Row(String current, String target, Instant updatedAt) {}

    private final JdbcClient jdbc;

    PositionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID userId) {
        return jdbc.sql("select current_level, target_level, updated_at from career_positions where user_id = ?")
                .param(userId)
                .query((rs, n) -> new Row(
                        rs.getString("current_level"), rs.getString("target_level"), Rows.instant(rs, "updated_at")))
                .optional();
    }

    void save(UUID userId, String current, String target, Instant at) {
        int updated = jdbc.sql(
                        "update career_positions set current_level = ?, target_level = ?, updated_at = ? where user_id = ?")
                .params(current, target, Rows.ts(at), userId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into career_positions (user_id, current_level, target_level, updated_at) values (?, ?, ?, ?)")
                    .params(userId, current, target, Rows.ts(at))
                    .update();
        }
    }
}
