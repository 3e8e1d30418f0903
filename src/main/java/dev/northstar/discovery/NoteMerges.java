package dev.northstar.discovery;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The row moves of merging one note into another that the inbox's own repository has no verbs for. */
@Repository
class NoteMerges {

    private final JdbcClient jdbc;

    NoteMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the kept note's text and fills in an interview or survey link it lacks. */
    void absorb(UUID keptId, String text, UUID interviewSessionId, UUID surveyResponseId) {
        jdbc.sql("update notes set text = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(text, Rows.ts(Instant.now()), keptId)
                .update();
        if (interviewSessionId != null) {
            jdbc.sql("update notes set interview_session_id = ? where id = ? and interview_session_id is null")
                    .params(interviewSessionId, keptId)
                    .update();
        }
        if (surveyResponseId != null) {
            jdbc.sql("update notes set survey_response_id = ? where id = ? and survey_response_id is null")
                    .params(surveyResponseId, keptId)
                    .update();
        }
    }

    /** Moves the duplicate's highlights onto the kept note, shifted to where its text now starts. */
    int moveHighlights(UUID duplicateId, UUID keptId, int shift) {
        return jdbc.sql(
                        "update highlights set note_id = ?, start_offset = start_offset + ?, end_offset = end_offset + ? where note_id = ?")
                .params(keptId, shift, shift, duplicateId)
                .update();
    }
}
