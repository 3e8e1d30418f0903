package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interview sessions, the guide questions each has covered, and the notes taken in them. */
@Repository
class InterviewSessions {

    private static final String SELECT = """
            select s.*, g.title as guide_title
            from interview_sessions s left join interview_guides g on g.id = s.guide_id
            """;

    private final JdbcClient jdbc;

    InterviewSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID productId, SessionDraft d, Instant at) {
        jdbc.sql("""
                insert into interview_sessions (id, product_id, guide_id, interviewee, company, segment, plan, held_on, summary, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        d.guideId(),
                        d.interviewee(),
                        d.company(),
                        d.segment(),
                        d.plan(),
                        d.date(),
                        d.summary(),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID productId, UUID id, int version, SessionDraft d) {
        return jdbc.sql("""
                update interview_sessions set guide_id = ?, interviewee = ?, company = ?, segment = ?, plan = ?, held_on = ?, summary = ?,
                       version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                d.guideId(),
                                d.interviewee(),
                                d.company(),
                                d.segment(),
                                d.plan(),
                                d.date(),
                                d.summary(),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
    }

    /** Deletes the session; its notes stay in the inbox, no longer linked to it. */
    void delete(UUID productId, UUID id) {
        jdbc.sql("update notes set interview_session_id = null where interview_session_id = ? and product_id = ?")
                .params(id, productId)
                .update();
        jdbc.sql("delete from interview_sessions where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<InterviewSessionView> find(UUID productId, UUID id) {
        return withNoteCounts(
                        productId,
                        jdbc.sql(SELECT + " where s.product_id = ? and s.id = ?")
                                .params(productId, id)
                                .query(InterviewSessions::map)
                                .list())
                .stream()
                .findFirst();
    }

    /** Newest first; relies on interview_sessions_product_date. */
    List<InterviewSessionView> page(UUID productId, UUID guideId, Paging paging) {
        String sql = SELECT + " where s.product_id = :product" + (guideId == null ? "" : " and s.guide_id = :guide")
                + " order by s.held_on desc, s.created_at desc, s.id limit :limit offset :offset";
        var spec = jdbc.sql(sql)
                .param("product", productId)
                .param("limit", paging.size())
                .param("offset", paging.offset());
        if (guideId != null) {
            spec = spec.param("guide", guideId);
        }
        return withNoteCounts(productId, spec.query(InterviewSessions::map).list());
    }

    /**
     * The sessions with how many inbox notes each has, counted in one pass over the product's notes:
     * notes carry no index on interview_session_id (V2_17; every imported note would pay for it), so
     * this reads the product's rows through its product index once rather than once per session.
     */
    private List<InterviewSessionView> withNoteCounts(UUID productId, List<InterviewSessionView> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                select interview_session_id, count(*) as n from notes
                where product_id = :product and interview_session_id in (:ids)
                group by interview_session_id""")
                .param("product", productId)
                .param("ids", sessions.stream().map(InterviewSessionView::id).toList())
                .query((ResultSet rs) -> {
                    counts.put(Rows.uuid(rs, "interview_session_id"), rs.getLong("n"));
                });
        return sessions.stream()
                .map(v -> new InterviewSessionView(
                        v.id(),
                        v.productId(),
                        v.guideId(),
                        v.guideTitle(),
                        v.interviewee(),
                        v.company(),
                        v.segment(),
                        v.plan(),
                        v.date(),
                        v.summary(),
                        counts.getOrDefault(v.id(), 0L),
                        v.createdAt(),
                        v.version()))
                .toList();
    }

    long count(UUID productId, UUID guideId) {
        return guideId == null
                ? jdbc.sql("select count(*) from interview_sessions where product_id = ?")
                        .param(productId)
                        .query(Long.class)
                        .single()
                : jdbc.sql("select count(*) from interview_sessions where product_id = ? and guide_id = ?")
                        .params(productId, guideId)
                        .query(Long.class)
                        .single();
    }

    List<UUID> noteIds(UUID productId, UUID sessionId) {
        return jdbc.sql(
                        "select id from notes where interview_session_id = ? and product_id = ? order by created_at, id")
                .params(sessionId, productId)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    Set<UUID> covered(UUID sessionId) {
        return Set.copyOf(jdbc.sql("select question_id from interview_coverage where session_id = ?")
                .param(sessionId)
                .query((rs, n) -> Rows.uuid(rs, "question_id"))
                .list());
    }

    void cover(UUID sessionId, UUID questionId, boolean covered) {
        jdbc.sql("delete from interview_coverage where session_id = ? and question_id = ?")
                .params(sessionId, questionId)
                .update();
        if (covered) {
            jdbc.sql("insert into interview_coverage (session_id, question_id) values (?, ?)")
                    .params(sessionId, questionId)
                    .update();
        }
    }

    /** Forgets ticks on questions of a guide the session no longer uses. */
    void dropCoverageOutside(UUID sessionId, UUID guideId) {
        if (guideId == null) {
            jdbc.sql("delete from interview_coverage where session_id = ?")
                    .param(sessionId)
                    .update();
        } else {
            jdbc.sql(
                            "delete from interview_coverage where session_id = ? and question_id not in (select id from interview_questions where guide_id = ?)")
                    .params(sessionId, guideId)
                    .update();
        }
    }

    record Summary(long count, java.time.LocalDate latest) {}

    /** How many sessions a product has, and the date of the latest. */
    Summary summary(UUID productId) {
        return jdbc.sql("select count(*) as n, max(held_on) as latest from interview_sessions where product_id = ?")
                .param(productId)
                .query((ResultSet rs, int n) -> new Summary(rs.getLong("n"), Rows.date(rs, "latest")))
                .single();
    }

    private static InterviewSessionView map(ResultSet rs, int n) throws SQLException {
        return new InterviewSessionView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                Rows.uuid(rs, "guide_id"),
                rs.getString("guide_title"),
                rs.getString("interviewee"),
                rs.getString("company"),
                rs.getString("segment"),
                rs.getString("plan"),
                Rows.date(rs, "held_on"),
                rs.getString("summary"),
                0,
                Rows.instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
