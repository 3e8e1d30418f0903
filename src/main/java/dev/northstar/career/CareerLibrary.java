package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content career is built on, read once at start from the versioned files under {@code career/}: the skill
 * guides with their behavioural anchors ({@code skills.json}), the ladder ({@code ladder.json}) and the reading list
 * ({@code reading.json}). A file that breaks the schema stops the start with a message naming the file, the entry and
 * the field; a missing file is logged and leaves its part empty.
 */
@Service
public class CareerLibrary {

    private static final Logger log = LoggerFactory.getLogger(CareerLibrary.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Skill, SkillGuide> skills;
    private final List<LadderLevel> ladder;
    private final List<Book> books;
    private final Map<String, Integer> versions = new LinkedHashMap<>();

    public CareerLibrary() {
        this("classpath:career/");
    }

    CareerLibrary(String root) {
        var loader = new DefaultResourceLoader();
        this.skills = readSkills(optional(loader, root, "skills.json"));
        this.ladder = readLadder(optional(loader, root, "ladder.json"));
        this.books = readBooks(optional(loader, root, "reading.json"));
        log.info(
                "Career library: {} skill guides, {} ladder levels, {} books (versions {})",
                skills.size(),
                ladder.size(),
                books.size(),
                versions);
    }

    /** The skill guides in the order of {@link Skill}. */
    public List<SkillGuide> skills() {
        return List.copyOf(skills.values());
    }

    /** The guide of one skill; a guide without anchors when the content is missing. */
    public SkillGuide skill(Skill skill) {
        SkillGuide g = skills.get(skill);
        return g != null ? g : new SkillGuide(skill, skill.label(), "", Map.of(), List.of());
    }

    /** The ladder from its first rung (Associate PM) to its last (VP). */
    public List<LadderLevel> ladder() {
        return ladder;
    }

    public Optional<LadderLevel> level(String key) {
        return ladder.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The rung with {@code key}, or a 400 naming {@code field}; blank is null. */
    public LadderLevel parseLevel(String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return level(key.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "must be one of "
                                + String.join(
                                        ", ",
                                        ladder.stream().map(LadderLevel::key).toList())));
    }

    /** The reading list in file order. */
    public List<Book> books() {
        return books;
    }

    /** The books that feed {@code skill}. */
    public List<Book> books(Skill skill) {
        return books.stream().filter(b -> b.skills().contains(skill)).toList();
    }

    public Optional<Book> book(String key) {
        return books.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    /** The version of each content file loaded, by file name. */
    public Map<String, Integer> versions() {
        return Map.copyOf(versions);
    }

    private static Map<Skill, SkillGuide> readSkills(JsonNode doc) {
        Map<Skill, SkillGuide> out = new EnumMap<>(Skill.class);
        if (doc == null) {
            return out;
        }
        for (JsonNode s : doc.path("skills")) {
            Field f = Field.of("skills.json", s.path("key").asString("(skill without key)"));
            Skill skill = f.parse(s, "key", Skill::parse);
            Map<Integer, String> levels = new LinkedHashMap<>();
            for (int level = 1; level <= 5; level++) {
                levels.put(level, f.text(s.path("levels"), String.valueOf(level), "levels." + level));
            }
            SkillGuide guide = new SkillGuide(
                    skill, f.text(s, "name"), f.text(s, "summary"), levels, f.optionalTexts(s, "practice"));
            if (out.put(skill, guide) != null) {
                throw f.invalid("key", "appears twice");
            }
        }
        for (Skill skill : Skill.values()) {
            if (!out.containsKey(skill)) {
                throw Field.of("skills.json", skill.key()).invalid("key", "the skill has no entry");
            }
        }
        return out;
    }

    private static List<LadderLevel> readLadder(JsonNode doc) {
        List<LadderLevel> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        for (JsonNode l : doc.path("levels")) {
            Field f = Field.of("ladder.json", l.path("key").asString("(level without key)"));
            String key = f.text(l, "key");
            if (out.stream().anyMatch(x -> x.key().equals(key))) {
                throw f.invalid("key", "appears twice");
            }
            Map<Skill, LadderLevel.Expectation> expectations = new EnumMap<>(Skill.class);
            LadderLevel below = out.isEmpty() ? null : out.getLast();
            for (Skill skill : Skill.values()) {
                String field = "expectations." + skill.key();
                JsonNode e = l.path("expectations").path(skill.key());
                if (e.isMissingNode()) {
                    throw f.invalid(field, "is missing");
                }
                int level = e.path("level").asInt(0);
                if (level < 1 || level > 5) {
                    throw f.invalid(field + ".level", "must be 1 to 5");
                }
                if (below != null && below.expectation(skill).level() > level) {
                    throw f.invalid(
                            field + ".level",
                            "falls to " + level + " from "
                                    + below.expectation(skill).level() + " at " + below.key());
                }
                expectations.put(skill, new LadderLevel.Expectation(level, f.text(e, "text", field + ".text")));
            }
            for (var names = l.path("expectations").propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                f.parse(name, "expectations." + name, Skill::parse);
            }
            out.add(new LadderLevel(key, f.text(l, "name"), f.text(l, "scope"), out.size(), expectations));
        }
        if (out.isEmpty()) {
            throw Field.of("ladder.json", "levels").invalid("levels", "needs at least one level");
        }
        return List.copyOf(out);
    }

    private static List<Book> readBooks(JsonNode doc) {
        List<Book> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        for (JsonNode b : doc.path("books")) {
            Field f = Field.of("reading.json", b.path("key").asString("(book without key)"));
            String key = f.text(b, "key");
            if (out.stream().anyMatch(x -> x.key().equals(key))) {
                throw f.invalid("key", "appears twice");
            }
            int year = b.path("year").asInt(0);
            if (year < 1800 || year > 2100) {
                throw f.invalid("year", "must be a year like 2015");
            }
            out.add(new Book(
                    key,
                    f.text(b, "title"),
                    f.text(b, "author"),
                    year,
                    f.text(b, "takeaway"),
                    f.list(b, "skills", Skill::parse)));
        }
        return List.copyOf(out);
    }

    private JsonNode optional(DefaultResourceLoader loader, String root, String file) {
        Resource resource = loader.getResource(root + file);
        if (!resource.exists()) {
            log.warn("Career content {}{} is missing", root, file);
            return null;
        }
        JsonNode doc;
        try (InputStream in = resource.getInputStream()) {
            doc = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read career content " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("career content " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        versions.put(file, doc.path("version").asInt(0));
        return doc;
    }

    /** Reads the fields of one entry; every failure names the file, the entry and the field. */
    private record Field(String file, String entry) {

        static Field of(String file, String entry) {
            return new Field(file, entry);
        }

        IllegalStateException invalid(String field, String message) {
            return new IllegalStateException(
                    "career content " + file + ", " + entry + ", field " + field + ": " + message);
        }

        String text(JsonNode node, String field) {
            return text(node, field, field);
        }

        String text(JsonNode node, String field, String name) {
            JsonNode v = node.get(field);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw invalid(name, "is required text");
            }
            return v.asString().strip();
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

        <T> T parse(JsonNode node, String field, BiFunction<String, String, T> parser) {
            return parse(text(node, field), field, parser);
        }

        <T> T parse(String value, String field, BiFunction<String, String, T> parser) {
            try {
                return parser.apply(value, field);
            } catch (InvalidInputException e) {
                throw invalid(field, e.errors().getFirst().message());
            }
        }

        <T> List<T> list(JsonNode node, String field, BiFunction<String, String, T> parser) {
            List<T> out = new ArrayList<>();
            for (String v : optionalTexts(node, field)) {
                out.add(parse(v, field, parser));
            }
            if (out.isEmpty()) {
                throw invalid(field, "needs at least one entry");
            }
            return List.copyOf(out);
        }
    }
}
