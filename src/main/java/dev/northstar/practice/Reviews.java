package dev.northstar.practice;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Accounts;
import dev.northstar.workspace.Actor;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced repetition of the question bank and the framework cards, per user, scheduled by FSRS-6 at 90% desired
 * retention. Every question and framework card is a card for every user; a card's state is stored the first time
 * the user scores it. Self-scores come from the review page and API, and from {@link AnswerScored} events (mock
 * sessions), which are scheduled inside the publisher's transaction. Everything here is the signed-in user's own.
 */
@Service
@Transactional
public class Reviews {

    private static final Logger log = LoggerFactory.getLogger(Reviews.class);

    static final String SOURCE_REVIEW = "review";
    static final String SOURCE_ANSWER = "answer";

    private final Access access;
    private final Accounts accounts;
    private final ReviewDeck deck;
    private final ReviewCards cards;
    private final ReviewLogs logs;
    private final ReviewPreferences preferences;
    private final Fsrs fsrs = Fsrs.defaults();

    Reviews(
            Access access,
            Accounts accounts,
            ReviewDeck deck,
            ReviewCards cards,
            ReviewLogs logs,
            ReviewPreferences preferences) {
        this.access = access;
        this.accounts = accounts;
        this.deck = deck;
        this.cards = cards;
        this.logs = logs;
        this.preferences = preferences;
    }

    /** Today's queue: due reviews, most overdue first, then today's new cards. */
    @Transactional(readOnly = true)
    public PageResult<ReviewQueueItem> queue(Paging paging) {
        List<ReviewQueueItem> all = queue(me(), Instant.now());
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageResult<>(all.subList(from, to), all.size());
    }

    /** The whole of today's queue. */
    @Transactional(readOnly = true)
    public List<ReviewQueueItem> today() {
        return queue(me(), Instant.now());
    }

    /** A card of the deck with its back (rubric or steps); 404 for a card id the deck does not hold. */
    @Transactional(readOnly = true)
    public ReviewCard card(String cardId) {
        me();
        return deck.card(cardId).orElseThrow(() -> new NotFoundException("card " + cardId));
    }

    /** The current user's state of a card: NEW (nothing stored) until first scored. */
    @Transactional(readOnly = true)
    public ReviewState state(String cardId) {
        return cards.find(me(), known(cardId)).map(ReviewCardRow::state).orElse(ReviewState.NEW);
    }

    /**
     * Scores a card 1–5 (1 → Again, 2 → Hard, 3–4 → Good, 5 → Easy) now and schedules it; 400 naming
     * {@code cardId} for a card the deck does not hold, naming {@code score} outside 1–5.
     */
    public ReviewOutcome review(String cardId, Integer score) {
        Checks.start()
                .require(score != null && score >= 1 && score <= 5, "score", "score must be a whole number from 1 to 5")
                .orThrow();
        return review(me(), known(cardId), score, Instant.now(), SOURCE_REVIEW);
    }

    /** A mock session (or anything else) scored an answer: schedule the card in the same transaction. */
    @EventListener
    public void on(AnswerScored event) {
        if (!deck.contains(event.cardId())) {
            log.warn("AnswerScored for card {} which the deck does not hold; not scheduled", event.cardId());
            return;
        }
        review(event.userId(), event.cardId(), event.score(), event.at(), SOURCE_ANSWER);
    }

    @Transactional(readOnly = true)
    public ReviewSettings settings() {
        return preferences.of(me());
    }

    /** Changes the settings; a null field keeps its value. 400 naming the field for a bad limit, zone or key. */
    public ReviewSettings updateSettings(ReviewSettings.Change change) {
        UUID user = me();
        ReviewSettings current = preferences.of(user);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        int limit = current.dailyNewLimit();
        if (change.dailyNewLimit() != null) {
            limit = change.dailyNewLimit();
            if (limit < 0 || limit > ReviewSettings.MAX_DAILY_NEW_LIMIT) {
                errors.add(new InvalidInputException.FieldError(
                        "dailyNewLimit",
                        "daily new cards must be between 0 and " + ReviewSettings.MAX_DAILY_NEW_LIMIT));
            }
        }
        String zone = current.timeZone();
        if (change.timeZone() != null) {
            zone = change.timeZone().strip();
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                errors.add(new InvalidInputException.FieldError(
                        "timeZone",
                        "unknown time zone \"" + change.timeZone() + "\"; use a name such as UTC or Europe/Berlin"));
            }
        }
        List<String> categories = change.focusCategories() == null
                ? current.focusCategories()
                : keys(change.focusCategories(), ReviewDeck.categories().keySet(), "focusCategories", errors);
        Set<String> skillKeys = new LinkedHashSet<>();
        for (Skill s : Skill.values()) {
            skillKeys.add(s.key());
        }
        List<String> skills = change.focusSkills() == null
                ? current.focusSkills()
                : keys(change.focusSkills(), skillKeys, "focusSkills", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReviewSettings next = new ReviewSettings(limit, zone, categories, skills);
        preferences.save(user, next);
        return next;
    }

    /** The practice home page's numbers for today. */
    @Transactional(readOnly = true)
    public TodaySummary summary() {
        return summary(me(), Instant.now());
    }

    /**
     * Today's queue of an account named by email, for the command line run on the server (a trusted caller: it
     * reads that account's queue without a sign-in). 400 naming {@code email} when no account has it.
     */
    @Transactional(readOnly = true)
    public ReviewAgenda agendaFor(String email) {
        Actor actor = (email == null ? java.util.Optional.<Actor>empty() : accounts.byEmail(email.strip()))
                .orElseThrow(() -> new InvalidInputException("email", "no account with email " + email));
        Instant now = Instant.now();
        TodaySummary summary = summary(actor.userId(), now);
        return new ReviewAgenda(actor.email(), summary.today(), queue(actor.userId(), now), summary.nextReview());
    }

    // --- package-private: the same work for a given user and time (tests travel in time through these)

    ReviewOutcome review(UUID user, String cardId, int score, Instant at, String source) {
        ZoneId zone = zone(user);
        ReviewCardRow before = cards.lock(user, cardId).orElse(null);
        ReviewCardRow.Reviewed r = ReviewCardRow.review(before, user, cardId, FsrsGrade.ofScore(score), at, zone, fsrs);
        cards.save(r.after(), before == null);
        logs.add(user, score, source, r);
        ReviewCardRow after = r.after();
        return new ReviewOutcome(
                cardId,
                score,
                r.grade().key(),
                after.state(),
                after.due(),
                after.due().atZone(zone).toLocalDate(),
                r.intervalDays(),
                after.stability(),
                after.difficulty(),
                after.reps(),
                after.lapses(),
                r.retrievability(),
                r.elapsedDays(),
                at);
    }

    List<ReviewQueueItem> queue(UUID user, Instant now) {
        ReviewSettings settings = preferences.of(user);
        ZoneId zone = ZoneId.of(settings.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<ReviewQueueItem> out = new ArrayList<>();
        for (ReviewCardRow row : cards.dueBefore(user, endOfToday)) {
            deck.card(row.cardId()).ifPresent(card -> {
                LocalDate dueDate = row.due().atZone(zone).toLocalDate();
                out.add(item(card, false, row.state(), row.due(), dueDate, (int)
                        Math.max(0, ChronoUnit.DAYS.between(dueDate, today))));
            });
        }
        Set<String> metBefore = new HashSet<>();
        Set<String> metToday = new HashSet<>();
        for (ReviewCards.Introduced i : cards.introduced(user)) {
            (i.at().isBefore(startOfToday) ? metBefore : metToday).add(i.cardId());
        }
        for (ReviewCard card : ReviewQueuePlan.newCards(deck.cards(), metBefore, metToday, settings)) {
            out.add(item(card, true, ReviewState.NEW, null, null, 0));
        }
        return out;
    }

    TodaySummary summary(UUID user, Instant now) {
        ReviewSettings settings = preferences.of(user);
        ZoneId zone = ZoneId.of(settings.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<ReviewQueueItem> queue = queue(user, now);
        int due = (int) queue.stream().filter(i -> !i.isNew()).count();
        int fresh = queue.size() - due;
        // a streak of up to ~3 years is counted exactly; older days do not change today's number
        List<LocalDate> days = logs
                .times(user, today.minusDays(1100).atStartOfDay(zone).toInstant())
                .stream()
                .map(t -> t.atZone(zone).toLocalDate())
                .distinct()
                .toList();
        int reviewedToday = (int) logs.times(user, today.atStartOfDay(zone).toInstant()).stream()
                .filter(t -> t.isBefore(endOfToday))
                .count();
        int streak = streak(days, today);
        int started = cards.introduced(user).size();
        LocalDate next = cards.nextDue(user, endOfToday)
                .map(t -> t.atZone(zone).toLocalDate())
                .orElse(null);
        boolean newTomorrow = settings.dailyNewLimit() > 0 && started < deck.size();
        if (newTomorrow && (next == null || next.isAfter(today.plusDays(1)))) {
            next = today.plusDays(1);
        }
        return new TodaySummary(today, due, fresh, reviewedToday, streak, logs.any(user), started, deck.size(), next);
    }

    /** Consecutive days with a review ending today, or yesterday when today has none yet. */
    static int streak(List<LocalDate> reviewDays, LocalDate today) {
        Set<LocalDate> set = new HashSet<>(reviewDays);
        LocalDate day = set.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (set.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }

    ZoneId zone(UUID user) {
        return ZoneId.of(preferences.of(user).timeZone());
    }

    private String known(String cardId) {
        if (cardId == null || cardId.isBlank()) {
            throw new InvalidInputException("cardId", "cardId is required (q:<question id> or f:<framework key>)");
        }
        String id = cardId.strip();
        if (!deck.contains(id)) {
            throw new InvalidInputException("cardId", "no card " + id + " (q:<question id> or f:<framework key>)");
        }
        return id;
    }

    private UUID me() {
        return access.current().userId();
    }

    private static List<String> keys(
            List<String> values, Set<String> allowed, String field, List<InvalidInputException.FieldError> errors) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String k = v == null ? "" : v.strip().toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(k)) {
                errors.add(new InvalidInputException.FieldError(
                        field, "unknown key \"" + v + "\"; one of " + String.join(", ", allowed)));
                return out;
            }
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static ReviewQueueItem item(
            ReviewCard card, boolean isNew, ReviewState state, Instant due, LocalDate dueDate, int overdue) {
        return new ReviewQueueItem(
                card.cardId(),
                card.kind(),
                card.category(),
                card.categoryLabel(),
                card.skills(),
                card.front(),
                isNew,
                state,
                due,
                dueDate,
                overdue);
    }
}
