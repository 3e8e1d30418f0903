package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagColumnTests {

    @Test
    void writesSortedJsonAndNullForNoTags() {
        assertThat(TagColumn.write(List.of("ui", "export"))).isEqualTo("[\"export\",\"ui\"]");
        assertThat(TagColumn.write(List.of())).isNull();
        assertThat(TagColumn.read(null)).isEmpty();
        assertThat(TagColumn.read("[]")).isEmpty();
    }

    @Test
    void readsBackEveryTagItWrote() {
        List<String> tags =
                List.of("say \"hi\"", "back\\slash", "two\nlines", "tab\there", "bell\u0007", "a, b; c", "ünïcode ✓");
        String column = TagColumn.write(tags);
        assertThat(TagColumn.read(column))
                .containsExactlyElementsOf(tags.stream().sorted().toList());
    }

    @Test
    void readsWhatTheMigrationWroteWithControlCharactersUnescaped() {
        // V2_17 escapes only quotes and backslashes; PostgreSQL may sort differently from Java
        assertThat(TagColumn.read("[\"zeta\",\"a\\\"b\\\\c\",\"two\nlines\"]"))
                .containsExactly("a\"b\\c", "two\nlines", "zeta");
    }

    @Test
    void refusesAColumnThatIsNotAnArrayOfStrings() {
        assertThatThrownBy(() -> TagColumn.read("export")).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> TagColumn.read("[\"open")).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> TagColumn.read("[1]")).hasMessageContaining("not a JSON array");
    }
}
