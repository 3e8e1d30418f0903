package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/** A theme of the inbox: notes that say related things, named by their distinctive words, with the notes nearest its centre as examples. */
public record ThemeView(UUID id, String label, List<String> keywords, int size, List<NoteView> examples) {

    public ThemeView {
        keywords = List.copyOf(keywords);
        examples = List.copyOf(examples);
    }
}
