package dev.northstar.discovery;

import static dev.northstar.discovery.InterviewsIntegrationTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SurveysIntegrationTests extends ApiTestSupport {

    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("type", "NPS", "prompt", "How likely are you to recommend Cadence?", "required", true),
            Map.of("type", "RATING", "prompt", "How reliable is calendar sync?", "required", false),
            Map.of(
                    "type",
                    "SINGLE_CHOICE",
                    "prompt",
                    "Your role",
                    "options",
                    List.of("Team lead", "Engineer", "Operations")),
            Map.of(
                    "type",
                    "MULTIPLE_CHOICE",
                    "prompt",
                    "What did you use this month?",
                    "options",
                    List.of("Calendars", "Booking links", "Focus time")),
            Map.of("type", "FREE_TEXT", "prompt", "What would make you recommend us?"));

    @Autowired
    FeedbackInbox inbox;

    @Autowired
    Surveys surveys;

    ApiClient owner;
    ApiClient anonymous;
    String workspace;
    String product;
    String api;

    @BeforeEach
    void product() {
        owner = newUser("Olivia");
        anonymous = ApiClient.anonymous(port);
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Cadence");
        api = "/api/v1/products/" + product + "/surveys";
    }

    JsonNode openSurvey() {
        JsonNode s = ok(owner.post(
                api, Map.of("title", "Customer pulse", "intro", "Three minutes, promise.", "questions", QUESTIONS)));
        return ok(owner.post(api + "/" + s.get("id").asString() + "/status", Map.of("status", "OPEN")));
    }

    static String answers(JsonNode survey) {
        return "/public/surveys/" + survey.get("publicToken").asString() + "/responses";
    }

    @Test
    void designsASurveyWithKeysAndStatus() {
        JsonNode s = ok(owner.post(api, Map.of("title", "Pulse", "questions", QUESTIONS)));
        assertThat(s.get("status").asString()).isEqualTo("DRAFT");
        assertThat(s.get("questions").get(0).get("key").asString()).isEqualTo("q1");
        assertThat(s.get("questions").get(4).get("key").asString()).isEqualTo("q5");
        assertThat(s.get("questions").get(2).get("options")).hasSize(3);
        assertThat(s.get("publicPath").asString())
                .isEqualTo("/public/surveys/" + s.get("publicToken").asString());
        String id = s.get("id").asString();

        ApiClient.Response skip = owner.post(api + "/" + id + "/status", Map.of("status", "CLOSED"));
        assertThat(skip.status()).isEqualTo(400);
        assertThat(skip.json().get("errors").get(0).get("message").asString()).contains("can become open");

        JsonNode renamed = ok(owner.put(
                api + "/" + id,
                Map.of(
                        "title",
                        "Pulse, September",
                        "questions",
                        List.of(
                                Map.of(
                                        "key",
                                        "q1",
                                        "type",
                                        "NPS",
                                        "prompt",
                                        "How likely are you to recommend us?",
                                        "required",
                                        true),
                                Map.of("type", "FREE_TEXT", "prompt", "Why?")))));
        assertThat(renamed.get("questions")).hasSize(2);
        assertThat(renamed.get("questions").get(1).get("key").asString())
                .as("a new question never reuses a key the survey had")
                .isEqualTo("q6");
        assertThat(ok(owner.get(api)).get("total").asInt()).isEqualTo(1);

        assertThat(owner.delete(api + "/" + id).status()).isEqualTo(204);
        assertThat(owner.get(api + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void rejectsBadDesignsNamingTheQuestion() {
        ApiClient.Response r = owner.post(
                api,
                Map.of(
                        "title",
                        "",
                        "questions",
                        List.of(
                                Map.of("type", "SINGLE_CHOICE", "prompt", "Pick one", "options", List.of("Only")),
                                Map.of("type", "SLIDER", "prompt", "Drag me"),
                                Map.of("type", "NPS", "prompt", " "))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r))
                .containsExactlyInAnyOrder("title", "questions[0].options", "questions[1].type", "questions[2].prompt");

        String empty = ok(owner.post(api, Map.of("title", "Empty"))).get("id").asString();
        ApiClient.Response open = owner.post(api + "/" + empty + "/status", Map.of("status", "OPEN"));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.json().get("errors").get(0).get("message").asString()).contains("at least one question");
    }

    @Test
    void anyoneAnswersAnOpenSurveyThroughThePublicLinkWithoutSigningIn() {
        JsonNode survey = openSurvey();
        ApiClient.Response r = anonymous.post(
                answers(survey),
                Map.of(
                        "respondent",
                        "Anna Lindholm",
                        "answers",
                        Map.of(
                                "q1",
                                10,
                                "q2",
                                5,
                                "q3",
                                "Team lead",
                                "q4",
                                List.of("Focus time", "Calendars"),
                                "q5",
                                "A read-only calendar for clients.")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        JsonNode responses = ok(owner.get(api + "/" + survey.get("id").asString() + "/responses"));
        assertThat(responses.get("total").asInt()).isEqualTo(1);
        JsonNode stored = responses.get("items").get(0);
        assertThat(stored.get("respondent").asString()).isEqualTo("Anna Lindholm");
        assertThat(stored.get("answers").get("q1").asInt()).isEqualTo(10);
        assertThat(stored.get("answers").get("q4").toString()).isEqualTo("[\"Calendars\",\"Focus time\"]");

        JsonNode form = anonymous
                .get("/public/surveys/" + survey.get("publicToken").asString())
                .json();
        assertThat(form.get("title").asString()).isEqualTo("Customer pulse");
        assertThat(form.toString()).doesNotContain(product);
    }

    @Test
    void theHtmlFormTakesAnswersAndThanksTheRespondent() {
        JsonNode survey = openSurvey();
        String link = "/public/surveys/" + survey.get("publicToken").asString();
        FormClient browser = new FormClient(port);
        FormClient.Page form = browser.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Customer pulse")
                .contains("How likely are you to recommend Cadence?")
                .contains("name=\"website\"");

        FormClient.Page invalid = browser.post(
                link,
                List.of(Map.entry("a.q1", "12"), Map.entry("a.q3", "Engineer"), Map.entry("a.q5", "Keep my text")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("“How likely are you to recommend Cadence?” needs a whole number from 0 to 10, not 12")
                .contains("Keep my text")
                .contains("value=\"Engineer\" checked");

        FormClient.Page sent = browser.post(
                link,
                List.of(
                        Map.entry("a.q1", "8"),
                        Map.entry("a.q3", "Engineer"),
                        Map.entry("a.q4", "Calendars"),
                        Map.entry("a.q4", "Booking links"),
                        Map.entry("a.q5", ""),
                        Map.entry("respondent", ""),
                        Map.entry("website", "")));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith(link + "/thanks");
        assertThat(browser.get(link + "/thanks").body()).contains("Thank you");

        JsonNode stored = ok(owner.get(api + "/" + survey.get("id").asString() + "/responses"))
                .get("items")
                .get(0);
        assertThat(stored.get("answers").get("q4")).hasSize(2);
        assertThat(stored.get("answers").has("q5")).isFalse();
        assertThat(stored.get("respondent").isNull()).isTrue();

        assertThat(new FormClient(port).get("/public/surveys/no-such-link").status())
                .isEqualTo(404);
    }

    @Test
    void rejectsInvalidAnswersNamingTheQuestionAndStoresNothing() {
        JsonNode survey = openSurvey();
        ApiClient.Response r = anonymous.post(
                answers(survey),
                Map.of(
                        "answers",
                        Map.of(
                                "q1",
                                11,
                                "q2",
                                4.5,
                                "q3",
                                "Intern",
                                "q4",
                                List.of("Calendars", "Teleport"),
                                "q5",
                                "x".repeat(5001),
                                "q7",
                                "extra")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("q1", "q2", "q3", "q4", "q5", "q7");
        assertThat(r.body())
                .contains("How likely are you to recommend Cadence?")
                .contains("no option “Intern”")
                .contains("at most 5000 characters");

        ApiClient.Response missing = anonymous.post(answers(survey), Map.of("answers", Map.of("q5", "Only text")));
        assertThat(fields(missing)).containsExactly("q1");
        assertThat(missing.body()).contains("needs an answer");

        assertThat(ok(owner.get(api + "/" + survey.get("id").asString() + "/responses"))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(Access.asSystem(() -> inbox.list(UUID.fromString(product), NoteFilter.ALL, Paging.of(0, 5)))
                        .total())
                .isZero();
    }

    @Test
    void computesNpsAndDistributionsOnAKnownSet() {
        JsonNode survey = openSurvey();
        int[] scores = {10, 9, 9, 10, 9, 7, 8, 7, 0, 6};
        for (int score : scores) {
            ok(anonymous.post(
                    answers(survey),
                    Map.of("answers", Map.of("q1", score, "q3", score >= 9 ? "Team lead" : "Engineer"))));
        }
        JsonNode results = ok(owner.get(api + "/" + survey.get("id").asString() + "/results"));
        assertThat(results.get("responses").asInt()).isEqualTo(10);
        JsonNode nps = results.get("nps");
        assertThat(nps.get("score").asInt()).isEqualTo(30);
        assertThat(nps.get("promoters").asInt()).isEqualTo(5);
        assertThat(nps.get("passives").asInt()).isEqualTo(3);
        assertThat(nps.get("detractors").asInt()).isEqualTo(2);

        JsonNode q1 = results.get("questions").get(0);
        assertThat(q1.get("distribution")).hasSize(11);
        assertThat(q1.get("distribution").get(9).get("count").asInt()).isEqualTo(3);
        assertThat(q1.get("distribution").get(9).get("percent").asInt()).isEqualTo(30);
        JsonNode q3 = results.get("questions").get(2);
        assertThat(q3.get("distribution").get(0).get("value").asString()).isEqualTo("Team lead");
        assertThat(q3.get("distribution").get(0).get("count").asInt()).isEqualTo(5);
        assertThat(q3.get("distribution").get(2).get("count").asInt()).isZero();
        assertThat(results.get("questions").get(1).get("answered").asInt()).isZero();

        FormClient browser = FormClient.signedIn(port, email(owner), PASSWORD);
        String page = browser.get(
                        "/products/" + product + "/surveys/" + survey.get("id").asString() + "/results")
                .body();
        assertThat(page).contains("+30").contains("Promoters (9–10): 5 · 50%").contains("Detractors (0–6): 2 · 20%");
    }

    @Test
    void freeTextAnswersBecomeInboxNotes() {
        JsonNode survey = openSurvey();
        String responseId = ok(anonymous.post(
                        answers(survey),
                        Map.of(
                                "respondent",
                                "Joon Kim",
                                "answers",
                                Map.of("q1", 3, "q5", "Round-robin that skips people on holiday."))))
                .get("id")
                .asString();
        ok(anonymous.post(answers(survey), Map.of("answers", Map.of("q1", 9, "q5", "Dark mode."))));

        PageResult<NoteView> notes = Access.asSystem(() -> inbox.list(
                UUID.fromString(product), new NoteFilter(null, null, NoteSource.SURVEY, null), Paging.of(0, 10)));
        assertThat(notes.total()).isEqualTo(2);
        NoteView joon = notes.items().stream()
                .filter(n -> n.text().startsWith("Round-robin"))
                .findFirst()
                .orElseThrow();
        assertThat(joon.surveyResponseId().toString()).isEqualTo(responseId);
        assertThat(joon.customer().name()).isEqualTo("Joon Kim");
        assertThat(joon.tags()).containsExactly("detractor");
        NoteView anonymousNote = notes.items().stream()
                .filter(n -> n.text().equals("Dark mode."))
                .findFirst()
                .orElseThrow();
        assertThat(anonymousNote.customers()).isEmpty();
        assertThat(anonymousNote.tags()).containsExactly("promoter");

        JsonNode texts = ok(owner.get(api + "/" + survey.get("id").asString() + "/results"))
                .get("questions")
                .get(4)
                .get("texts");
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0).get("noteId").isNull()).isFalse();

        // deleting the survey keeps its notes in the inbox, no longer linked to a response
        assertThat(owner.delete(api + "/" + survey.get("id").asString()).status())
                .isEqualTo(204);
        NoteView kept = Access.asSystem(() -> inbox.get(UUID.fromString(product), joon.id()));
        assertThat(kept.surveyResponseId()).isNull();
        assertThat(kept.text()).startsWith("Round-robin");
    }

    @Test
    void rateLimitsPublicAnswersPerClient() {
        JsonNode survey = openSurvey();
        for (int i = 0; i < SubmissionLimiter.PER_CLIENT; i++) {
            assertThat(anonymous
                            .post(answers(survey), Map.of("answers", Map.of("q1", 8)))
                            .status())
                    .isEqualTo(201);
        }
        ApiClient.Response limited = anonymous.post(answers(survey), Map.of("answers", Map.of("q1", 8)));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("detail").asString())
                .contains("Too many answers")
                .contains("wait");
        assertThat(ok(owner.get(api + "/" + survey.get("id").asString() + "/responses"))
                        .get("total")
                        .asInt())
                .isEqualTo(SubmissionLimiter.PER_CLIENT);

        FormClient browser = new FormClient(port);
        String link = "/public/surveys/" + survey.get("publicToken").asString();
        browser.get(link);
        FormClient.Page page = browser.post(link, List.of(Map.entry("a.q1", "9")));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Too many answers");

        // another survey is not affected
        assertThat(anonymous
                        .post(answers(openSurvey()), Map.of("answers", Map.of("q1", 8)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aFilledHoneypotIsThankedAndIgnored() {
        JsonNode survey = openSurvey();
        String link = "/public/surveys/" + survey.get("publicToken").asString();
        FormClient bot = new FormClient(port);
        bot.get(link);
        FormClient.Page sent = bot.post(
                link,
                List.of(
                        Map.entry("a.q1", "10"),
                        Map.entry("a.q5", "Buy cheap watches"),
                        Map.entry("website", "http://spam.example")));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(ok(owner.get(api + "/" + survey.get("id").asString() + "/responses"))
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void closedAndDraftSurveysRefuseAnswersPolitely() {
        JsonNode draft = ok(owner.post(api, Map.of("title", "Not yet", "questions", QUESTIONS)));
        ApiClient.Response early = anonymous.post(answers(draft), Map.of("answers", Map.of("q1", 9)));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("not open yet");

        JsonNode survey = openSurvey();
        String id = survey.get("id").asString();
        ok(owner.post(api + "/" + id + "/status", Map.of("status", "CLOSED")));
        ApiClient.Response late = anonymous.post(answers(survey), Map.of("answers", Map.of("q1", 9)));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("closed");
        String link = "/public/surveys/" + survey.get("publicToken").asString();
        FormClient browser = new FormClient(port);
        FormClient.Page page = browser.get(link);
        assertThat(page.body()).contains("This survey has closed").doesNotContain("Send answers");
        assertThat(ok(owner.get(api + "/" + id + "/responses")).get("total").asInt())
                .isZero();

        ok(owner.post(api + "/" + id + "/status", Map.of("status", "OPEN")));
        assertThat(anonymous
                        .post(answers(survey), Map.of("answers", Map.of("q1", 9)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void answeredQuestionsCannotBeRemovedOrRetyped() {
        JsonNode survey = openSurvey();
        String id = survey.get("id").asString();
        ok(anonymous.post(answers(survey), Map.of("answers", Map.of("q1", 9, "q3", "Engineer"))));
        ApiClient.Response removed = owner.put(
                api + "/" + id,
                Map.of(
                        "title",
                        "Pulse",
                        "questions",
                        List.of(Map.of(
                                "key", "q1", "type", "NPS", "prompt", "How likely are you to recommend Cadence?"))));
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.json().get("detail").asString())
                .contains("q2")
                .contains("cannot be removed")
                .contains("already has 1 response.");
        ApiClient.Response retyped = owner.put(
                api + "/" + id,
                Map.of(
                        "title",
                        "Pulse",
                        "questions",
                        List.of(
                                Map.of("key", "q1", "type", "RATING", "prompt", "Rate us"),
                                QUESTIONS.get(1),
                                QUESTIONS.get(2),
                                QUESTIONS.get(3),
                                QUESTIONS.get(4))));
        assertThat(retyped.status()).isEqualTo(409);
        assertThat(retyped.json().get("detail").asString()).contains("q1").contains("cannot change its type");
        JsonNode current = ok(owner.get(api + "/" + id));
        assertThat(current.get("questions")).hasSize(5);

        ApiClient.Response reworded = owner.put(
                api + "/" + id,
                Map.of(
                        "title",
                        "Pulse",
                        "questions",
                        List.of(
                                Map.of(
                                        "key",
                                        "q1",
                                        "type",
                                        "NPS",
                                        "prompt",
                                        "Would you recommend Cadence to a colleague?",
                                        "required",
                                        true),
                                Map.of("key", "q2", "type", "RATING", "prompt", "Sync reliability"),
                                Map.of(
                                        "key",
                                        "q3",
                                        "type",
                                        "SINGLE_CHOICE",
                                        "prompt",
                                        "Role",
                                        "options",
                                        List.of("Team lead", "Engineer", "Operations", "Sales")),
                                Map.of(
                                        "key",
                                        "q4",
                                        "type",
                                        "MULTIPLE_CHOICE",
                                        "prompt",
                                        "Used",
                                        "options",
                                        List.of("Calendars", "Booking links", "Focus time")),
                                Map.of("key", "q5", "type", "FREE_TEXT", "prompt", "Anything else?"))));
        assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);
        assertThat(reworded.json().get("questions").get(2).get("options")).hasSize(4);
    }

    @Test
    void recordsImportedResponsesWithTheirOwnDates() {
        JsonNode survey = ok(owner.post(api, Map.of("title", "Last year's pulse", "questions", QUESTIONS)));
        UUID id = UUID.fromString(survey.get("id").asString());
        UUID productId = UUID.fromString(product);
        Access.asSystem(() -> {
            surveys.recordResponse(
                    productId,
                    id,
                    "Emil Andersen",
                    Instant.parse("2025-09-10T09:00:00Z"),
                    Map.of("q1", 9, "q5", "Half-day leave"));
            surveys.recordResponse(productId, id, "", Instant.parse("2025-09-12T09:00:00Z"), Map.of("q1", 4));
        });
        JsonNode responses = ok(owner.get(api + "/" + id + "/responses?size=1"));
        assertThat(responses.get("total").asInt()).isEqualTo(2);
        assertThat(responses.get("items")).hasSize(1);
        assertThat(responses.get("items").get(0).get("submittedAt").asString()).startsWith("2025-09-12");
        NoteView note = Access.asSystem(() ->
                        inbox.list(productId, new NoteFilter(null, null, NoteSource.SURVEY, null), Paging.of(0, 5)))
                .items()
                .getFirst();
        assertThat(note.date()).hasToString("2025-09-10");
        assertThat(ok(owner.get(api + "/" + id + "/results"))
                        .get("nps")
                        .get("score")
                        .asInt())
                .isZero();
    }

    @Test
    void viewersReadResultsButCannotEdit() {
        ApiClient viewer = newUser("Victor");
        ApiClient contributor = newUser("Carla");
        addMember(owner, workspace, viewer, "VIEWER");
        addMember(owner, workspace, contributor, "CONTRIBUTOR");
        JsonNode survey = openSurvey();
        String id = survey.get("id").asString();

        assertThat(viewer.get(api + "/" + id + "/results").status()).isEqualTo(200);
        assertThat(viewer.get(api + "/" + id + "/responses").status()).isEqualTo(200);
        assertThat(viewer.post(api, Map.of("title", "Mine", "questions", QUESTIONS))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api + "/" + id, Map.of("title", "Mine")).status()).isEqualTo(403);
        assertThat(viewer.post(api + "/" + id + "/status", Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api + "/" + id).status()).isEqualTo(403);
        assertThat(contributor
                        .post(api + "/" + id + "/status", Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(403);
        assertThat(ok(owner.get(api + "/" + id)).get("status").asString()).isEqualTo("OPEN");

        FormClient browser = FormClient.signedIn(port, email(viewer), PASSWORD);
        String page = browser.get("/products/" + product + "/surveys/" + id).body();
        assertThat(page)
                .contains("Customer pulse")
                .doesNotContain("Add question")
                .doesNotContain("Close survey");
        assertThat(browser.post("/products/" + product + "/surveys/" + id + "/status", Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void strangersGetNotFound() {
        ApiClient mallory = newUser("Mallory");
        String id = openSurvey().get("id").asString();
        assertThat(mallory.get(api).status()).isEqualTo(404);
        assertThat(mallory.get(api + "/" + id).status()).isEqualTo(404);
        assertThat(mallory.get(api + "/" + id + "/results").status()).isEqualTo(404);
        assertThat(mallory.get(api + "/" + id + "/responses").status()).isEqualTo(404);
        assertThat(mallory.delete(api + "/" + id).status()).isEqualTo(404);
        String theirs = newProduct(mallory, newWorkspace(mallory, "Mal"), "Other");
        assertThat(mallory.get("/api/v1/products/" + theirs + "/surveys/" + id + "/results")
                        .status())
                .isEqualTo(404);
        assertThat(FormClient.signedIn(port, email(mallory), PASSWORD)
                        .get("/products/" + product + "/surveys/" + id + "/results")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void designPagesBuildASurveyStepByStep() {
        FormClient browser = FormClient.signedIn(port, email(owner), PASSWORD);
        String base = "/products/" + product + "/surveys";
        assertThat(browser.get(base).body()).contains("No surveys yet");
        FormClient.Page created = browser.post(base, Map.of("title", "Onboarding check", "intro", ""));
        assertThat(created.status()).isEqualTo(302);
        String design = created.location().replaceFirst("^https?://[^/]+", "");
        browser.get(design);

        FormClient.Page noOptions = browser.post(
                design + "/questions", Map.of("type", "SINGLE_CHOICE", "prompt", "Which plan?", "options", "Team"));
        assertThat(noOptions.status()).isEqualTo(200);
        assertThat(noOptions.body()).contains("needs at least two options");
        browser.post(
                design + "/questions",
                Map.of(
                        "type",
                        "SINGLE_CHOICE",
                        "prompt",
                        "Which plan?",
                        "options",
                        "Team\nBusiness\n\n",
                        "required",
                        "true"));
        browser.post(design + "/questions", Map.of("type", "NPS", "prompt", "Recommend us?", "required", "true"));
        browser.post(design + "/questions/q2/move", Map.of("by", "-1"));
        String id = design.substring(design.lastIndexOf('/') + 1);
        JsonNode s = ok(owner.get(api + "/" + id));
        assertThat(s.get("questions").get(0).get("key").asString()).isEqualTo("q2");
        assertThat(s.get("questions").get(1).get("options").toString()).isEqualTo("[\"Team\",\"Business\"]");

        browser.get(design);
        assertThat(browser.post(design + "/status", Map.of("status", "OPEN")).status())
                .isEqualTo(302);
        assertThat(browser.get(design).body())
                .contains("Close survey")
                .contains(s.get("publicPath").asString());
    }
}
