package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submitted survey responses; the answers are a JSON object by question key. */
@Repository
class SurveyResponses {

    private final JdbcClient jdbc;

    SurveyResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID surveyId, String respondent, Instant at, Map<String, Object> answers) {
        jdbc.sql(
                        "insert into survey_responses (id, survey_id, respondent, submitted_at, answers) values (?, ?, ?, ?, ?)")
                .params(id, surveyId, respondent, Rows.ts(at), Answers.toJson(answers))
                .update();
    }

    /** Newest first; relies on survey_responses_survey_time. */
    List<SurveyResponseView> page(UUID surveyId, Paging paging) {
        return jdbc.sql(
                        "select * from survey_responses where survey_id = ? order by submitted_at desc, id limit ? offset ?")
                .params(surveyId, paging.size(), paging.offset())
                .query(SurveyResponses::map)
                .list();
    }

    /** Every response of a survey, newest first: what the results are computed from. */
    List<SurveyResponseView> all(UUID surveyId) {
        return jdbc.sql("select * from survey_responses where survey_id = ? order by submitted_at desc, id")
                .param(surveyId)
                .query(SurveyResponses::map)
                .list();
    }

    long count(UUID surveyId) {
        return jdbc.sql("select count(*) from survey_responses where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    /**
     * The inbox notes made from a survey's free-text answers, by response id and text. Notes carry no
     * index on survey_response_id (V2_17), so this reads the product's notes once (product index) and
     * finds each linked one's response by primary key.
     */
    Map<String, UUID> notesByResponseAndText(UUID productId, UUID surveyId) {
        Map<String, UUID> out = new HashMap<>();
        jdbc.sql("""
                select n.id, n.survey_response_id, n.text from notes n join survey_responses r on r.id = n.survey_response_id
                where n.product_id = ? and r.survey_id = ?""")
                .params(productId, surveyId)
                .query((ResultSet rs, int n) ->
                        out.put(Rows.uuid(rs, "survey_response_id") + "|" + rs.getString("text"), Rows.uuid(rs, "id")))
                .list();
        return out;
    }

    private static SurveyResponseView map(ResultSet rs, int n) throws SQLException {
        return new SurveyResponseView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "survey_id"),
                rs.getString("respondent"),
                Rows.instant(rs, "submitted_at"),
                Answers.fromJson(rs.getString("answers")));
    }
}
