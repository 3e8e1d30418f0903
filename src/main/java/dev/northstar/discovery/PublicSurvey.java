package dev.northstar.discovery;

import java.util.List;

/** What a respondent without an account sees of a survey: no ids, no product, no results. */
public record PublicSurvey(
        String token, String title, String intro, SurveyStatus status, List<SurveyQuestion> questions) {

    public boolean isOpen() {
        return status == SurveyStatus.OPEN;
    }
}
