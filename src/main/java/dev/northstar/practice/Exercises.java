package dev.northstar.practice;

import dev.northstar.common.Checks;
import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Actor;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice exercises of the signed-in user: guided forms (metrics practice, teardown, review highlights, cross
 * training, product execution) and framework templates (CIRCLES, AARRR, HEART, RACI, …), saved as JSON content and
 * checked by the kind's structural checker. Private to their user: another user's exercise is "not found". Drafts may
 * be incomplete; a RACI matrix that breaks its rule (one Accountable, at least one Responsible per task) is refused.
 */
@Service
@Transactional
public class Exercises {

    public static final int MAX_TITLE = 200;
    private static final String STALE =
            "this exercise was saved elsewhere since you opened it; reload it and apply your edit again";

    private final Access access;
    private final ExerciseRows rows;
    private final ExerciseForms forms;
    private final ExercisePrefill prefill;
    private final AnswerChecks checks;
    private final PracticeLibrary library;
    private final Workspaces workspaces;
    private final Random random = new SecureRandom();

    Exercises(
            Access access,
            ExerciseRows rows,
            ExerciseForms forms,
            ExercisePrefill prefill,
            AnswerChecks checks,
            PracticeLibrary library,
            Workspaces workspaces) {
        this.access = access;
        this.rows = rows;
        this.forms = forms;
        this.prefill = prefill;
        this.checks = checks;
        this.library = library;
        this.workspaces = workspaces;
    }

    /** The user's exercises, newest change first; {@code kind} null lists every kind. */
    @Transactional(readOnly = true)
    public PageResult<ExerciseView> list(ExerciseKind kind, Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.list(user, kind, paging), rows.count(user, kind));
    }

    /** How many exercises the user has (of one kind, or all with null). */
    @Transactional(readOnly = true)
    public long count(ExerciseKind kind) {
        return rows.count(user(), kind);
    }

    /** The exercises the user marked for their portfolio, newest change first. */
    @Transactional(readOnly = true)
    public List<ExerciseView> portfolio() {
        return rows.portfolio(user());
    }

    /** One of the user's exercises; "not found" for anyone else's. */
    @Transactional(readOnly = true)
    public ExerciseView get(UUID id) {
        return rows.find(user(), id).orElseThrow(() -> new NotFoundException("exercise"));
    }

    /**
     * What a new exercise starts with: the default title and, with a product of the user's workspaces (viewer or
     * more), its personas, unmet needs and key-result metrics; a cross-training exercise gets two cards drawn.
     */
    @Transactional(readOnly = true)
    public ExerciseDraft draft(ExerciseKind kind, UUID productId) {
        user();
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        Map<String, Object> content = new LinkedHashMap<>();
        String productName = null;
        if (productId != null) {
            ExercisePrefill.Source source = prefill.load(productId);
            productName = source.product().name();
            content.putAll(prefill.fill(forms.form(kind), source));
        }
        if (kind == ExerciseKind.CROSS_TRAINING && library.deck().size() >= 2) {
            List<DeckProduct> pair = draw();
            content.put("productA", pair.get(0).key());
            content.put("productB", pair.get(1).key());
        }
        return new ExerciseDraft(kind, defaultTitle(kind, productName), content, productId, productName);
    }

    /**
     * Saves a new exercise. Without content it starts from {@link #draft} (pre-filled from the product, if any); given
     * content is saved as it is (a cross-training exercise without cards still gets two drawn). Content may be
     * partial. 400 naming the field ({@code content.rows[2].accountable}) for content that does not fit the kind.
     */
    public ExerciseView create(NewExercise input) {
        UUID user = user();
        if (input == null || input.kind() == null) {
            throw new InvalidInputException("kind", "is required: one of " + kinds());
        }
        ExerciseForm form = forms.form(input.kind());
        String title = Checks.trimToNull(input.title());
        Checks.start().maxLength(title, MAX_TITLE, "title", "Title").orThrow();
        ExerciseDraft draft = draft(input.kind(), input.productId());
        Map<String, Object> content = new LinkedHashMap<>(draft.content());
        if (input.content() != null) {
            // given content is taken as it is: a user who removed pre-filled rows meant to
            content = new LinkedHashMap<>(input.content());
            if (input.kind() == ExerciseKind.CROSS_TRAINING
                    && content.get("productA") == null
                    && content.get("productB") == null
                    && draft.content().containsKey("productA")) {
                content.put("productA", draft.content().get("productA"));
                content.put("productB", draft.content().get("productB"));
            }
        }
        Map<String, Object> clean = ExerciseContent.normalize(form, content, this::inDeck);
        Instant now = Instant.now();
        ExerciseView e = new ExerciseView(
                UUID.randomUUID(),
                input.kind(),
                title == null ? draft.title() : title,
                clean,
                draft.productId(),
                draft.productName(),
                false,
                0,
                now,
                now);
        rows.insert(user, e);
        return get(e.id());
    }

    /** Replaces title and content; {@code version} must be the one read, else a conflict (409). */
    public ExerciseView update(UUID id, int version, String title, Map<String, Object> content) {
        UUID user = user();
        ExerciseView current = get(id);
        String clean = Checks.trimToNull(title);
        Checks.start().maxLength(clean, MAX_TITLE, "title", "Title").orThrow();
        Map<String, Object> normal = ExerciseContent.normalize(forms.form(current.kind()), content, this::inDeck);
        if (!rows.update(user, id, version, clean == null ? current.title() : clean, normal, Instant.now())) {
            throw new ConflictException(STALE);
        }
        return get(id);
    }

    /** Marks an exercise for the portfolio, or takes it out; does not change its version. */
    public ExerciseView portfolio(UUID id, boolean portfolio) {
        UUID user = user();
        get(id);
        rows.portfolio(user, id, portfolio);
        return get(id);
    }

    public void delete(UUID id) {
        if (!rows.delete(user(), id)) {
            throw new NotFoundException("exercise");
        }
    }

    /** Checks a saved exercise with its kind's structural checker. */
    @Transactional(readOnly = true)
    public CheckResult check(UUID id) {
        ExerciseView e = get(id);
        return check(e.kind(), e.content());
    }

    /**
     * Checks content of a kind without saving it. Metrics practice uses the "metrics-practice" checker; CIRCLES uses
     * the interview answers' "circles" checker; every other kind the checker named by its key.
     */
    public CheckResult check(ExerciseKind kind, Map<String, Object> content) {
        String framework = checkerOf(kind);
        if (!checks.frameworks().contains(framework)) {
            return new CheckResult(
                    framework,
                    List.of(),
                    List.of("There is no structural check for " + kind.label() + " yet: judge it against the"
                            + " framework card."));
        }
        return checks.check(framework, content == null ? Map.of() : content);
    }

    /** The checker key an exercise kind is checked with. */
    public static String checkerOf(ExerciseKind kind) {
        return kind == ExerciseKind.METRICS ? "metrics-practice" : kind.key();
    }

    /** Two different products drawn at random from the cross-training deck; 409 when the deck has fewer than two. */
    public List<DeckProduct> draw() {
        List<DeckProduct> deck = library.deck();
        if (deck.size() < 2) {
            throw new ConflictException("the cross-training deck has fewer than two products");
        }
        int a = random.nextInt(deck.size());
        int b = random.nextInt(deck.size() - 1);
        if (b >= a) {
            b++;
        }
        return List.of(deck.get(a), deck.get(b));
    }

    /** A deck product by key, for showing the cards of a cross-training exercise. */
    @Transactional(readOnly = true)
    public java.util.Optional<DeckProduct> card(String key) {
        return library.deck().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The products the user can start an exercise from: every product of every workspace they belong to. */
    @Transactional(readOnly = true)
    public List<ExerciseSource> sources() {
        user();
        List<ExerciseSource> out = new ArrayList<>();
        for (WorkspaceView ws : workspaces.mine()) {
            for (ProductView p : workspaces.products(ws.id())) {
                out.add(new ExerciseSource(p.id(), p.name(), ws.id(), ws.name()));
            }
        }
        return out;
    }

    private boolean inDeck(String key) {
        return library.deck().stream().anyMatch(p -> p.key().equals(key));
    }

    private UUID user() {
        Actor actor = access.current();
        if (actor.isSystem()) {
            throw new dev.northstar.common.ForbiddenException("practice exercises belong to a signed-in user");
        }
        return actor.userId();
    }

    private static String defaultTitle(ExerciseKind kind, String productName) {
        return productName == null ? kind.label() : kind.label() + " — " + productName;
    }

    private static String kinds() {
        return String.join(
                ", ",
                java.util.Arrays.stream(ExerciseKind.values())
                        .map(ExerciseKind::key)
                        .toList());
    }
}
