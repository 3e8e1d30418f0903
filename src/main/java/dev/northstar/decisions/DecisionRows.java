package dev.northstar.decisions;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions table and its options, people and feature links (V7_01__decisions.sql). */
@Repository
class DecisionRows {

    record Row(
            UUID id,
            UUID productId,
            String title,
            String context,
            String decision,
            String rationale,
            DecisionStatus status,
            LocalDate decidedOn,
            UUID supersededBy,
            String supersededByTitle,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    /** A feature link as stored: the feature (null once deleted), its title then, the facts as JSON. */
    record Link(UUID featureId, String title, String snapshot, Instant at) {}

    private static final String SELECT =
            "select d.*, s.title as superseded_by_title from decisions d left join decisions s on s.id = d.superseded_by";

    private final JdbcClient jdbc;

    DecisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, DecisionInput in, UUID by, Instant at) {
        jdbc.sql("""
                insert into decisions (id, product_id, title, context, decision, rationale, status, decided_on,
                                       superseded_by, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.title(),
                        in.context(),
                        in.decision(),
                        in.rationale(),
                        in.status().name(),
                        in.decidedOn(),
                        in.supersededBy(),
                        by,
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
        replaceParts(id, in);
    }

    boolean update(UUID productId, UUID id, int version, DecisionInput in, Instant at) {
        boolean updated = jdbc.sql("""
                update decisions set title = ?, context = ?, decision = ?, rationale = ?, status = ?, decided_on = ?,
                       superseded_by = ?, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.title(),
                                in.context(),
                                in.decision(),
                                in.rationale(),
                                in.status().name(),
                                in.decidedOn(),
                                in.supersededBy(),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
        if (updated) {
            replaceParts(id, in);
        }
        return updated;
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from decisions where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    boolean exists(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from decisions where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Row> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where d.product_id = ? and d.id = ?")
                .params(productId, id)
                .query(DecisionRows::map)
                .optional();
    }

    /** Newest decisions first (decisions_product_date). */
    List<Row> list(UUID productId, DecisionStatus status, Paging paging) {
        return jdbc.sql(SELECT + " where d.product_id = ?" + (status == null ? "" : " and d.status = ?")
                        + " order by d.decided_on desc, d.created_at desc limit ? offset ?")
                .params(params(productId, status, paging.size(), paging.offset()))
                .query(DecisionRows::map)
                .list();
    }

    long count(UUID productId, DecisionStatus status) {
        return jdbc.sql("select count(*) from decisions where product_id = ?"
                        + (status == null ? "" : " and status = ?"))
                .params(params(productId, status))
                .query(Long.class)
                .single();
    }

    Map<UUID, List<DecisionOption>> options(List<UUID> ids) {
        Map<UUID, List<DecisionOption>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from decision_options where decision_id in (:ids) order by decision_id, position")
                    .param("ids", ids)
                    .query((rs, i) -> out.computeIfAbsent(Rows.uuid(rs, "decision_id"), k -> new ArrayList<>())
                            .add(new DecisionOption(
                                    rs.getString("title"), lines(rs.getString("pros")), lines(rs.getString("cons")))))
                    .list();
        }
        return out;
    }

    Map<UUID, List<DecisionPerson>> people(List<UUID> ids) {
        Map<UUID, List<DecisionPerson>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from decision_people where decision_id in (:ids) order by decision_id, position")
                    .param("ids", ids)
                    .query((rs, i) -> out.computeIfAbsent(Rows.uuid(rs, "decision_id"), k -> new ArrayList<>())
                            .add(new DecisionPerson(rs.getString("name"), rs.getString("role"))))
                    .list();
        }
        return out;
    }

    Map<UUID, List<Link>> links(List<UUID> ids) {
        Map<UUID, List<Link>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from decision_features where decision_id in (:ids) order by decision_id, position")
                    .param("ids", ids)
                    .query((rs, i) -> out.computeIfAbsent(Rows.uuid(rs, "decision_id"), k -> new ArrayList<>())
                            .add(new Link(
                                    Rows.uuid(rs, "feature_id"),
                                    rs.getString("feature_title"),
                                    rs.getString("snapshot"),
                                    Rows.instant(rs, "snapshot_at"))))
                    .list();
        }
        return out;
    }

    void replaceLinks(UUID decisionId, List<Link> links) {
        jdbc.sql("delete from decision_features where decision_id = ?")
                .param(decisionId)
                .update();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            jdbc.sql("""
                    insert into decision_features (decision_id, position, feature_id, feature_title, snapshot, snapshot_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(decisionId, i, l.featureId(), l.title(), l.snapshot(), Rows.ts(l.at()))
                    .update();
        }
    }

    private void replaceParts(UUID id, DecisionInput in) {
        jdbc.sql("delete from decision_options where decision_id = ?").param(id).update();
        for (int i = 0; i < in.options().size(); i++) {
            DecisionOption o = in.options().get(i);
            jdbc.sql("insert into decision_options (decision_id, position, title, pros, cons) values (?, ?, ?, ?, ?)")
                    .params(id, i, o.title(), join(o.pros()), join(o.cons()))
                    .update();
        }
        jdbc.sql("delete from decision_people where decision_id = ?").param(id).update();
        for (int i = 0; i < in.people().size(); i++) {
            DecisionPerson p = in.people().get(i);
            jdbc.sql("insert into decision_people (decision_id, position, name, role) values (?, ?, ?, ?)")
                    .params(id, i, p.name(), p.role())
                    .update();
        }
    }

    private static String join(List<String> points) {
        return points.isEmpty() ? null : String.join("\n", points);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static List<Object> params(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof DecisionStatus s) {
                out.add(s.name());
            } else if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        return new Row(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("title"),
                rs.getString("context"),
                rs.getString("decision"),
                rs.getString("rationale"),
                DecisionStatus.valueOf(rs.getString("status")),
                Rows.date(rs, "decided_on"),
                Rows.uuid(rs, "superseded_by"),
                rs.getString("superseded_by_title"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
