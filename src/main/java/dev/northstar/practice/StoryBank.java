package dev.northstar.practice;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's story bank: behavioural stories in STAR or CARL form, tagged with the situations they answer, each
 * checked by its format's structural checker; and the matrix of stories against situation types that shows the gaps.
 * Private to their user. A draft may be incomplete: the check says what is missing.
 */
@Service
@Transactional
public class StoryBank {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PART = 5_000;
    private static final int QUESTIONS_PER_GAP = 3;

    private final Access access;
    private final StoryBankRows rows;
    private final AnswerChecks checks;
    private final PracticeLibrary library;

    StoryBank(Access access, StoryBankRows rows, AnswerChecks checks, PracticeLibrary library) {
        this.access = access;
        this.rows = rows;
        this.checks = checks;
        this.library = library;
    }

    /** The user's stories, newest change first. */
    @Transactional(readOnly = true)
    public PageResult<StoryView> list(Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.list(user, paging).stream().map(this::view).toList(), rows.count(user));
    }

    @Transactional(readOnly = true)
    public StoryView get(UUID id) {
        return view(stored(id));
    }

    public StoryView create(StoryInput input) {
        Instant now = Instant.now();
        StoryBankRows.Stored s = validate(UUID.randomUUID(), input, false, now, now);
        rows.insert(user(), s);
        return view(s);
    }

    /** Replaces the story; 409 when {@code version} is not the stored one. */
    public StoryView update(UUID id, int version, StoryInput input) {
        StoryBankRows.Stored current = stored(id);
        StoryBankRows.Stored s = validate(id, input, current.portfolio(), current.createdAt(), Instant.now());
        if (!rows.update(user(), version, s)) {
            throw new ConflictException(
                    "this story was saved elsewhere since you opened it; reload it and apply your edit again");
        }
        return get(id);
    }

    /** Marks the story for the portfolio (or not). */
    public StoryView portfolio(UUID id, boolean portfolio) {
        stored(id);
        rows.portfolio(user(), id, portfolio);
        return get(id);
    }

    public void delete(UUID id) {
        if (!rows.delete(user(), id)) {
            throw new NotFoundException("story " + id);
        }
    }

    /** The stories the user marked for their portfolio. */
    @Transactional(readOnly = true)
    public List<StoryView> portfolio() {
        return rows.all(user()).stream()
                .filter(StoryBankRows.Stored::portfolio)
                .map(this::view)
                .toList();
    }

    /** Every story against the six situation types; a column without a story suggests questions to prepare. */
    @Transactional(readOnly = true)
    public StoryMatrix matrix() {
        List<StoryView> stories = rows.all(user()).stream().map(this::view).toList();
        List<StoryMatrix.Column> columns = new ArrayList<>();
        for (Situation s : Situation.values()) {
            int count = (int)
                    stories.stream().filter(v -> v.situations().contains(s)).count();
            List<Question> questions = count > 0
                    ? List.of()
                    : library.questions().stream()
                            .filter(q -> q.situations().contains(s.key()))
                            .limit(QUESTIONS_PER_GAP)
                            .toList();
            columns.add(new StoryMatrix.Column(s, count, questions));
        }
        return new StoryMatrix(
                columns,
                stories.stream()
                        .map(v -> new StoryMatrix.Row(v, v.situations()))
                        .toList());
    }

    private StoryBankRows.Stored validate(UUID id, StoryInput in, boolean portfolio, Instant created, Instant now) {
        String title = in.title() == null ? "" : in.title().strip();
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "give the story a title you will recognise"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "at most " + MAX_TITLE + " characters"));
        }
        StoryFormat format = StoryFormat.STAR;
        try {
            format = StoryFormat.parse(in.format() == null ? "star" : in.format(), "format");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, String> given = in.parts() == null ? Map.of() : in.parts();
        for (String key : given.keySet()) {
            if (!format.fields().contains(key)) {
                errors.add(new FieldError(
                        "parts." + key, "a " + format.label() + " story has the parts " + format.fields()));
            }
        }
        for (String field : format.fields()) {
            String text = given.get(field) == null ? "" : given.get(field).strip();
            if (text.length() > MAX_PART) {
                errors.add(new FieldError("parts." + field, "at most " + MAX_PART + " characters"));
            }
            parts.put(field, text);
        }
        List<Situation> situations = parseAll(in.situations(), "situations", Situation::parse, errors);
        List<Skill> skills = parseAll(in.skills(), "skills", Skill::parse, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new StoryBankRows.Stored(
                id,
                title,
                format,
                parts,
                situations,
                skills,
                in.portfolio() == null ? portfolio : in.portfolio(),
                0,
                created,
                now);
    }

    private static <T> List<T> parseAll(
            List<String> values,
            String field,
            java.util.function.BiFunction<String, String, T> parser,
            List<FieldError> errors) {
        LinkedHashSet<T> out = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                try {
                    out.add(parser.apply(values.get(i), field + "[" + i + "]"));
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        return List.copyOf(out);
    }

    private StoryBankRows.Stored stored(UUID id) {
        return rows.find(user(), id).orElseThrow(() -> new NotFoundException("story " + id));
    }

    private StoryView view(StoryBankRows.Stored s) {
        return new StoryView(
                s.id(),
                s.title(),
                s.format(),
                s.parts(),
                s.situations(),
                s.skills(),
                s.portfolio(),
                s.version(),
                s.createdAt(),
                s.updatedAt(),
                checks.check(s.format().key(), new LinkedHashMap<>(s.parts())));
    }

    private UUID user() {
        return access.current().userId();
    }
}
