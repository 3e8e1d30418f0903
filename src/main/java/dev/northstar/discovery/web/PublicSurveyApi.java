package dev.northstar.discovery.web;

import dev.northstar.discovery.PublicSurvey;
import dev.northstar.discovery.SurveyResponseView;
import dev.northstar.discovery.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Programmatic collection through a survey's public link: no account, rate-limited per client address. */
@RestController
@RequestMapping("/public/surveys/{token}")
@Tag(name = "Public surveys", description = "Answer a survey through its public link, without an account")
class PublicSurveyApi {

    record AnswerRequest(String respondent, Map<String, Object> answers) {}

    record Received(UUID id, Instant submittedAt) {}

    private final Surveys surveys;

    PublicSurveyApi(Surveys surveys) {
        this.surveys = surveys;
    }

    @Operation(summary = "The survey's title, introduction, status and questions")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PublicSurvey survey(@PathVariable String token) {
        return surveys.publicSurvey(token);
    }

    @Operation(
            summary =
                    "Answer an open survey: {\"respondent\": \"optional name\", \"answers\": {\"q1\": 9, \"q3\": \"Option\", \"q4\": [\"A\", \"B\"]}}; "
                            + "400 names the question key of each bad answer, 409 when the survey is not open, 429 when rate-limited")
    @PostMapping(path = "/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Received answer(@PathVariable String token, @RequestBody AnswerRequest body, HttpServletRequest request) {
        SurveyResponseView r = surveys.submit(token, body.respondent(), body.answers(), request.getRemoteAddr());
        return new Received(r.id(), r.submittedAt());
    }
}
