package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interview guides and their ordered questions. */
@Repository
class InterviewGuides {

    private final JdbcClient jdbc;

    InterviewGuides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID productId, String title, String goal, Instant at) {
        jdbc.sql("insert into interview_guides (id, product_id, title, goal, created_at) values (?, ?, ?, ?, ?)")
                .params(id, productId, title, goal, Rows.ts(at))
                .update();
    }

    /** False when the version no longer matches (someone else saved first). */
    boolean update(UUID productId, UUID id, int version, String title, String goal) {
        return jdbc.sql(
                                "update interview_guides set title = ?, goal = ?, version = version + 1 where id = ? and product_id = ? and version = ?")
                        .params(title, goal, id, productId, version)
                        .update()
                == 1;
    }

    void touch(UUID id) {
        jdbc.sql("update interview_guides set version = version + 1 where id = ?")
                .param(id)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from interview_guides where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    /**
     * Makes the guide's questions exactly {@code prompts}, in order. A question whose prompt is kept
     * keeps its id, so sessions keep their ticks on it; removed questions lose theirs.
     */
    void replaceQuestions(UUID guideId, List<String> prompts) {
        List<GuideQuestion> current = questions(List.of(guideId)).getOrDefault(guideId, List.of());
        List<GuideQuestion> unused = new ArrayList<>(current);
        List<UUID> ids = new ArrayList<>();
        for (String p : prompts) {
            GuideQuestion same = unused.stream()
                    .filter(q -> q.prompt().equals(p))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                unused.remove(same);
                ids.add(same.id());
            } else {
                ids.add(null);
            }
        }
        for (GuideQuestion gone : unused) {
            jdbc.sql("delete from interview_questions where id = ?")
                    .param(gone.id())
                    .update();
        }
        for (int i = 0; i < prompts.size(); i++) {
            if (ids.get(i) == null) {
                jdbc.sql("insert into interview_questions (id, guide_id, position, prompt) values (?, ?, ?, ?)")
                        .params(UUID.randomUUID(), guideId, i, prompts.get(i))
                        .update();
            } else {
                jdbc.sql("update interview_questions set position = ? where id = ?")
                        .params(i, ids.get(i))
                        .update();
            }
        }
    }

    void insertQuestion(UUID guideId, UUID id, int position, String prompt) {
        jdbc.sql("insert into interview_questions (id, guide_id, position, prompt) values (?, ?, ?, ?)")
                .params(id, guideId, position, prompt)
                .update();
    }

    void updateQuestion(UUID questionId, String prompt) {
        jdbc.sql("update interview_questions set prompt = ? where id = ?")
                .params(prompt, questionId)
                .update();
    }

    void deleteQuestion(UUID questionId) {
        jdbc.sql("delete from interview_questions where id = ?")
                .param(questionId)
                .update();
    }

    /** Rewrites positions 0..n-1 in the order given. */
    void order(List<UUID> questionIds) {
        for (int i = 0; i < questionIds.size(); i++) {
            jdbc.sql("update interview_questions set position = ? where id = ?")
                    .params(i, questionIds.get(i))
                    .update();
        }
    }

    Optional<InterviewGuideView> find(UUID productId, UUID id) {
        return select("where g.product_id = ? and g.id = ?", List.of(productId, id), null).stream()
                .findFirst();
    }

    /** Newest first. */
    List<InterviewGuideView> page(UUID productId, Paging paging) {
        return select("where g.product_id = ?", List.of(productId), paging);
    }

    long count(UUID productId) {
        return jdbc.sql("select count(*) from interview_guides where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    private List<InterviewGuideView> select(String where, List<Object> params, Paging paging) {
        String sql = """
                select g.*, (select count(*) from interview_sessions s where s.guide_id = g.id) as session_count
                from interview_guides g
                """ + where + " order by g.created_at desc, g.id"
                + (paging == null ? "" : " limit " + paging.size() + " offset " + paging.offset());
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql(sql)
                .params(params)
                .query((ResultSet rs, int n) -> rows.add(new Object[] {
                    Rows.uuid(rs, "id"),
                    Rows.uuid(rs, "product_id"),
                    rs.getString("title"),
                    rs.getString("goal"),
                    rs.getLong("session_count"),
                    Rows.instant(rs, "created_at"),
                    rs.getInt("version")
                }))
                .list();
        Map<UUID, List<GuideQuestion>> questions =
                questions(rows.stream().map(r -> (UUID) r[0]).toList());
        return rows.stream()
                .map(r -> new InterviewGuideView(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        questions.getOrDefault((UUID) r[0], List.of()),
                        (Long) r[4],
                        (Instant) r[5],
                        (Integer) r[6]))
                .toList();
    }

    Map<UUID, List<GuideQuestion>> questions(List<UUID> guideIds) {
        Map<UUID, List<GuideQuestion>> out = new HashMap<>();
        if (guideIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from interview_questions where guide_id in (:ids) order by guide_id, position")
                .param("ids", guideIds)
                .query((ResultSet rs, int n) -> out.computeIfAbsent(Rows.uuid(rs, "guide_id"), k -> new ArrayList<>())
                        .add(question(rs)))
                .list();
        return out;
    }

    private static GuideQuestion question(ResultSet rs) throws SQLException {
        return new GuideQuestion(Rows.uuid(rs, "id"), rs.getInt("position"), rs.getString("prompt"));
    }
}
