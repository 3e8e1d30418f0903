package dev.northstar.prioritization;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import dev.northstar.workspace.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rankings read from feature_scores (index feature_scores_rank) and the manual order (feature_manual_ranks). */
@Repository
class RankRows {

    record Line(UUID id, String title, FeatureStatus status, double score, String breakdown) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RankRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Archived features are left out of every ranking. */
    List<Line> ranked(UUID productId, String framework, Paging paging) {
        return jdbc.sql("""
                select s.feature_id, f.title, f.status, s.score, s.breakdown
                from feature_scores s join features f on f.id = s.feature_id
                where s.product_id = ? and s.framework = ? and f.status <> 'ARCHIVED'
                order by s.score desc, lower(f.title), s.feature_id limit ? offset ?""")
                .params(productId, framework, paging.size(), paging.offset())
                .query((rs, n) -> new Line(
                        Rows.uuid(rs, "feature_id"),
                        rs.getString("title"),
                        FeatureStatus.valueOf(rs.getString("status")),
                        rs.getDouble("score"),
                        rs.getString("breakdown")))
                .list();
    }

    long count(UUID productId, String framework) {
        return jdbc.sql("""
                select count(*) from feature_scores s join features f on f.id = s.feature_id
                where s.product_id = ? and s.framework = ? and f.status <> 'ARCHIVED'""").params(productId, framework).query(Long.class).single();
    }

    private static final String MANUAL = """
            select f.id, f.title, f.status, m.position
            from features f left join feature_manual_ranks m on m.feature_id = f.id and m.product_id = f.product_id
            where f.product_id = ? and f.status <> 'ARCHIVED'
            order by case when m.position is null then 1 else 0 end, m.position, lower(f.title), f.id""";

    List<Line> manual(UUID productId, Paging paging) {
        return jdbc.sql(MANUAL + " limit ? offset ?")
                .params(productId, paging.size(), paging.offset())
                .query((rs, n) -> new Line(
                        Rows.uuid(rs, "id"),
                        rs.getString("title"),
                        FeatureStatus.valueOf(rs.getString("status")),
                        0,
                        null))
                .list();
    }

    List<UUID> manualOrder(UUID productId) {
        return jdbc.sql(MANUAL)
                .param(productId)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    long countScored(UUID productId) {
        return jdbc.sql("select count(distinct feature_id) from feature_scores where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    long countFeatures(UUID productId) {
        return jdbc.sql("select count(*) from features where product_id = ? and status <> 'ARCHIVED'")
                .param(productId)
                .query(Long.class)
                .single();
    }

    void writeOrder(UUID productId, List<UUID> order) {
        jdbc.sql("delete from feature_manual_ranks where product_id = ?")
                .param(productId)
                .update();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            batch.add(new Object[] {productId, order.get(i), i + 1});
        }
        template.batchUpdate(
                "insert into feature_manual_ranks (product_id, feature_id, position) values (?, ?, ?)", batch);
    }

    void recordMove(
            UUID productId,
            UUID featureId,
            String title,
            Integer from,
            int to,
            String reason,
            Actor actor,
            Instant at) {
        jdbc.sql("""
                insert into feature_rank_moves (id, product_id, feature_id, feature_title, from_position, to_position,
                    reason, moved_by, moved_by_name, moved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        productId,
                        featureId,
                        title,
                        from,
                        to,
                        reason,
                        actor.userId(),
                        actor.name(),
                        Rows.ts(at))
                .update();
    }

    List<RankMove> moves(UUID productId, UUID featureId, Paging paging) {
        String where = featureId == null ? "" : " and feature_id = ?";
        List<Object> params = new ArrayList<>(List.of(productId));
        if (featureId != null) {
            params.add(featureId);
        }
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql("select * from feature_rank_moves where product_id = ?" + where
                        + " order by moved_at desc, id limit ? offset ?")
                .params(params)
                .query((rs, n) -> new RankMove(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "feature_id"),
                        rs.getString("feature_title"),
                        (Integer) rs.getObject("from_position", Integer.class),
                        rs.getInt("to_position"),
                        rs.getString("reason"),
                        rs.getString("moved_by_name"),
                        Rows.instant(rs, "moved_at")))
                .list();
    }

    long countMoves(UUID productId, UUID featureId) {
        return featureId == null
                ? jdbc.sql("select count(*) from feature_rank_moves where product_id = ?")
                        .param(productId)
                        .query(Long.class)
                        .single()
                : jdbc.sql("select count(*) from feature_rank_moves where product_id = ? and feature_id = ?")
                        .params(productId, featureId)
                        .query(Long.class)
                        .single();
    }
}
