package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyDraft;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyResponseView;
import dev.northstar.discovery.SurveyResults;
import dev.northstar.discovery.SurveyStatus;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/surveys")
@Tag(name = "Surveys", description = "Survey design, status, results and responses")
class SurveyApi {

    record QuestionRequest(String key, String type, String prompt, List<String> options, Boolean required) {}

    record SurveyRequest(String title, String intro, List<QuestionRequest> questions, Integer version) {}

    record StatusRequest(String status) {}

    /** A survey as the API shows it, with the path of its public link. */
    record SurveyJson(
            UUID id,
            UUID productId,
            String title,
            String intro,
            SurveyStatus status,
            String publicToken,
            String publicPath,
            List<SurveyQuestion> questions,
            long responseCount,
            Instant createdAt,
            int version) {

        static SurveyJson of(SurveyView s) {
            return new SurveyJson(
                    s.id(),
                    s.productId(),
                    s.title(),
                    s.intro(),
                    s.status(),
                    s.publicToken(),
                    s.publicPath(),
                    s.questions(),
                    s.responseCount(),
                    s.createdAt(),
                    s.version());
        }
    }

    private final Surveys surveys;

    SurveyApi(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    PageResult<SurveyJson> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return surveys.list(productId, Paging.of(page, size)).map(SurveyJson::of);
    }

    @Operation(
            summary =
                    "Create a draft survey; questions are RATING, NPS, SINGLE_CHOICE, MULTIPLE_CHOICE (with options) or FREE_TEXT (editors)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson create(@PathVariable UUID productId, @RequestBody SurveyRequest body) {
        return SurveyJson.of(surveys.create(productId, draft(body)));
    }

    @GetMapping("/{surveyId}")
    SurveyJson get(@PathVariable UUID productId, @PathVariable UUID surveyId) {
        return SurveyJson.of(surveys.get(productId, surveyId));
    }

    @Operation(
            summary =
                    "Replace title, intro and questions; once there are responses, existing questions keep their keys, types and options")
    @PutMapping("/{surveyId}")
    SurveyJson update(@PathVariable UUID productId, @PathVariable UUID surveyId, @RequestBody SurveyRequest body) {
        return SurveyJson.of(surveys.update(productId, surveyId, draft(body), body.version()));
    }

    @DeleteMapping("/{surveyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID surveyId) {
        surveys.delete(productId, surveyId);
    }

    @Operation(summary = "Open, close or reopen a survey: {\"status\": \"OPEN\"}")
    @PostMapping("/{surveyId}/status")
    SurveyJson status(@PathVariable UUID productId, @PathVariable UUID surveyId, @RequestBody StatusRequest body) {
        return SurveyJson.of(surveys.changeStatus(productId, surveyId, SurveyStatus.parse(body.status(), "status")));
    }

    @Operation(
            summary =
                    "Response count, NPS (promoters, passives, detractors) and per-question distributions and free text")
    @GetMapping("/{surveyId}/results")
    SurveyResults results(@PathVariable UUID productId, @PathVariable UUID surveyId) {
        return surveys.results(productId, surveyId);
    }

    @Operation(summary = "Responses, newest first")
    @GetMapping("/{surveyId}/responses")
    PageResult<SurveyResponseView> responses(
            @PathVariable UUID productId,
            @PathVariable UUID surveyId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return surveys.responses(productId, surveyId, Paging.of(page, size));
    }

    /** Every question's problems are reported, each under questions[i].field. */
    private static SurveyDraft draft(SurveyRequest body) {
        List<SurveyQuestion> questions = new ArrayList<>();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<QuestionRequest> given = body.questions() == null ? List.of() : body.questions();
        for (int i = 0; i < given.size(); i++) {
            QuestionRequest q = given.get(i);
            String at = "questions[" + i + "].";
            try {
                if (q == null) {
                    throw new InvalidInputException("prompt", "Question is empty");
                }
                questions.add(new SurveyQuestion(
                        q.key(),
                        QuestionType.parse(q.type(), "type"),
                        q.prompt(),
                        q.options(),
                        q.required() != null && q.required()));
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.add(new InvalidInputException.FieldError(at + f.field(), f.message())));
            }
        }
        List<InvalidInputException.FieldError> all = new ArrayList<>();
        SurveyDraft draft = null;
        try {
            draft = new SurveyDraft(body.title(), body.intro(), questions);
        } catch (InvalidInputException e) {
            all.addAll(e.errors());
        }
        all.addAll(errors);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return draft;
    }
}
