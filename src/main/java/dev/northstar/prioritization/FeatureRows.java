package dev.northstar.prioritization;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The features table with its goal and evidence links (V4_01__features.sql). */
@Repository
class FeatureRows {

    /** A feature row before its links are attached. */
    record Row(
            UUID id,
            UUID productId,
            String title,
            String problem,
            String description,
            FeatureStatus status,
            String owner,
            Double effort,
            UUID parentId,
            String parentTitle,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    /** One evidence link as stored. */
    record Link(UUID featureId, EvidenceKind kind, UUID refId, Instant at) {}

    private static final String SELECT =
            "select f.*, p.title as parent_title from features f left join features p on p.id = f.parent_id";

    private final JdbcClient jdbc;

    FeatureRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, FeatureInput in, UUID by, Instant at) {
        jdbc.sql("""
                insert into features (id, product_id, parent_id, title, problem, description, status, owner, effort,
                                      created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.parentId(),
                        in.title(),
                        in.problem(),
                        in.description(),
                        in.status().name(),
                        in.owner(),
                        effort(in),
                        by,
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
        replaceLinks(id, in, at);
    }

    boolean update(UUID productId, UUID id, int version, FeatureInput in, Instant at) {
        boolean updated = jdbc.sql("""
                update features set parent_id = ?, title = ?, problem = ?, description = ?, status = ?, owner = ?,
                       effort = ?, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.parentId(),
                                in.title(),
                                in.problem(),
                                in.description(),
                                in.status().name(),
                                in.owner(),
                                effort(in),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
        if (updated) {
            replaceLinks(id, in, at);
        }
        return updated;
    }

    void setStatus(UUID productId, UUID id, FeatureStatus status, Instant at) {
        jdbc.sql(
                        "update features set status = ?, updated_at = ?, version = version + 1 where id = ? and product_id = ?")
                .params(status.name(), Rows.ts(at), id, productId)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from features where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    boolean exists(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from features where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Row> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where f.product_id = ? and f.id = ?")
                .params(productId, id)
                .query(FeatureRows::map)
                .optional();
    }

    /** The chain of parents above a feature, nearest first (to refuse a parent that would make a loop). */
    List<UUID> ancestors(UUID id) {
        List<UUID> chain = new ArrayList<>();
        UUID current = id;
        while (current != null && chain.size() < 1000) {
            UUID parent = jdbc.sql("select parent_id from features where id = ?")
                    .param(current)
                    .query((rs, n) -> Rows.uuid(rs, "parent_id"))
                    .optional()
                    .orElse(null);
            if (parent != null) {
                chain.add(parent);
            }
            current = parent;
        }
        return chain;
    }

    List<Row> list(UUID productId, FeatureFilter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where f.product_id = :product");
        where(filter, sql, params);
        sql.append(" order by lower(f.title), f.id limit :limit offset :offset");
        params.put("product", productId);
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(FeatureRows::map).list();
    }

    long count(UUID productId, FeatureFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select count(*) from features f where f.product_id = :product");
        where(filter, sql, params);
        params.put("product", productId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Features per status, for the overview. */
    Map<FeatureStatus, Long> countByStatus(UUID productId) {
        Map<FeatureStatus, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from features where product_id = ? group by status")
                .param(productId)
                .query((rs, n) -> counts.put(FeatureStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    Map<UUID, List<UUID>> goals(List<UUID> featureIds) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        if (featureIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select feature_id, goal_id from feature_goals where feature_id in (:ids) order by goal_id")
                .param("ids", featureIds)
                .query((rs, n) -> out.computeIfAbsent(Rows.uuid(rs, "feature_id"), k -> new ArrayList<>())
                        .add(Rows.uuid(rs, "goal_id")))
                .list();
        return out;
    }

    Map<UUID, List<Link>> evidence(List<UUID> featureIds) {
        Map<UUID, List<Link>> out = new HashMap<>();
        if (featureIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select feature_id, highlight_id, need_id, opportunity_id, created_at from feature_evidence
                where feature_id in (:ids) order by position""")
                .param("ids", featureIds)
                .query((rs, n) -> {
                    UUID feature = Rows.uuid(rs, "feature_id");
                    Instant at = Rows.instant(rs, "created_at");
                    UUID highlight = Rows.uuid(rs, "highlight_id");
                    UUID need = Rows.uuid(rs, "need_id");
                    Link link = highlight != null
                            ? new Link(feature, EvidenceKind.HIGHLIGHT, highlight, at)
                            : need != null
                                    ? new Link(feature, EvidenceKind.NEED, need, at)
                                    : new Link(feature, EvidenceKind.OPPORTUNITY, Rows.uuid(rs, "opportunity_id"), at);
                    return out.computeIfAbsent(feature, k -> new ArrayList<>()).add(link);
                })
                .list();
        return out;
    }

    private void replaceLinks(UUID featureId, FeatureInput in, Instant at) {
        jdbc.sql("delete from feature_goals where feature_id = ?")
                .param(featureId)
                .update();
        for (UUID goal : in.goalIds()) {
            jdbc.sql("insert into feature_goals (feature_id, goal_id) values (?, ?)")
                    .params(featureId, goal)
                    .update();
        }
        Map<EvidenceRef, Instant> linkedAt = new HashMap<>();
        jdbc.sql("select highlight_id, need_id, opportunity_id, created_at from feature_evidence where feature_id = ?")
                .param(featureId)
                .query((rs, n) -> {
                    UUID h = Rows.uuid(rs, "highlight_id");
                    UUID d = Rows.uuid(rs, "need_id");
                    EvidenceRef ref = h != null
                            ? new EvidenceRef(EvidenceKind.HIGHLIGHT, h)
                            : d != null
                                    ? new EvidenceRef(EvidenceKind.NEED, d)
                                    : new EvidenceRef(EvidenceKind.OPPORTUNITY, Rows.uuid(rs, "opportunity_id"));
                    return linkedAt.put(ref, Rows.instant(rs, "created_at"));
                })
                .list();
        jdbc.sql("delete from feature_evidence where feature_id = ?")
                .param(featureId)
                .update();
        int position = 0;
        for (EvidenceRef ref : in.evidence()) {
            jdbc.sql("""
                    insert into feature_evidence (id, feature_id, highlight_id, need_id, opportunity_id, position, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            featureId,
                            ref.kind() == EvidenceKind.HIGHLIGHT ? ref.refId() : null,
                            ref.kind() == EvidenceKind.NEED ? ref.refId() : null,
                            ref.kind() == EvidenceKind.OPPORTUNITY ? ref.refId() : null,
                            position++,
                            Rows.ts(linkedAt.getOrDefault(ref, at)))
                    .update();
        }
    }

    private static void where(FeatureFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.status() != null) {
            sql.append(" and f.status = :status");
            params.put("status", filter.status().name());
        } else if (!filter.includeArchived()) {
            sql.append(" and f.status <> 'ARCHIVED'");
        }
        if (filter.parentId() != null) {
            sql.append(" and f.parent_id = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.q() != null) {
            sql.append(" and lower(f.title) like :q");
            params.put("q", "%" + filter.q().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
    }

    private static BigDecimal effort(FeatureInput in) {
        return in.effort() == null ? null : BigDecimal.valueOf(in.effort());
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        BigDecimal effort = rs.getBigDecimal("effort");
        return new Row(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("title"),
                rs.getString("problem"),
                rs.getString("description"),
                FeatureStatus.valueOf(rs.getString("status")),
                rs.getString("owner"),
                effort == null ? null : effort.doubleValue(),
                Rows.uuid(rs, "parent_id"),
                rs.getString("parent_title"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
