package dev.northstar.strategy;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals and key_results tables (goals_product and key_results_goal indexes). */
@Repository
class GoalRows {

    private final JdbcClient jdbc;

    GoalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, GoalInput in, Instant at) {
        jdbc.sql("""
                insert into goals (id, product_id, title, description, period, starts_on, ends_on, owner, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.title(),
                        in.description(),
                        in.period(),
                        in.startsOn(),
                        in.endsOn(),
                        in.owner(),
                        in.status().name(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID productId, UUID id, int version, GoalInput in, Instant at) {
        return jdbc.sql("""
                update goals set title = ?, description = ?, period = ?, starts_on = ?, ends_on = ?, owner = ?, status = ?,
                updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.title(),
                                in.description(),
                                in.period(),
                                in.startsOn(),
                                in.endsOn(),
                                in.owner(),
                                in.status().name(),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
    }

    /** Marks the goal changed (its key results changed) so a stale whole-goal save cannot undo that. */
    void touch(UUID goalId, Instant at) {
        jdbc.sql("update goals set updated_at = ?, version = version + 1 where id = ?")
                .params(Rows.ts(at), goalId)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from goals where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    boolean exists(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from goals where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long count(UUID productId) {
        return jdbc.sql("select count(*) from goals where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    void insertKeyResult(UUID goalId, UUID id, int position, KeyResultInput in, Instant at) {
        jdbc.sql("""
                insert into key_results (id, goal_id, position, title, unit, baseline, target, current_value, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        goalId,
                        position,
                        in.title(),
                        in.unit(),
                        in.baseline(),
                        in.target(),
                        in.current(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    /** Changes a key result (and its position, unless null); with a version, only if it still matches. */
    boolean updateKeyResult(UUID goalId, UUID id, Integer version, Integer position, KeyResultInput in, Instant at) {
        List<Object> params = new ArrayList<>();
        java.util.Collections.addAll(
                params, in.title(), in.unit(), in.baseline(), in.target(), in.current(), Rows.ts(at), id, goalId);
        String sql = "update key_results set title = ?, unit = ?, baseline = ?, target = ?, current_value = ?,"
                + (position == null ? "" : " position = " + position.intValue() + ",")
                + " updated_at = ?, version = version + 1 where id = ? and goal_id = ?"
                + (version == null ? "" : " and version = " + version.intValue());
        return jdbc.sql(sql).params(params).update() == 1;
    }

    void deleteKeyResult(UUID goalId, UUID id) {
        jdbc.sql("delete from key_results where id = ? and goal_id = ?")
                .params(id, goalId)
                .update();
    }

    int nextPosition(UUID goalId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from key_results where goal_id = ?")
                .param(goalId)
                .query(Integer.class)
                .single();
    }

    Optional<GoalView> find(UUID productId, UUID id) {
        List<GoalView> found = jdbc.sql("select * from goals where product_id = ? and id = ?")
                .params(productId, id)
                .query(GoalRows::goal)
                .list();
        return withKeyResults(found).stream().findFirst();
    }

    /** A page of goals: by period, then oldest first (goals_product index). */
    List<GoalView> list(UUID productId, Paging paging) {
        List<GoalView> goals = jdbc.sql("""
                        select * from goals where product_id = ?
                        order by case when period is null then 1 else 0 end, period, created_at, id
                        limit ? offset ?""")
                .params(productId, paging.size(), paging.offset())
                .query(GoalRows::goal)
                .list();
        return withKeyResults(goals);
    }

    private List<GoalView> withKeyResults(List<GoalView> goals) {
        if (goals.isEmpty()) {
            return goals;
        }
        Map<UUID, List<KeyResultView>> krs = new HashMap<>();
        jdbc.sql("select * from key_results where goal_id in (:ids) order by goal_id, position, created_at")
                .param("ids", goals.stream().map(GoalView::id).toList())
                .query((ResultSet rs, int n) -> {
                    KeyResultView kr = keyResult(rs);
                    return krs.computeIfAbsent(kr.goalId(), k -> new ArrayList<>())
                            .add(kr);
                })
                .list();
        return goals.stream()
                .map(g -> {
                    List<KeyResultView> mine = List.copyOf(krs.getOrDefault(g.id(), List.of()));
                    return new GoalView(
                            g.id(),
                            g.productId(),
                            g.title(),
                            g.description(),
                            g.period(),
                            g.startsOn(),
                            g.endsOn(),
                            g.owner(),
                            g.status(),
                            mine,
                            KeyResultProgress.mean(mine),
                            g.version(),
                            g.createdAt(),
                            g.updatedAt());
                })
                .toList();
    }

    private static GoalView goal(ResultSet rs, int n) throws SQLException {
        return new GoalView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("period"),
                Rows.date(rs, "starts_on"),
                Rows.date(rs, "ends_on"),
                rs.getString("owner"),
                GoalStatus.valueOf(rs.getString("status")),
                List.of(),
                null,
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    private static KeyResultView keyResult(ResultSet rs) throws SQLException {
        double baseline = rs.getDouble("baseline");
        double target = rs.getDouble("target");
        double current = rs.getDouble("current_value");
        return new KeyResultView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "goal_id"),
                rs.getString("title"),
                rs.getString("unit"),
                baseline,
                target,
                current,
                KeyResultProgress.of(baseline, target, current),
                target > baseline ? "increase" : "decrease",
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
