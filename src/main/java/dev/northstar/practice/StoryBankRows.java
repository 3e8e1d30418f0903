package dev.northstar.practice;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice_stories table; every statement filters by the owner's user id. */
@Repository
class StoryBankRows {

    /** A stored story before its check is computed. */
    record Stored(
            UUID id,
            String title,
            StoryFormat format,
            Map<String, String> parts,
            List<Situation> situations,
            List<Skill> skills,
            boolean portfolio,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    StoryBankRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, Stored s) {
        jdbc.sql("""
                        insert into practice_stories
                            (id, user_id, title, format, content, situations, skills, portfolio, version, created_at,
                             updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        s.id(),
                        userId,
                        s.title(),
                        s.format().key(),
                        json(s.parts()),
                        keys(s.situations()),
                        keys(s.skills()),
                        s.portfolio(),
                        Rows.ts(s.createdAt()),
                        Rows.ts(s.updatedAt()))
                .update();
    }

    /** False when the version is stale or the story is not the user's. */
    boolean update(UUID userId, int version, Stored s) {
        return jdbc.sql("""
                        update practice_stories set title = ?, format = ?, content = ?, situations = ?, skills = ?,
                            portfolio = ?, updated_at = ?, version = version + 1
                        where id = ? and user_id = ? and version = ?""")
                        .params(
                                s.title(),
                                s.format().key(),
                                json(s.parts()),
                                keys(s.situations()),
                                keys(s.skills()),
                                s.portfolio(),
                                Rows.ts(s.updatedAt()),
                                s.id(),
                                userId,
                                version)
                        .update()
                == 1;
    }

    void portfolio(UUID userId, UUID id, boolean portfolio) {
        jdbc.sql("update practice_stories set portfolio = ? where id = ? and user_id = ?")
                .params(portfolio, id, userId)
                .update();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from practice_stories where id = ? and user_id = ?")
                        .params(id, userId)
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID userId, UUID id) {
        return jdbc.sql("select * from practice_stories where id = ? and user_id = ?")
                .params(id, userId)
                .query(StoryBankRows::map)
                .optional();
    }

    /** Newest change first; uses practice_stories_user. */
    List<Stored> list(UUID userId, Paging paging) {
        return jdbc.sql(
                        "select * from practice_stories where user_id = ? order by updated_at desc, id limit ? offset ?")
                .params(userId, paging.size(), paging.offset())
                .query(StoryBankRows::map)
                .list();
    }

    List<Stored> all(UUID userId) {
        return jdbc.sql("select * from practice_stories where user_id = ? order by updated_at desc, id")
                .param(userId)
                .query(StoryBankRows::map)
                .list();
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from practice_stories where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private static String keys(List<? extends Keyed> values) {
        return values.stream().map(Keyed::key).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E> & Keyed> List<E> parse(String keys, Class<E> type) {
        if (keys == null || keys.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keys.split(","))
                .map(k -> Keyed.parse(type, k, "stored"))
                .toList();
    }

    private static String json(Map<String, String> parts) {
        return ExerciseContent.toJson(new java.util.LinkedHashMap<>(parts));
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        ExerciseContent.fromJson(rs.getString("content"))
                .forEach((k, v) -> parts.put(k, v == null ? "" : v.toString()));
        return new Stored(
                Rows.uuid(rs, "id"),
                rs.getString("title"),
                StoryFormat.parse(rs.getString("format"), "format"),
                parts,
                parse(rs.getString("situations"), Situation.class),
                parse(rs.getString("skills"), Skill.class),
                rs.getBoolean("portfolio"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
