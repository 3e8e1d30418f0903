package dev.northstar.specs;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stories and story_criteria tables (V6_01__specs.sql). */
@Repository
class StoryRows {

    record Row(
            UUID id,
            UUID productId,
            UUID featureId,
            String featureTitle,
            StoryKind kind,
            String first,
            String second,
            String third,
            StoryStatus status,
            Double estimate,
            int position,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    private static final String SELECT =
            "select s.*, f.title as feature_title from stories s join features f on f.id = s.feature_id";

    private final JdbcClient jdbc;

    StoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, StoryInput in, Instant at) {
        int position = nextPosition(in.featureId());
        jdbc.sql("""
                insert into stories (id, product_id, feature_id, kind, part1, part2, part3, status, estimate, position,
                                     created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.featureId(),
                        in.kind().name(),
                        in.first(),
                        in.second(),
                        in.third(),
                        in.status().name(),
                        estimate(in),
                        position,
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
        replaceCriteria(id, in.criteria());
    }

    boolean update(UUID productId, UUID id, int version, StoryInput in, boolean moved, Instant at) {
        int position = moved ? nextPosition(in.featureId()) : -1;
        boolean updated = jdbc.sql("""
                update stories set feature_id = ?, kind = ?, part1 = ?, part2 = ?, part3 = ?, status = ?, estimate = ?,
                       position = case when ? >= 0 then ? else position end, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.featureId(),
                                in.kind().name(),
                                in.first(),
                                in.second(),
                                in.third(),
                                in.status().name(),
                                estimate(in),
                                position,
                                position,
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
        if (updated) {
            replaceCriteria(id, in.criteria());
        }
        return updated;
    }

    void setPosition(UUID id, int position) {
        jdbc.sql("update stories set position = ? where id = ?")
                .params(position, id)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from stories where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<Row> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where s.product_id = ? and s.id = ?")
                .params(productId, id)
                .query(StoryRows::map)
                .optional();
    }

    /** Ordered by feature title, then the PM's order within the feature. */
    List<Row> list(UUID productId, StoryFilter filter, Paging paging) {
        Where w = where(productId, filter);
        List<Object> params = new ArrayList<>(w.params);
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(SELECT + w.sql + " order by f.title, s.feature_id, s.position, s.created_at limit ? offset ?")
                .params(params)
                .query(StoryRows::map)
                .list();
    }

    long count(UUID productId, StoryFilter filter) {
        Where w = where(productId, filter);
        return jdbc.sql("select count(*) from stories s" + w.sql)
                .params(w.params)
                .query(Long.class)
                .single();
    }

    Map<StoryStatus, Long> countByStatus(UUID productId) {
        Map<StoryStatus, Long> out = new EnumMap<>(StoryStatus.class);
        jdbc.sql("select status, count(*) as n from stories where product_id = ? group by status")
                .param(productId)
                .query((rs, i) -> out.put(StoryStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return out;
    }

    List<UUID> idsOfFeature(UUID featureId) {
        return jdbc.sql("select id from stories where feature_id = ? order by position, created_at")
                .param(featureId)
                .query((rs, i) -> Rows.uuid(rs, "id"))
                .list();
    }

    Map<UUID, List<Criterion>> criteria(List<UUID> storyIds) {
        Map<UUID, List<Criterion>> out = new HashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from story_criteria where story_id in (:ids) order by story_id, position")
                .param("ids", storyIds)
                .query((rs, i) -> out.computeIfAbsent(Rows.uuid(rs, "story_id"), k -> new ArrayList<>())
                        .add(new Criterion(
                                rs.getString("given_text"), rs.getString("when_text"), rs.getString("then_text"))))
                .list();
        return out;
    }

    private void replaceCriteria(UUID storyId, List<Criterion> criteria) {
        jdbc.sql("delete from story_criteria where story_id = ?").param(storyId).update();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            jdbc.sql(
                            "insert into story_criteria (story_id, position, given_text, when_text, then_text) values (?, ?, ?, ?, ?)")
                    .params(storyId, i, c.given(), c.when(), c.then())
                    .update();
        }
    }

    private int nextPosition(UUID featureId) {
        Integer max = jdbc.sql("select max(position) from stories where feature_id = ?")
                .param(featureId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return max == null ? 0 : max + 1;
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(UUID productId, StoryFilter filter) {
        StringBuilder sql = new StringBuilder(" where s.product_id = ?");
        List<Object> params = new ArrayList<>(List.of(productId));
        if (filter.featureId() != null) {
            sql.append(" and s.feature_id = ?");
            params.add(filter.featureId());
        }
        if (filter.status() != null) {
            sql.append(" and s.status = ?");
            params.add(filter.status().name());
        }
        return new Where(sql.toString(), params);
    }

    private static BigDecimal estimate(StoryInput in) {
        return in.estimate() == null ? null : BigDecimal.valueOf(in.estimate());
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        BigDecimal estimate = rs.getBigDecimal("estimate");
        return new Row(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                Rows.uuid(rs, "feature_id"),
                rs.getString("feature_title"),
                StoryKind.valueOf(rs.getString("kind")),
                rs.getString("part1"),
                rs.getString("part2"),
                rs.getString("part3"),
                StoryStatus.valueOf(rs.getString("status")),
                estimate == null ? null : estimate.doubleValue(),
                rs.getInt("position"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
