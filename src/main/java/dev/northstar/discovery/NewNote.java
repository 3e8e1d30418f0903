package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A note to add to the inbox; invalid text or tags cannot be constructed. */
public record NewNote(
        String text, NoteSource source, Customer customer, LocalDate date, List<String> tags, NoteState state) {

    public static final int MAX_TEXT = 20_000;

    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;]");

    public NewNote {
        text = text == null ? null : text.strip();
        Checks.start()
                .notBlank(text, "text", "Text")
                .maxLength(text, MAX_TEXT, "text", "Text")
                .orThrow();
        source = source == null ? NoteSource.OTHER : source;
        customer = customer == null ? Customer.NONE : customer;
        date = date == null ? LocalDate.now() : date;
        tags = normaliseTags(tags);
        state = state == null ? NoteState.NEW : state;
    }

    /** Lower-case, trimmed, de-duplicated tags of at most 100 characters, in their first order. */
    public static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            if (t == null) {
                continue;
            }
            String c = t.strip().toLowerCase(Locale.ROOT);
            if (!c.isEmpty()) {
                Checks.start().maxLength(c, 100, "tags", "A tag").orThrow();
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Splits "a, b; c" into tags. */
    public static List<String> splitTags(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return normaliseTags(List.of(TAG_SEPARATORS.split(raw)));
    }
}
