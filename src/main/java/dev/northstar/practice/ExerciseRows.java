package dev.northstar.practice;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice_exercises table. Every statement filters by the owner's user id: a row of another user is absent. */
@Repository
class ExerciseRows {

    private final JdbcClient jdbc;

    ExerciseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, ExerciseView e) {
        jdbc.sql("""
                        insert into practice_exercises
                            (id, user_id, kind, title, content, product_id, product_name, portfolio, created_at,
                             updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        e.id(),
                        userId,
                        e.kind().key(),
                        e.title(),
                        ExerciseContent.toJson(e.content()),
                        e.productId(),
                        e.productName(),
                        e.portfolio(),
                        Rows.ts(e.createdAt()),
                        Rows.ts(e.updatedAt()))
                .update();
    }

    Optional<ExerciseView> find(UUID userId, UUID id) {
        return jdbc.sql("select * from practice_exercises where id = ? and user_id = ?")
                .params(id, userId)
                .query(ExerciseRows::map)
                .optional();
    }

    /** Newest change first; uses practice_exercises_user. */
    List<ExerciseView> list(UUID userId, ExerciseKind kind, Paging paging) {
        return jdbc.sql("select * from practice_exercises where user_id = ?"
                        + (kind == null ? "" : " and kind = ?")
                        + " order by updated_at desc, id limit ? offset ?")
                .params(params(userId, kind, paging.size(), paging.offset()))
                .query(ExerciseRows::map)
                .list();
    }

    long count(UUID userId, ExerciseKind kind) {
        return jdbc.sql("select count(*) from practice_exercises where user_id = ?"
                        + (kind == null ? "" : " and kind = ?"))
                .params(params(userId, kind))
                .query(Long.class)
                .single();
    }

    List<ExerciseView> portfolio(UUID userId) {
        return jdbc.sql(
                        "select * from practice_exercises where user_id = ? and portfolio = true order by updated_at desc, id")
                .param(userId)
                .query(ExerciseRows::map)
                .list();
    }

    /** False when the version is stale (or the row is not the user's). */
    boolean update(
            UUID userId, UUID id, int version, String title, java.util.Map<String, Object> content, Instant now) {
        return jdbc.sql("""
                        update practice_exercises set title = ?, content = ?, updated_at = ?, version = version + 1
                        where id = ? and user_id = ? and version = ?""")
                        .params(title, ExerciseContent.toJson(content), Rows.ts(now), id, userId, version)
                        .update()
                == 1;
    }

    void portfolio(UUID userId, UUID id, boolean portfolio) {
        jdbc.sql("update practice_exercises set portfolio = ? where id = ? and user_id = ?")
                .params(portfolio, id, userId)
                .update();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from practice_exercises where id = ? and user_id = ?")
                        .params(id, userId)
                        .update()
                == 1;
    }

    private static Object[] params(Object... values) {
        return java.util.Arrays.stream(values)
                .filter(java.util.Objects::nonNull)
                .map(v -> v instanceof ExerciseKind k ? k.key() : v)
                .toArray();
    }

    private static ExerciseView map(ResultSet rs, int n) throws SQLException {
        return new ExerciseView(
                Rows.uuid(rs, "id"),
                ExerciseKind.parse(rs.getString("kind"), "kind"),
                rs.getString("title"),
                ExerciseContent.fromJson(rs.getString("content")),
                Rows.uuid(rs, "product_id"),
                rs.getString("product_name"),
                rs.getBoolean("portfolio"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
