package dev.northstar.practice;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice_mocks tables. Owner statements filter by user id; the share token is the only other way in. */
@Repository
class MockRows {

    record Session(
            UUID id,
            UUID userId,
            String title,
            String round,
            String category,
            int minutes,
            String shareToken,
            Instant createdAt) {}

    record AnswerRow(
            int position,
            String questionId,
            Map<String, String> content,
            Instant startedAt,
            Instant submittedAt,
            Integer elapsedSeconds,
            Integer selfScore,
            boolean portfolio) {}

    private final JdbcClient jdbc;

    MockRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Session s, List<String> questionIds) {
        jdbc.sql("""
                        insert into practice_mocks (id, user_id, title, round, category, minutes_per_question, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.userId(), s.title(), s.round(), s.category(), s.minutes(), Rows.ts(s.createdAt()))
                .update();
        for (int i = 0; i < questionIds.size(); i++) {
            jdbc.sql("insert into practice_mock_answers (mock_id, position, question_id) values (?, ?, ?)")
                    .params(s.id(), i, questionIds.get(i))
                    .update();
        }
    }

    Optional<Session> find(UUID userId, UUID id) {
        return jdbc.sql("select * from practice_mocks where id = ? and user_id = ?")
                .params(id, userId)
                .query(MockRows::session)
                .optional();
    }

    Optional<Session> byToken(String token) {
        return jdbc.sql("select * from practice_mocks where share_token = ?")
                .param(token)
                .query(MockRows::session)
                .optional();
    }

    /** Newest first; uses practice_mocks_user. */
    List<Session> list(UUID userId, Paging paging) {
        return jdbc.sql("select * from practice_mocks where user_id = ? order by created_at desc, id limit ? offset ?")
                .params(userId, paging.size(), paging.offset())
                .query(MockRows::session)
                .list();
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from practice_mocks where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    List<AnswerRow> answers(UUID mockId) {
        return jdbc.sql("select * from practice_mock_answers where mock_id = ? order by position")
                .param(mockId)
                .query(MockRows::answer)
                .list();
    }

    /** The questions the user has submitted an answer to in any session. */
    Set<String> answeredQuestions(UUID userId) {
        return Set.copyOf(jdbc.sql("""
                        select distinct a.question_id from practice_mock_answers a
                        join practice_mocks m on m.id = a.mock_id
                        where m.user_id = ? and a.submitted_at is not null""").param(userId).query(String.class).list());
    }

    void start(UUID mockId, int position, Instant at) {
        jdbc.sql(
                        "update practice_mock_answers set started_at = ? where mock_id = ? and position = ? and started_at is null")
                .params(Rows.ts(at), mockId, position)
                .update();
    }

    void answer(UUID mockId, int position, Map<String, String> content, Instant at, int elapsedSeconds) {
        jdbc.sql("""
                        update practice_mock_answers set content = ?, submitted_at = ?, elapsed_seconds = ?
                        where mock_id = ? and position = ?""")
                .params(json(content), Rows.ts(at), elapsedSeconds, mockId, position)
                .update();
    }

    void score(UUID mockId, int position, int score) {
        jdbc.sql("update practice_mock_answers set self_score = ? where mock_id = ? and position = ?")
                .params(score, mockId, position)
                .update();
    }

    void portfolio(UUID mockId, int position, boolean portfolio) {
        jdbc.sql("update practice_mock_answers set portfolio = ? where mock_id = ? and position = ?")
                .params(portfolio, mockId, position)
                .update();
    }

    void share(UUID mockId, String token) {
        jdbc.sql("update practice_mocks set share_token = ? where id = ?")
                .params(token, mockId)
                .update();
    }

    void delete(UUID mockId) {
        jdbc.sql("delete from practice_mocks where id = ?").param(mockId).update();
    }

    void addPeerReview(UUID mockId, int position, String reviewer, int score, String comment, Instant at) {
        jdbc.sql("""
                        insert into practice_peer_reviews (id, mock_id, position, reviewer, score, comment, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), mockId, position, reviewer, score, comment, Rows.ts(at))
                .update();
    }

    int peerReviewCount(UUID mockId) {
        return jdbc.sql("select count(*) from practice_peer_reviews where mock_id = ?")
                .param(mockId)
                .query(Integer.class)
                .single();
    }

    Map<Integer, List<MockView.PeerReview>> peerReviews(UUID mockId) {
        Map<Integer, List<MockView.PeerReview>> out = new LinkedHashMap<>();
        jdbc.sql("select * from practice_peer_reviews where mock_id = ? order by created_at, id")
                .param(mockId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getInt("position"), p -> new java.util.ArrayList<>())
                            .add(new MockView.PeerReview(
                                    Rows.uuid(rs, "id"),
                                    rs.getString("reviewer"),
                                    rs.getInt("score"),
                                    rs.getString("comment"),
                                    Rows.instant(rs, "created_at")));
                });
        return out;
    }

    private static String json(Map<String, String> content) {
        return ExerciseContent.toJson(new LinkedHashMap<>(content));
    }

    private static Session session(ResultSet rs, int n) throws SQLException {
        return new Session(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "user_id"),
                rs.getString("title"),
                rs.getString("round"),
                rs.getString("category"),
                rs.getInt("minutes_per_question"),
                rs.getString("share_token"),
                Rows.instant(rs, "created_at"));
    }

    private static AnswerRow answer(ResultSet rs, int n) throws SQLException {
        Map<String, String> content = new LinkedHashMap<>();
        String json = rs.getString("content");
        if (json != null) {
            ExerciseContent.fromJson(json).forEach((k, v) -> content.put(k, v == null ? "" : v.toString()));
        }
        int elapsed = rs.getInt("elapsed_seconds");
        Integer elapsedSeconds = rs.wasNull() ? null : elapsed;
        int score = rs.getInt("self_score");
        Integer selfScore = rs.wasNull() ? null : score;
        return new AnswerRow(
                rs.getInt("position"),
                rs.getString("question_id"),
                content,
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "submitted_at"),
                elapsedSeconds,
                selfScore,
                rs.getBoolean("portfolio"));
    }
}
