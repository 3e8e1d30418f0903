package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mock interviews: questions drawn for a round or a category (unanswered ones first), answered in the question's
 * structured form against a clock, checked for structure, then self-scored against the rubric. Every self-score
 * publishes {@link AnswerScored}, so spaced repetition schedules the question. A session can be shared by a revocable
 * link for a peer to score the same rubric without an account. Private to its user otherwise.
 */
@Service
@Transactional
public class MockSessions {

    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_PEER_REVIEWS = 20;
    public static final int MAX_ANSWER_PART = 10_000;

    private final Access access;
    private final MockRows rows;
    private final PracticeLibrary library;
    private final AnswerChecks checks;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    MockSessions(
            Access access,
            MockRows rows,
            PracticeLibrary library,
            AnswerChecks checks,
            ApplicationEventPublisher events) {
        this.access = access;
        this.rows = rows;
        this.library = library;
        this.checks = checks;
        this.events = events;
    }

    /** Starts a session; 400 naming round, category, questionId, count or minutes when one is wrong. */
    public MockView create(MockRequest request) {
        UUID user = user();
        List<FieldError> errors = new ArrayList<>();
        InterviewRound round = parse(request.round(), "round", InterviewRound::parse, errors);
        QuestionCategory category = parse(request.category(), "category", QuestionCategory::parse, errors);
        int count = request.count() == null ? 3 : request.count();
        if (count < 1 || count > MAX_QUESTIONS) {
            errors.add(new FieldError("count", "between 1 and " + MAX_QUESTIONS + " questions"));
        }
        Integer minutes = request.minutes();
        if (minutes != null && (minutes < 1 || minutes > 60)) {
            errors.add(new FieldError("minutes", "between 1 and 60 minutes per question"));
        }
        List<Question> chosen = new ArrayList<>();
        if (request.questionId() != null && !request.questionId().isBlank()) {
            library.question(request.questionId().strip())
                    .ifPresentOrElse(
                            chosen::add,
                            () -> errors.add(new FieldError("questionId", "no question " + request.questionId())));
        } else if (errors.isEmpty()) {
            chosen.addAll(draw(user, round, category, count));
            if (chosen.isEmpty()) {
                errors.add(new FieldError(category != null ? "category" : "round", "no question matches"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Question first = chosen.getFirst();
        int perQuestion = minutes != null ? minutes : defaultMinutes(round, first);
        String title = round != null
                ? library.round(round).map(RoundGuide::name).orElse(round.label())
                : category != null ? category.label() : first.category().label();
        MockRows.Session s = new MockRows.Session(
                UUID.randomUUID(), user, title, key(round), key(category), perQuestion, null, Instant.now());
        rows.insert(s, chosen.stream().map(Question::id).toList());
        return view(s);
    }

    @Transactional(readOnly = true)
    public PageResult<MockView> list(Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.list(user, paging).stream().map(this::view).toList(), rows.count(user));
    }

    @Transactional(readOnly = true)
    public MockView get(UUID id) {
        return view(session(id));
    }

    /** Starts the clock of one question (only the first call counts). */
    public MockView begin(UUID id, int position) {
        MockRows.Session s = session(id);
        answerAt(s, position);
        rows.start(id, position, Instant.now());
        return view(s);
    }

    /**
     * Saves the answer to one question (fields of its form, or "text"); a late answer is kept and marked overtime.
     * Answers the session with the structural check of that answer.
     */
    public MockView answer(UUID id, int position, Map<String, String> fields) {
        MockRows.Session s = session(id);
        MockView.Answer a = answerAt(s, position);
        Map<String, String> content = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<String> allowed = new ArrayList<>(a.question().form().fields());
        allowed.add("text");
        (fields == null ? Map.<String, String>of() : fields).forEach((k, v) -> {
            if (!allowed.contains(k)) {
                errors.add(new FieldError(k, "a " + a.question().form().label() + " answer has " + allowed));
            } else if (v != null && v.length() > MAX_ANSWER_PART) {
                errors.add(new FieldError(k, "at most " + MAX_ANSWER_PART + " characters"));
            } else if (v != null && !v.isBlank()) {
                content.put(k, v.strip());
            }
        });
        if (errors.isEmpty() && content.isEmpty()) {
            errors.add(new FieldError(a.question().form().fields().getFirst(), "write an answer before submitting"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        Instant started = a.startedAt() == null ? now : a.startedAt();
        rows.answer(
                id, position, content, now, (int) Duration.between(started, now).toSeconds());
        return view(s);
    }

    /** The user's score of their own answer against the rubric, 1–5; schedules the question's review card. */
    public MockView score(UUID id, int position, int score) {
        MockRows.Session s = session(id);
        MockView.Answer a = answerAt(s, position);
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "a whole number from 1 to 5");
        }
        if (!a.answered()) {
            throw new InvalidInputException("score", "answer the question before scoring it");
        }
        rows.score(id, position, score);
        events.publishEvent(new AnswerScored(s.userId(), a.question().cardId(), score, Instant.now()));
        return view(s);
    }

    public MockView portfolio(UUID id, int position, boolean portfolio) {
        MockRows.Session s = session(id);
        answerAt(s, position);
        rows.portfolio(id, position, portfolio);
        return view(s);
    }

    /** Opens (or keeps) the peer-review link; its token is the only key to the public page. */
    public MockView share(UUID id) {
        MockRows.Session s = session(id);
        if (s.shareToken() == null) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            rows.share(id, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return get(id);
    }

    /** Closes the peer-review link: the old address answers "not found". */
    public MockView unshare(UUID id) {
        session(id);
        rows.share(id, null);
        return get(id);
    }

    public void delete(UUID id) {
        session(id);
        rows.delete(id);
    }

    /** The session behind a peer-review link, for anyone holding it; 404 when the link is unknown or closed. */
    @Transactional(readOnly = true)
    public MockView shared(String token) {
        return view(byToken(token));
    }

    /** A peer's score of one answer; at most {@value #MAX_PEER_REVIEWS} per link, only answered questions. */
    public void peerReview(String token, int position, String reviewer, Integer score, String comment) {
        MockRows.Session s = byToken(token);
        MockView.Answer a = answerAt(s, position);
        List<FieldError> errors = new ArrayList<>();
        if (score == null || score < 1 || score > 5) {
            errors.add(new FieldError("score", "choose a score from 1 to 5"));
        }
        if (reviewer != null && reviewer.strip().length() > 100) {
            errors.add(new FieldError("reviewer", "at most 100 characters"));
        }
        if (comment != null && comment.strip().length() > 2000) {
            errors.add(new FieldError("comment", "at most 2000 characters"));
        }
        if (!a.answered()) {
            errors.add(new FieldError("position", "this question has no answer yet"));
        }
        if (rows.peerReviewCount(s.id()) >= MAX_PEER_REVIEWS) {
            errors.add(new FieldError("score", "this link has had " + MAX_PEER_REVIEWS + " reviews, its limit"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rows.addPeerReview(s.id(), position, blankToNull(reviewer), score, blankToNull(comment), Instant.now());
    }

    private List<Question> draw(UUID user, InterviewRound round, QuestionCategory category, int count) {
        List<Question> pool = new ArrayList<>(library.questions(category, round, null));
        Set<String> answered = rows.answeredQuestions(user);
        Collections.shuffle(pool, random);
        pool.sort((a, b) -> Boolean.compare(answered.contains(a.id()), answered.contains(b.id())));
        return pool.subList(0, Math.min(count, pool.size()));
    }

    private int defaultMinutes(InterviewRound round, Question first) {
        if (round == InterviewRound.RECRUITER_SCREEN) {
            return 3;
        }
        return switch (first.form()) {
            case STAR -> 4;
            case FREE -> 6;
            default -> 10;
        };
    }

    private MockView.Answer answerAt(MockRows.Session s, int position) {
        return view(s).answers().stream()
                .filter(a -> a.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("question " + position + " of this session"));
    }

    private MockView view(MockRows.Session s) {
        Map<Integer, List<MockView.PeerReview>> peers = rows.peerReviews(s.id());
        List<MockView.Answer> answers = new ArrayList<>();
        for (MockRows.AnswerRow r : rows.answers(s.id())) {
            Question q = library.question(r.questionId()).orElse(null);
            if (q == null) {
                continue; // a question retired from the bank since
            }
            CheckResult check = r.submittedAt() == null ? null : check(q, r.content());
            answers.add(new MockView.Answer(
                    r.position(),
                    q,
                    r.content(),
                    r.startedAt(),
                    r.submittedAt(),
                    r.elapsedSeconds(),
                    r.selfScore(),
                    r.portfolio(),
                    check,
                    peers.getOrDefault(r.position(), List.of())));
        }
        return new MockView(
                s.id(),
                s.title(),
                s.round() == null ? null : InterviewRound.parse(s.round(), "round"),
                s.category() == null ? null : QuestionCategory.parse(s.category(), "category"),
                s.minutes(),
                s.shareToken(),
                s.createdAt(),
                answers);
    }

    /** Structured answers are checked by their form's checker; free text has none. */
    private CheckResult check(Question q, Map<String, String> content) {
        if (q.form() == AnswerForm.FREE || content.keySet().equals(Set.of("text"))) {
            return null;
        }
        return checks.check(q.form().key(), new LinkedHashMap<>(content));
    }

    private MockRows.Session session(UUID id) {
        return rows.find(user(), id).orElseThrow(() -> new NotFoundException("mock session " + id));
    }

    private MockRows.Session byToken(String token) {
        return (token == null ? java.util.Optional.<MockRows.Session>empty() : rows.byToken(token))
                .orElseThrow(() -> new NotFoundException("shared session"));
    }

    private static <T> T parse(
            String value,
            String field,
            java.util.function.BiFunction<String, String, T> parser,
            List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String key(Keyed k) {
        return k == null ? null : k.key();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private UUID user() {
        return access.current().userId();
    }
}
