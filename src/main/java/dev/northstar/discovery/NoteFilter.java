package dev.northstar.discovery;

/** Inbox filters; all optional. With {@code q} the inbox is searched and ranked by relevance. */
public record NoteFilter(String q, NoteState state, NoteSource source, String tag) {

    public static final NoteFilter ALL = new NoteFilter(null, null, null, null);

    public NoteFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
