package dev.northstar.discovery;

import dev.northstar.common.Checks;
import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys: designed by editors (rating, NPS, single and multiple choice, free text), answered by
 * anyone with the public link while open, analysed by every member. Each free-text answer becomes an
 * inbox note with source {@code survey}, linked to its response.
 */
@Service
@Transactional
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NUMBERED = Pattern.compile("q(\\d{1,6})");

    private final Access access;
    private final SurveyDesigns designs;
    private final SurveyResponses responses;
    private final FeedbackInbox inbox;
    private final SubmissionLimiter limiter;

    Surveys(
            Access access,
            SurveyDesigns designs,
            SurveyResponses responses,
            FeedbackInbox inbox,
            SubmissionLimiter limiter) {
        this.access = access;
        this.designs = designs;
        this.responses = responses;
        this.inbox = inbox;
        this.limiter = limiter;
    }

    // --- design

    /** Surveys, newest first. */
    @Transactional(readOnly = true)
    public PageResult<SurveyView> list(UUID productId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(designs.page(productId, paging), designs.count(productId));
    }

    @Transactional(readOnly = true)
    public SurveyView get(UUID productId, UUID surveyId) {
        access.product(productId, Role.VIEWER);
        return find(productId, surveyId);
    }

    /** Creates a draft survey with a fresh public link; questions without a key get q1, q2, … */
    public SurveyView create(UUID productId, SurveyDraft draft) {
        access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        designs.insert(id, productId, draft.title(), draft.intro(), newToken(), Instant.now());
        designs.replaceQuestions(id, withKeys(List.of(), draft.questions()));
        return find(productId, id);
    }

    /**
     * Replaces title, introduction and questions. Once a survey has responses its existing questions
     * stay (send their keys back): their wording and required flag may change, their type may not,
     * and choices may gain options but not lose them. {@code version}, when given, must be the one read.
     */
    public SurveyView update(UUID productId, UUID surveyId, SurveyDraft draft, Integer version) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        List<SurveyQuestion> questions = withKeys(current.questions(), draft.questions());
        checkChange(current, questions);
        if (!designs.update(
                productId, surveyId, version == null ? current.version() : version, draft.title(), draft.intro())) {
            throw new ConflictException("someone else changed this survey; reload it and apply your change again");
        }
        designs.replaceQuestions(surveyId, questions);
        return find(productId, surveyId);
    }

    /** Changes only the title and introduction; {@code version} (when given) must be the one the editor read. */
    public SurveyView describe(UUID productId, UUID surveyId, String title, String intro, Integer version) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        SurveyDraft draft = new SurveyDraft(title, intro, List.of());
        if (!designs.update(
                productId, surveyId, version == null ? current.version() : version, draft.title(), draft.intro())) {
            throw new ConflictException("someone else changed this survey; reload it and apply your change again");
        }
        return find(productId, surveyId);
    }

    public SurveyView addQuestion(UUID productId, UUID surveyId, SurveyQuestion question) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        if (current.questions().size() >= SurveyDraft.MAX_QUESTIONS) {
            throw new InvalidInputException(
                    "prompt", "A survey can have at most " + SurveyDraft.MAX_QUESTIONS + " questions");
        }
        if (question.key() != null
                && current.questions().stream().anyMatch(q -> q.key().equals(question.key()))) {
            throw new InvalidInputException("key", "This survey already has a question with the key " + question.key());
        }
        List<SurveyQuestion> next = new ArrayList<>(current.questions());
        next.add(question);
        return replace(current, withKeys(current.questions(), next));
    }

    /** Rewrites the question with {@code key} (keeping the key), under the same rules as {@link #update}. */
    public SurveyView updateQuestion(UUID productId, UUID surveyId, String key, SurveyQuestion question) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        int at = indexOf(current, key);
        List<SurveyQuestion> next = new ArrayList<>(current.questions());
        next.set(at, question.withKey(key));
        checkChange(current, next);
        return replace(current, next);
    }

    public SurveyView removeQuestion(UUID productId, UUID surveyId, String key) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        List<SurveyQuestion> next = new ArrayList<>(current.questions());
        next.remove(indexOf(current, key));
        checkChange(current, next);
        return replace(current, next);
    }

    /** Moves a question {@code by} places (negative: earlier), stopping at either end. */
    public SurveyView moveQuestion(UUID productId, UUID surveyId, String key, int by) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        List<SurveyQuestion> next = new ArrayList<>(current.questions());
        int from = indexOf(current, key);
        next.add(Math.max(0, Math.min(next.size() - 1, from + by)), next.remove(from));
        return replace(current, next);
    }

    /** Draft → open → closed → (re)open. Opening needs at least one question. Editors and up. */
    public SurveyView changeStatus(UUID productId, UUID surveyId, SurveyStatus target) {
        access.product(productId, Role.EDITOR);
        SurveyView current = find(productId, surveyId);
        if (current.status() == target) {
            return current;
        }
        if (!current.status().canMoveTo(target)) {
            throw new InvalidInputException(
                    "status",
                    "a " + current.status().label() + " survey cannot become " + target.label() + "; it can become "
                            + String.join(
                                    " or ",
                                    current.status().next().stream()
                                            .map(SurveyStatus::label)
                                            .sorted()
                                            .toList()));
        }
        if (target == SurveyStatus.OPEN && current.questions().isEmpty()) {
            throw new InvalidInputException("status", "Add at least one question before opening the survey");
        }
        designs.setStatus(surveyId, target);
        return find(productId, surveyId);
    }

    /** Deletes a survey with its responses; notes made from its answers stay in the inbox. Editors and up. */
    public void delete(UUID productId, UUID surveyId) {
        access.product(productId, Role.EDITOR);
        find(productId, surveyId);
        designs.delete(productId, surveyId);
    }

    // --- analysis

    @Transactional(readOnly = true)
    public SurveyResults results(UUID productId, UUID surveyId) {
        access.product(productId, Role.VIEWER);
        SurveyView survey = find(productId, surveyId);
        return SurveyAnalysis.analyse(
                survey, responses.all(surveyId), responses.notesByResponseAndText(productId, surveyId));
    }

    /** Responses, newest first. */
    @Transactional(readOnly = true)
    public PageResult<SurveyResponseView> responses(UUID productId, UUID surveyId, Paging paging) {
        access.product(productId, Role.VIEWER);
        find(productId, surveyId);
        return new PageResult<>(responses.page(surveyId, paging), responses.count(surveyId));
    }

    /** The newest survey with NPS answers and its NPS, for overviews; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<LatestNps> latestNps(UUID productId) {
        access.product(productId, Role.VIEWER);
        return designs.latestWithNps(productId).flatMap(s -> {
            SurveyResults r = SurveyAnalysis.analyse(s, responses.all(s.id()), Map.of());
            return Optional.ofNullable(r.nps()).map(nps -> new LatestNps(s, nps));
        });
    }

    /** A survey and the NPS of its first NPS question. */
    public record LatestNps(SurveyView survey, Nps nps) {}

    // --- answering

    /** The survey behind a public link, whatever its status; no sign-in needed. */
    @Transactional(readOnly = true)
    public PublicSurvey publicSurvey(String token) {
        SurveyView s = byToken(token);
        return new PublicSurvey(s.publicToken(), s.title(), s.intro(), s.status(), s.questions());
    }

    /**
     * Takes an answer through the public link, without sign-in. Each client address may answer a
     * survey a few times a minute ({@link SubmissionsLimitedException} beyond); only open surveys take
     * answers ({@link ConflictException}); every answer is checked against its question.
     */
    public SurveyResponseView submit(String token, String respondent, Map<String, ?> answers, String client) {
        SurveyView survey = byToken(token);
        limiter.acquire(survey.id().toString(), client == null ? "unknown" : client);
        if (survey.status() != SurveyStatus.OPEN) {
            throw new ConflictException(
                    survey.status() == SurveyStatus.DRAFT
                            ? "This survey is not open yet, so it cannot take answers."
                            : "This survey has closed and no longer takes answers. Thank you for your interest.");
        }
        ProductAccess pa = Access.asSystem(() -> access.product(survey.productId(), Role.CONTRIBUTOR));
        return store(pa, survey, respondent, Instant.now().truncatedTo(ChronoUnit.MICROS), answers);
    }

    /**
     * Records a response as it was given elsewhere (an import, the demo data) with its own time,
     * whatever the survey's status and without rate limits. Editors and up (the system passes).
     */
    public SurveyResponseView recordResponse(
            UUID productId, UUID surveyId, String respondent, Instant submittedAt, Map<String, ?> answers) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        SurveyView survey = find(productId, surveyId);
        return store(
                pa,
                survey,
                respondent,
                (submittedAt == null ? Instant.now() : submittedAt).truncatedTo(ChronoUnit.MICROS),
                answers);
    }

    private SurveyResponseView store(
            ProductAccess pa, SurveyView survey, String respondent, Instant at, Map<String, ?> raw) {
        String who = Checks.trimToNull(respondent);
        Checks.start().maxLength(who, 200, "respondent", "Your name").orThrow();
        Map<String, Object> answers = Answers.validate(survey.questions(), raw);
        UUID id = UUID.randomUUID();
        responses.insert(id, survey.id(), who, at, answers);
        LocalDate day = LocalDate.ofInstant(at, ZoneId.systemDefault());
        List<String> tags = npsTag(survey, answers);
        for (SurveyQuestion q : survey.questions()) {
            if (q.type() == QuestionType.FREE_TEXT && answers.get(q.key()) instanceof String text) {
                inbox.addFrom(
                        pa,
                        new NewNote(
                                text,
                                NoteSource.SURVEY,
                                new Customer(who, null, null, null, null),
                                day,
                                tags,
                                NoteState.NEW),
                        null,
                        id);
            }
        }
        return new SurveyResponseView(id, survey.id(), who, at, answers);
    }

    /** promoter, passive or detractor by the first NPS answer, so the inbox can be filtered by it. */
    private static List<String> npsTag(SurveyView survey, Map<String, Object> answers) {
        return survey.questions().stream()
                .filter(q -> q.type() == QuestionType.NPS && answers.get(q.key()) instanceof Integer)
                .findFirst()
                .map(q -> (Integer) answers.get(q.key()))
                .map(score -> List.of(score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor"))
                .orElse(List.of());
    }

    private SurveyView replace(SurveyView current, List<SurveyQuestion> questions) {
        designs.replaceQuestions(current.id(), questions);
        designs.touch(current.id());
        return find(current.productId(), current.id());
    }

    private void checkChange(SurveyView current, List<SurveyQuestion> next) {
        if (current.responseCount() == 0) {
            return;
        }
        String responses = current.responseCount() + (current.responseCount() == 1 ? " response" : " responses");
        for (SurveyQuestion old : current.questions()) {
            SurveyQuestion now = next.stream()
                    .filter(q -> q.key().equals(old.key()))
                    .findFirst()
                    .orElse(null);
            String what = "Question " + old.key() + " " + Answers.name(old);
            if (now == null) {
                throw new ConflictException(what + " cannot be removed: the survey already has " + responses
                        + ". To ask different questions, close it and start a new survey");
            }
            if (now.type() != old.type()) {
                throw new ConflictException(what + " cannot change its type: the survey already has " + responses);
            }
            if (!now.options().containsAll(old.options())) {
                throw new ConflictException(
                        what + " can gain options but not lose or rename them: the survey already has " + responses);
            }
        }
    }

    /** Gives every question without a key the next free qN, counting keys already in use. */
    private static List<SurveyQuestion> withKeys(List<SurveyQuestion> existing, List<SurveyQuestion> questions) {
        int highest = 0;
        for (SurveyQuestion q : existing) {
            highest = Math.max(highest, number(q.key()));
        }
        for (SurveyQuestion q : questions) {
            highest = Math.max(highest, number(q.key()));
        }
        List<SurveyQuestion> out = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            out.add(q.key() != null ? q : q.withKey("q" + (++highest)));
        }
        return out;
    }

    private static int number(String key) {
        if (key == null) {
            return 0;
        }
        Matcher m = NUMBERED.matcher(key);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int indexOf(SurveyView survey, String key) {
        for (int i = 0; i < survey.questions().size(); i++) {
            if (survey.questions().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new NotFoundException("question");
    }

    private SurveyView find(UUID productId, UUID surveyId) {
        return designs.find(productId, surveyId).orElseThrow(() -> new NotFoundException("survey"));
    }

    private SurveyView byToken(String token) {
        if (token == null || token.length() > 64) {
            throw new NotFoundException("survey");
        }
        return designs.findByToken(token).orElseThrow(() -> new NotFoundException("survey"));
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
