package dev.northstar.specs;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The prd_entries table: non-goals, metrics and questions of a feature's PRD (V6_01__specs.sql). */
@Repository
class PrdRows {

    static final String NON_GOAL = "NON_GOAL";
    static final String METRIC = "METRIC";
    static final String QUESTION = "QUESTION";

    record Entry(UUID id, String kind, String body, String answer, boolean resolved) {}

    private final JdbcClient jdbc;

    PrdRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> entries(UUID featureId) {
        return jdbc.sql("select * from prd_entries where feature_id = ? order by kind, position")
                .param(featureId)
                .query((rs, i) -> new Entry(
                        Rows.uuid(rs, "id"),
                        rs.getString("kind"),
                        rs.getString("body"),
                        rs.getString("answer"),
                        rs.getBoolean("resolved")))
                .list();
    }

    /** Replaces the whole PRD; questions that name an existing id keep it. */
    void replace(UUID productId, UUID featureId, PrdInput in, Instant at) {
        jdbc.sql("delete from prd_entries where feature_id = ?")
                .param(featureId)
                .update();
        insertAll(productId, featureId, NON_GOAL, in.nonGoals(), at);
        insertAll(productId, featureId, METRIC, in.metrics(), at);
        List<UUID> used = new ArrayList<>();
        for (int i = 0; i < in.questions().size(); i++) {
            PrdQuestion q = in.questions().get(i);
            UUID id = q.id() == null || used.contains(q.id()) ? UUID.randomUUID() : q.id();
            used.add(id);
            insert(id, productId, featureId, QUESTION, q.text(), q.answer(), q.resolved(), i, at);
        }
    }

    Optional<Entry> question(UUID featureId, UUID id) {
        return entries(featureId).stream()
                .filter(e -> e.kind().equals(QUESTION) && e.id().equals(id))
                .findFirst();
    }

    private void insertAll(UUID productId, UUID featureId, String kind, List<String> texts, Instant at) {
        for (int i = 0; i < texts.size(); i++) {
            insert(UUID.randomUUID(), productId, featureId, kind, texts.get(i), null, false, i, at);
        }
    }

    private void insert(
            UUID id,
            UUID productId,
            UUID featureId,
            String kind,
            String body,
            String answer,
            boolean resolved,
            int position,
            Instant at) {
        jdbc.sql("""
                insert into prd_entries (id, product_id, feature_id, kind, body, answer, resolved, position, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, productId, featureId, kind, body, answer, resolved, position, Rows.ts(at))
                .update();
    }
}
