package dev.northstar.practice;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every self-score a user gave (table review_log), read by time for streaks, today's counts and progress. */
@Repository
class ReviewLogs {

    /** One logged review: the score, the grade, and the memory state it left the card in. */
    record Entry(
            String cardId,
            int score,
            FsrsGrade grade,
            String source,
            Instant reviewedAt,
            Integer elapsedDays,
            int scheduledDays,
            double stability,
            double difficulty,
            ReviewState state) {}

    private final JdbcClient jdbc;

    ReviewLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID userId, int score, String source, ReviewCardRow.Reviewed r) {
        ReviewCardRow after = r.after();
        jdbc.sql("""
                        insert into review_log (id, user_id, card_id, score, grade, source, reviewed_at, elapsed_days,
                            scheduled_days, stability, difficulty, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        userId,
                        after.cardId(),
                        score,
                        r.grade().value(),
                        source,
                        Rows.ts(after.lastReview()),
                        r.elapsedDays(),
                        r.intervalDays(),
                        after.stability(),
                        after.difficulty(),
                        after.state().key())
                .update();
    }

    /** The user's reviews at or after {@code from}, oldest first (index review_log_user_time). */
    List<Entry> since(UUID userId, Instant from) {
        return jdbc.sql("select * from review_log where user_id = ? and reviewed_at >= ? order by reviewed_at, id")
                .params(userId, Rows.ts(from))
                .query((rs, n) -> new Entry(
                        rs.getString("card_id"),
                        rs.getInt("score"),
                        FsrsGrade.of(rs.getInt("grade")),
                        rs.getString("source"),
                        Rows.instant(rs, "reviewed_at"),
                        (Integer) rs.getObject("elapsed_days", Integer.class),
                        rs.getInt("scheduled_days"),
                        rs.getDouble("stability"),
                        rs.getDouble("difficulty"),
                        ReviewState.ofKey(rs.getString("state"))))
                .list();
    }

    /** Every review time at or after {@code from}, newest first: enough to count a streak. */
    List<Instant> times(UUID userId, Instant from) {
        return jdbc.sql(
                        "select reviewed_at from review_log where user_id = ? and reviewed_at >= ? order by reviewed_at desc")
                .params(userId, Rows.ts(from))
                .query((rs, n) -> Rows.instant(rs, "reviewed_at"))
                .list();
    }

    boolean any(UUID userId) {
        return jdbc.sql("select count(*) from review_log where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
