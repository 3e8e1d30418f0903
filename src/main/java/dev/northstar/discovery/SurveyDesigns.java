package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Surveys and their questions; options are stored one per line (an option never holds a line break). */
@Repository
class SurveyDesigns {

    private static final String SELECT = """
            select s.*, (select count(*) from survey_responses r where r.survey_id = s.id) as response_count
            from surveys s
            """;

    private final JdbcClient jdbc;

    SurveyDesigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID productId, String title, String intro, String token, Instant at) {
        jdbc.sql(
                        "insert into surveys (id, product_id, title, intro, status, public_token, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, productId, title, intro, SurveyStatus.DRAFT.name(), token, Rows.ts(at))
                .update();
    }

    boolean update(UUID productId, UUID id, int version, String title, String intro) {
        return jdbc.sql(
                                "update surveys set title = ?, intro = ?, version = version + 1 where id = ? and product_id = ? and version = ?")
                        .params(title, intro, id, productId, version)
                        .update()
                == 1;
    }

    void setStatus(UUID id, SurveyStatus status) {
        jdbc.sql("update surveys set status = ?, version = version + 1 where id = ?")
                .params(status.name(), id)
                .update();
    }

    void touch(UUID id) {
        jdbc.sql("update surveys set version = version + 1 where id = ?")
                .param(id)
                .update();
    }

    void replaceQuestions(UUID surveyId, List<SurveyQuestion> questions) {
        jdbc.sql("delete from survey_questions where survey_id = ?")
                .param(surveyId)
                .update();
        int position = 0;
        for (SurveyQuestion q : questions) {
            jdbc.sql(
                            "insert into survey_questions (id, survey_id, position, qkey, kind, prompt, options, required) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            surveyId,
                            position++,
                            q.key(),
                            q.type().name(),
                            q.prompt(),
                            q.options().isEmpty() ? null : String.join("\n", q.options()),
                            q.required())
                    .update();
        }
    }

    /** Deletes the survey and its responses; notes made from free-text answers stay in the inbox, unlinked. */
    void delete(UUID productId, UUID id) {
        // notes carry no index on survey_response_id (V2_17): one pass over the product's notes, each
        // linked one checked by the response's primary key (H2 would run an "in (select ...)" per row)
        jdbc.sql("""
                update notes set survey_response_id = null
                where product_id = ? and survey_response_id is not null
                  and exists (select 1 from survey_responses r where r.id = notes.survey_response_id and r.survey_id = ?)""").params(productId, id).update();
        jdbc.sql("delete from surveys where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<SurveyView> find(UUID productId, UUID id) {
        return select(" where s.product_id = ? and s.id = ?", List.of(productId, id), "").stream()
                .findFirst();
    }

    Optional<SurveyView> findByToken(String token) {
        return select(" where s.public_token = ?", List.of(token), "").stream().findFirst();
    }

    /** Newest first. */
    List<SurveyView> page(UUID productId, Paging paging) {
        return select(
                " where s.product_id = ?",
                List.of(productId),
                " order by s.created_at desc, s.id limit " + paging.size() + " offset " + paging.offset());
    }

    long count(UUID productId) {
        return jdbc.sql("select count(*) from surveys where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    /** The newest survey of the product that has an NPS question and at least one response. */
    Optional<SurveyView> latestWithNps(UUID productId) {
        return select(
                        " where s.product_id = ? and exists (select 1 from survey_questions q where q.survey_id = s.id and q.kind = 'NPS')"
                                + " and exists (select 1 from survey_responses r where r.survey_id = s.id)",
                        List.of(productId),
                        " order by s.created_at desc, s.id limit 1")
                .stream()
                .findFirst();
    }

    private List<SurveyView> select(String where, List<Object> params, String tail) {
        List<SurveyView> bare = jdbc.sql(SELECT + where + tail)
                .params(params)
                .query((ResultSet rs, int n) -> new SurveyView(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "product_id"),
                        rs.getString("title"),
                        rs.getString("intro"),
                        SurveyStatus.valueOf(rs.getString("status")),
                        rs.getString("public_token"),
                        List.of(),
                        rs.getLong("response_count"),
                        Rows.instant(rs, "created_at"),
                        rs.getInt("version")))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<UUID, List<SurveyQuestion>> questions = new HashMap<>();
        jdbc.sql("select * from survey_questions where survey_id in (:ids) order by survey_id, position")
                .param("ids", bare.stream().map(SurveyView::id).toList())
                .query((ResultSet rs, int n) -> questions
                        .computeIfAbsent(Rows.uuid(rs, "survey_id"), k -> new ArrayList<>())
                        .add(new SurveyQuestion(
                                rs.getString("qkey"),
                                QuestionType.valueOf(rs.getString("kind")),
                                rs.getString("prompt"),
                                SurveyQuestion.lines(rs.getString("options")),
                                rs.getBoolean("required"))))
                .list();
        return bare.stream()
                .map(s -> new SurveyView(
                        s.id(),
                        s.productId(),
                        s.title(),
                        s.intro(),
                        s.status(),
                        s.publicToken(),
                        List.copyOf(questions.getOrDefault(s.id(), List.of())),
                        s.responseCount(),
                        s.createdAt(),
                        s.version()))
                .toList();
    }
}
