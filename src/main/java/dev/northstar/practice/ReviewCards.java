package dev.northstar.practice;

import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users' card states (table review_cards); every query is scoped to one user. */
@Repository
class ReviewCards {

    private final JdbcClient jdbc;

    ReviewCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The card's row, locked for the rest of the transaction so two scores of one card apply one after the other. */
    Optional<ReviewCardRow> lock(UUID userId, String cardId) {
        return jdbc.sql("select * from review_cards where user_id = ? and card_id = ? for update")
                .params(userId, cardId)
                .query(ReviewCards::map)
                .optional();
    }

    Optional<ReviewCardRow> find(UUID userId, String cardId) {
        return jdbc.sql("select * from review_cards where user_id = ? and card_id = ?")
                .params(userId, cardId)
                .query(ReviewCards::map)
                .optional();
    }

    void save(ReviewCardRow row, boolean isNew) {
        if (isNew) {
            jdbc.sql("""
                            insert into review_cards (user_id, card_id, state, stability, difficulty, due, reps, lapses,
                                last_review, introduced_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            row.userId(),
                            row.cardId(),
                            row.state().key(),
                            row.stability(),
                            row.difficulty(),
                            Rows.ts(row.due()),
                            row.reps(),
                            row.lapses(),
                            Rows.ts(row.lastReview()),
                            Rows.ts(row.introducedAt()))
                    .update();
        } else {
            jdbc.sql("""
                            update review_cards set state = ?, stability = ?, difficulty = ?, due = ?, reps = ?,
                                lapses = ?, last_review = ?
                            where user_id = ? and card_id = ?""")
                    .params(
                            row.state().key(),
                            row.stability(),
                            row.difficulty(),
                            Rows.ts(row.due()),
                            row.reps(),
                            row.lapses(),
                            Rows.ts(row.lastReview()),
                            row.userId(),
                            row.cardId())
                    .update();
        }
    }

    /** Cards due before {@code end}, most overdue first (index review_cards_user_due). */
    List<ReviewCardRow> dueBefore(UUID userId, Instant end) {
        return jdbc.sql("select * from review_cards where user_id = ? and due < ? order by due, card_id")
                .params(userId, Rows.ts(end))
                .query(ReviewCards::map)
                .list();
    }

    /** The earliest due time at or after {@code from}, if any card is scheduled then. */
    Optional<Instant> nextDue(UUID userId, Instant from) {
        return jdbc.sql("select min(due) as next_due from review_cards where user_id = ? and due >= ?")
                .params(userId, Rows.ts(from))
                .query((rs, n) -> Optional.ofNullable(Rows.instant(rs, "next_due")))
                .single();
    }

    /** The ids of every card the user has met, with when they met it. */
    List<Introduced> introduced(UUID userId) {
        return jdbc.sql("select card_id, introduced_at from review_cards where user_id = ?")
                .param(userId)
                .query((rs, n) -> new Introduced(rs.getString("card_id"), Rows.instant(rs, "introduced_at")))
                .list();
    }

    record Introduced(String cardId, Instant at) {}

    private static ReviewCardRow map(ResultSet rs, int n) throws SQLException {
        return new ReviewCardRow(
                Rows.uuid(rs, "user_id"),
                rs.getString("card_id"),
                ReviewState.ofKey(rs.getString("state")),
                rs.getDouble("stability"),
                rs.getDouble("difficulty"),
                Rows.instant(rs, "due"),
                rs.getInt("reps"),
                rs.getInt("lapses"),
                Rows.instant(rs, "last_review"),
                Rows.instant(rs, "introduced_at"));
    }
}
