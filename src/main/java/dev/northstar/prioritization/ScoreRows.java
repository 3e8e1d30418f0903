package dev.northstar.prioritization;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import dev.northstar.workspace.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** feature_scores and feature_score_history. */
@Repository
class ScoreRows {

    record Stored(
            UUID featureId,
            String framework,
            double score,
            Map<String, Object> inputs,
            Map<String, Object> breakdown,
            String updatedBy,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    ScoreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(
            UUID productId,
            UUID featureId,
            String framework,
            double score,
            Map<String, Object> inputs,
            Map<String, Object> breakdown,
            Actor actor,
            Instant at) {
        int updated = jdbc.sql("""
                update feature_scores set score = ?, inputs = ?, breakdown = ?, updated_by = ?, updated_by_name = ?,
                    updated_at = ? where feature_id = ? and framework = ?""")
                .params(
                        score,
                        Json.write(inputs),
                        Json.write(breakdown),
                        actor.userId(),
                        actor.name(),
                        Rows.ts(at),
                        featureId,
                        framework)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into feature_scores (feature_id, product_id, framework, score, inputs, breakdown, updated_by,
                        updated_by_name, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            featureId,
                            productId,
                            framework,
                            score,
                            Json.write(inputs),
                            Json.write(breakdown),
                            actor.userId(),
                            actor.name(),
                            Rows.ts(at))
                    .update();
        }
    }

    void history(
            UUID productId,
            UUID featureId,
            String framework,
            Map<String, Object> inputs,
            Double score,
            String note,
            Actor actor,
            Instant at) {
        jdbc.sql("""
                insert into feature_score_history (id, feature_id, product_id, framework, inputs, score, note, changed_by,
                    changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        featureId,
                        productId,
                        framework,
                        inputs == null ? null : Json.write(inputs),
                        score,
                        note,
                        actor.userId(),
                        actor.name(),
                        Rows.ts(at))
                .update();
    }

    boolean delete(UUID featureId, String framework) {
        return jdbc.sql("delete from feature_scores where feature_id = ? and framework = ?")
                        .params(featureId, framework)
                        .update()
                > 0;
    }

    List<Stored> forFeature(UUID featureId) {
        return jdbc.sql("select * from feature_scores where feature_id = ? order by framework")
                .param(featureId)
                .query(ScoreRows::map)
                .list();
    }

    Optional<Stored> find(UUID featureId, String framework) {
        return jdbc.sql("select * from feature_scores where feature_id = ? and framework = ?")
                .params(featureId, framework)
                .query(ScoreRows::map)
                .optional();
    }

    List<Stored> forFramework(UUID productId, String framework) {
        return jdbc.sql("select * from feature_scores where product_id = ? and framework = ?")
                .params(productId, framework)
                .query(ScoreRows::map)
                .list();
    }

    List<Stored> forFeatures(Collection<UUID> featureIds) {
        if (featureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from feature_scores where feature_id in (:ids) order by framework")
                .param("ids", featureIds)
                .query(ScoreRows::map)
                .list();
    }

    void deleteFramework(UUID productId, String framework) {
        jdbc.sql("delete from feature_scores where product_id = ? and framework = ?")
                .params(productId, framework)
                .update();
    }

    List<ScoreChange> changes(UUID featureId, Paging paging) {
        return jdbc.sql("""
                select * from feature_score_history where feature_id = ? order by changed_at desc, id
                limit ? offset ?""")
                .params(featureId, paging.size(), paging.offset())
                .query((rs, n) -> new ScoreChange(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "feature_id"),
                        rs.getString("framework"),
                        Json.read(rs.getString("inputs")),
                        rs.getObject("score") == null ? null : rs.getDouble("score"),
                        rs.getString("note"),
                        Rows.uuid(rs, "changed_by"),
                        rs.getString("changed_by_name"),
                        Rows.instant(rs, "changed_at")))
                .list();
    }

    long countChanges(UUID featureId) {
        return jdbc.sql("select count(*) from feature_score_history where feature_id = ?")
                .param(featureId)
                .query(Long.class)
                .single();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        return new Stored(
                Rows.uuid(rs, "feature_id"),
                rs.getString("framework"),
                rs.getDouble("score"),
                Json.read(rs.getString("inputs")),
                Json.read(rs.getString("breakdown")),
                rs.getString("updated_by_name"),
                Rows.instant(rs, "updated_at"));
    }
}
