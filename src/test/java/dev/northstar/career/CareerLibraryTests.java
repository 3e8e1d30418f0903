package dev.northstar.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.practice.Skill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The career content: the shipped files load whole; a broken file is refused naming file, entry and field. */
class CareerLibraryTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void loadsTheShippedSkillsLadderAndReadingList() {
        CareerLibrary library = new CareerLibrary();
        assertThat(library.skills()).extracting(SkillGuide::skill).containsExactly(Skill.values());
        assertThat(library.skills()).allSatisfy(g -> assertThat(g.levels()).containsOnlyKeys(1, 2, 3, 4, 5));
        assertThat(library.ladder())
                .extracting(LadderLevel::key)
                .containsExactly("apm", "pm", "senior-pm", "lead-pm", "director", "vp");
        assertThat(library.books())
                .extracting(Book::author)
                .containsExactlyInAnyOrder(
                        "Tony Fadell", "Ben Horowitz", "Peter Thiel", "Dan Olsen", "Teresa Torres", "Marty Cagan");
        for (Skill s : Skill.values()) {
            assertThat(library.books(s)).as(s.key()).isNotEmpty();
        }
        assertThat(library.versions()).containsKeys("skills.json", "ladder.json", "reading.json");
    }

    /** Copies the shipped files to a temporary root, letting one be changed first. */
    private String root(String file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        for (String name : new String[] {"skills.json", "ladder.json", "reading.json"}) {
            try (var in = getClass().getResourceAsStream("/career/" + name)) {
                ObjectNode doc = (ObjectNode) JSON.readTree(in);
                if (name.equals(file)) {
                    change.accept(doc);
                }
                Files.writeString(dir.resolve(name), JSON.writeValueAsString(doc));
            }
        }
        return dir.toUri().toString();
    }

    @Test
    void refusesASkillWithoutAnAnchorForEveryLevel() throws IOException {
        String root = root(
                "skills.json", doc -> ((ObjectNode) doc.get("skills").get(0).get("levels")).remove("3"));
        assertThatThrownBy(() -> new CareerLibrary(root))
                .hasMessageContaining("skills.json")
                .hasMessageContaining("empathy")
                .hasMessageContaining("levels.3");
    }

    @Test
    void refusesALadderWhoseExpectationFallsFromOneRungToTheNext() throws IOException {
        String root = root(
                "ladder.json",
                doc -> ((ObjectNode)
                                doc.get("levels").get(1).get("expectations").get("data"))
                        .put("level", 1));
        assertThatThrownBy(() -> new CareerLibrary(root))
                .hasMessageContaining("ladder.json")
                .hasMessageContaining("pm")
                .hasMessageContaining("expectations.data.level")
                .hasMessageContaining("falls");
    }

    @Test
    void refusesALadderRungMissingASkill() throws IOException {
        String root = root(
                "ladder.json", doc -> ((ObjectNode) doc.get("levels").get(2).get("expectations")).remove("business"));
        assertThatThrownBy(() -> new CareerLibrary(root))
                .hasMessageContaining("senior-pm")
                .hasMessageContaining("expectations.business");
    }

    @Test
    void refusesABookNamingAnUnknownSkill() throws IOException {
        String root = root(
                "reading.json",
                doc -> ((ObjectNode) doc.get("books").get(0)).putArray("skills").add("charisma"));
        assertThatThrownBy(() -> new CareerLibrary(root))
                .hasMessageContaining("reading.json")
                .hasMessageContaining("build")
                .hasMessageContaining("field skills");
    }

    @Test
    void leavesAPartEmptyWhenItsFileIsMissing() throws IOException {
        String root = root("none", doc -> {});
        Files.delete(dir.resolve("reading.json"));
        CareerLibrary library = new CareerLibrary(root);
        assertThat(library.books()).isEmpty();
        assertThat(library.ladder()).hasSize(6);
    }
}
