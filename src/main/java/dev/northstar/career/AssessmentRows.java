package dev.northstar.career;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import dev.northstar.practice.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career_assessments table and their ratings (V11_01__career.sql); every query is one user's. */
@Repository
class AssessmentRows {

    private record Head(UUID id, LocalDate assessedOn, Instant createdAt) {}

    private static final String NEWEST_FIRST = " order by assessed_on desc, created_at desc";

    private final JdbcClient jdbc;

    AssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, LocalDate on, List<Rating> ratings, Instant at) {
        jdbc.sql("insert into career_assessments (id, user_id, assessed_on, created_at) values (?, ?, ?, ?)")
                .params(id, userId, on, Rows.ts(at))
                .update();
        for (Rating r : ratings) {
            jdbc.sql("insert into career_ratings (assessment_id, skill, rating, note) values (?, ?, ?, ?)")
                    .params(id, r.skill().key(), r.level(), r.note())
                    .update();
        }
    }

    Optional<AssessmentView> find(UUID userId, UUID id) {
        return views(jdbc.sql("select * from career_assessments where user_id = ? and id = ?")
                        .params(userId, id)
                        .query(AssessmentRows::head)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<AssessmentView> latest(UUID userId) {
        return views(jdbc.sql("select * from career_assessments where user_id = ?" + NEWEST_FIRST + " limit 1")
                        .param(userId)
                        .query(AssessmentRows::head)
                        .list())
                .stream()
                .findFirst();
    }

    List<AssessmentView> page(UUID userId, Paging paging) {
        return views(jdbc.sql("select * from career_assessments where user_id = ?" + NEWEST_FIRST + " limit ? offset ?")
                .params(userId, paging.size(), paging.offset())
                .query(AssessmentRows::head)
                .list());
    }

    /** Every assessment of the user, oldest first (the history chart). */
    List<AssessmentView> all(UUID userId) {
        return views(jdbc.sql("select * from career_assessments where user_id = ? order by assessed_on, created_at")
                .param(userId)
                .query(AssessmentRows::head)
                .list());
    }

    long count(UUID userId) {
        return jdbc.sql("select count(*) from career_assessments where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from career_assessments where user_id = ? and id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    private List<AssessmentView> views(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Rating>> ratings = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(heads.size(), "?"));
        jdbc.sql("select assessment_id, skill, rating, note from career_ratings where assessment_id in (" + marks + ")")
                .params(heads.stream().map(Head::id).map(Object.class::cast).toList())
                .query(rs -> {
                    ratings.computeIfAbsent(Rows.uuid(rs, "assessment_id"), k -> new ArrayList<>())
                            .add(new Rating(
                                    Skill.parse(rs.getString("skill"), "skill"),
                                    rs.getInt("rating"),
                                    rs.getString("note")));
                });
        return heads.stream()
                .map(h -> new AssessmentView(
                        h.id(),
                        h.assessedOn(),
                        h.createdAt(),
                        ratings.getOrDefault(h.id(), List.of()).stream()
                                .sorted(java.util.Comparator.comparing(Rating::skill))
                                .toList()))
                .toList();
    }

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(Rows.uuid(rs, "id"), Rows.date(rs, "assessed_on"), Rows.instant(rs, "created_at"));
    }
}
