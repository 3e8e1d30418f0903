package dev.northstar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content practice is built on, read once at start from the versioned files under {@code practice/}: the question
 * bank ({@code questions/*.json}), the interview rounds, the framework cards and the cross-training deck. A file that
 * breaks the schema stops the start with a message naming the file, the entry and the field.
 */
@Service
public class PracticeLibrary {

    private static final Logger log = LoggerFactory.getLogger(PracticeLibrary.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Question> questions;
    private final Map<String, Question> questionsById;
    private final Map<InterviewRound, RoundGuide> rounds;
    private final Map<String, FrameworkCard> frameworks;
    private final List<DeckProduct> deck;
    private final Map<String, Integer> versions = new LinkedHashMap<>();

    public PracticeLibrary() {
        this("classpath*:practice/");
    }

    PracticeLibrary(String root) {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Question> qs = new ArrayList<>();
        try {
            Resource[] files = resolver.getResources(root + "questions/*.json");
            java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                JsonNode doc = read(file);
                versions.put(
                        "questions/" + file.getFilename(), doc.path("version").asInt(0));
                QuestionCategory category =
                        Field.of(file.getFilename(), "category").parse(doc, "category", QuestionCategory::parse);
                for (JsonNode q : doc.path("questions")) {
                    qs.add(question(file.getFilename(), category, q));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question q : qs) {
            if (byId.put(q.id(), q) != null) {
                throw new IllegalStateException("practice question id " + q.id() + " appears twice");
            }
        }
        this.questions = List.copyOf(qs);
        this.questionsById = byId;
        this.rounds = readRounds(resolver, root + "rounds.json");
        this.frameworks = readFrameworks(resolver, root + "frameworks.json");
        this.deck = readDeck(resolver, root + "products.json");
        log.info(
                "Practice library: {} questions, {} rounds, {} framework cards, {} deck products (versions {})",
                questions.size(),
                rounds.size(),
                frameworks.size(),
                deck.size(),
                versions);
    }

    /** Every question, by category then id. */
    public List<Question> questions() {
        return questions;
    }

    /** The questions matching every given filter (null = any). */
    public List<Question> questions(QuestionCategory category, InterviewRound round, Skill skill) {
        return questions.stream()
                .filter(q -> category == null || q.category() == category)
                .filter(q -> round == null || q.rounds().contains(round))
                .filter(q -> skill == null || q.skills().contains(skill))
                .toList();
    }

    /**
     * A page of the questions matching every given filter (null = any); {@code text} matches words of the question,
     * its coverage bullets and follow-ups, case-insensitively, all words required.
     */
    public dev.northstar.common.PageResult<Question> search(
            QuestionCategory category,
            InterviewRound round,
            Skill skill,
            Integer difficulty,
            String text,
            dev.northstar.common.Paging paging) {
        List<String> words = text == null
                ? List.of()
                : java.util.Arrays.stream(
                                text.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .toList();
        List<Question> hits = questions(category, round, skill).stream()
                .filter(q -> difficulty == null || q.difficulty() == difficulty)
                .filter(q -> words.isEmpty() || matches(q, words))
                .toList();
        int from = Math.min(hits.size(), paging.page() * paging.size());
        int to = Math.min(hits.size(), from + paging.size());
        return new dev.northstar.common.PageResult<>(hits.subList(from, to), hits.size());
    }

    private static boolean matches(Question q, List<String> words) {
        String haystack = (q.text() + " " + String.join(" ", q.covers()) + " " + String.join(" ", q.followUps()))
                .toLowerCase(java.util.Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(id == null ? null : questionsById.get(id));
    }

    /** The rounds in interview order. */
    public List<RoundGuide> rounds() {
        return List.copyOf(rounds.values());
    }

    public Optional<RoundGuide> round(InterviewRound round) {
        return Optional.ofNullable(rounds.get(round));
    }

    /** The framework cards in file order. */
    public List<FrameworkCard> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<FrameworkCard> framework(String key) {
        return Optional.ofNullable(key == null ? null : frameworks.get(key));
    }

    /** The cross-training deck in file order. */
    public List<DeckProduct> deck() {
        return deck;
    }

    /** The version of each content file loaded, by file name. */
    public Map<String, Integer> versions() {
        return Map.copyOf(versions);
    }

    private static Question question(String file, QuestionCategory category, JsonNode q) {
        String id = q.path("id").asString("");
        Field f = Field.of(file, id.isEmpty() ? "(question without id)" : id);
        String checkedId = f.text(q, "id");
        Map<Integer, String> anchors = new HashMap<>();
        for (int level : new int[] {5, 3, 1}) {
            anchors.put(level, f.text(q.path("anchors"), String.valueOf(level)));
        }
        int difficulty = q.path("difficulty").asInt(0);
        if (difficulty < 1 || difficulty > 3) {
            throw f.invalid("difficulty", "must be 1, 2 or 3");
        }
        return new Question(
                checkedId,
                category,
                f.text(q, "text"),
                f.list(q, "rounds", InterviewRound::parse),
                f.list(q, "skills", Skill::parse),
                f.parse(q, "form", AnswerForm::parse),
                difficulty,
                f.texts(q, "covers"),
                f.texts(q, "followUps"),
                anchors,
                f.optionalTexts(q, "situations"));
    }

    private Map<InterviewRound, RoundGuide> readRounds(PathMatchingResourcePatternResolver resolver, String path) {
        Map<InterviewRound, RoundGuide> out = new java.util.EnumMap<>(InterviewRound.class);
        JsonNode doc = optional(resolver, path);
        if (doc == null) {
            return out;
        }
        for (JsonNode r : doc.path("rounds")) {
            Field f = Field.of("rounds.json", r.path("key").asString("(round without key)"));
            InterviewRound round = f.parse(r, "key", InterviewRound::parse);
            out.put(
                    round,
                    new RoundGuide(
                            round,
                            f.text(r, "name"),
                            f.text(r, "format"),
                            r.path("minutes").asInt(45),
                            f.texts(r, "assesses"),
                            f.texts(r, "prepare"),
                            f.list(r, "categories", QuestionCategory::parse)));
        }
        return out;
    }

    private Map<String, FrameworkCard> readFrameworks(PathMatchingResourcePatternResolver resolver, String path) {
        Map<String, FrameworkCard> out = new LinkedHashMap<>();
        JsonNode doc = optional(resolver, path);
        if (doc == null) {
            return out;
        }
        for (JsonNode c : doc.path("frameworks")) {
            Field f = Field.of("frameworks.json", c.path("key").asString("(card without key)"));
            List<FrameworkCard.Step> steps = new ArrayList<>();
            for (JsonNode s : c.path("steps")) {
                steps.add(
                        new FrameworkCard.Step(f.text(s, "name"), s.path("hint").asString("")));
            }
            if (steps.isEmpty()) {
                throw f.invalid("steps", "needs at least one step");
            }
            FrameworkCard card = new FrameworkCard(
                    f.text(c, "key"),
                    f.text(c, "name"),
                    f.text(c, "summary"),
                    f.text(c, "whenToUse"),
                    steps,
                    f.optionalTexts(c, "pitfalls"),
                    f.list(c, "skills", Skill::parse),
                    f.text(c, "question"));
            if (out.put(card.key(), card) != null) {
                throw f.invalid("key", "appears twice");
            }
        }
        return out;
    }

    private List<DeckProduct> readDeck(PathMatchingResourcePatternResolver resolver, String path) {
        List<DeckProduct> out = new ArrayList<>();
        JsonNode doc = optional(resolver, path);
        if (doc == null) {
            return out;
        }
        for (JsonNode p : doc.path("products")) {
            Field f = Field.of("products.json", p.path("key").asString("(product without key)"));
            out.add(new DeckProduct(
                    f.text(p, "key"),
                    f.text(p, "name"),
                    f.text(p, "category"),
                    p.path("audience").asString(""),
                    f.text(p, "what"),
                    f.text(p, "idea")));
        }
        return List.copyOf(out);
    }

    private JsonNode optional(PathMatchingResourcePatternResolver resolver, String path) {
        Resource file = resolver.getResource(path.replace("classpath*:", "classpath:"));
        if (!file.exists()) {
            log.warn("Practice content {} is missing", path);
            return null;
        }
        JsonNode doc = read(file);
        versions.put(file.getFilename(), doc.path("version").asInt(0));
        return doc;
    }

    private static JsonNode read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read practice content " + file.getFilename(), e);
        }
    }

    /** Reads the fields of one entry; every failure names the file, the entry and the field. */
    private record Field(String file, String entry) {

        static Field of(String file, String entry) {
            return new Field(file, entry);
        }

        IllegalStateException invalid(String field, String message) {
            return new IllegalStateException(
                    "practice content " + file + ", " + entry + ", field " + field + ": " + message);
        }

        String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw invalid(field, "is required text");
            }
            return v.asString().strip();
        }

        List<String> texts(JsonNode node, String field) {
            List<String> out = optionalTexts(node, field);
            if (out.isEmpty()) {
                throw invalid(field, "needs at least one entry");
            }
            return out;
        }

        List<String> optionalTexts(JsonNode node, String field) {
            List<String> out = new ArrayList<>();
            for (JsonNode v : node.path(field)) {
                if (!v.isString() || v.asString().isBlank()) {
                    throw invalid(field, "entries must be non-empty text");
                }
                out.add(v.asString().strip());
            }
            return out;
        }

        <T> T parse(JsonNode node, String field, java.util.function.BiFunction<String, String, T> parser) {
            try {
                return parser.apply(text(node, field), field);
            } catch (dev.northstar.common.InvalidInputException e) {
                throw invalid(field, e.errors().getFirst().message());
            }
        }

        <T> List<T> list(JsonNode node, String field, java.util.function.BiFunction<String, String, T> parser) {
            List<T> out = new ArrayList<>();
            for (String v : texts(node, field)) {
                try {
                    out.add(parser.apply(v, field));
                } catch (dev.northstar.common.InvalidInputException e) {
                    throw invalid(field, e.errors().getFirst().message());
                }
            }
            return List.copyOf(out);
        }
    }
}
