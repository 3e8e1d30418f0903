package dev.northstar.discovery.web;

import dev.northstar.discovery.NoteFilter;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** What the inbox page is showing, and the links that change one part of it while keeping the rest. */
record InboxQuery(UUID productId, String q, NoteState state, NoteSource source, String tag) {

    /** Reads the page's query parameters leniently: an unknown state or source is ignored rather than failing the page. */
    static InboxQuery of(UUID productId, String q, String state, String source, String tag) {
        NoteFilter f = new NoteFilter(q, lenient(NoteState.class, state), lenient(NoteSource.class, source), tag);
        return new InboxQuery(productId, f.q(), f.state(), f.source(), f.tag());
    }

    NoteFilter filter() {
        return new NoteFilter(q, state, source, tag);
    }

    public boolean searching() {
        return q != null;
    }

    public boolean filtered() {
        return q != null || state != null || source != null || tag != null;
    }

    public String stateLabel() {
        return state == null ? "" : state.label();
    }

    public String sourceLabel() {
        return source == null ? "" : source.label();
    }

    /** This view without paging: the pager adds {@code page}. */
    public String href() {
        return build(state);
    }

    /** The same search in another state tab; {@code null} for all states. */
    public String withState(NoteState other) {
        return build(other);
    }

    private String build(NoteState s) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/products/{id}/notes");
        if (q != null) {
            b.queryParam("q", q);
        }
        if (s != null) {
            b.queryParam("state", s.label());
        }
        if (source != null) {
            b.queryParam("source", source.label());
        }
        if (tag != null) {
            b.queryParam("tag", tag);
        }
        return b.encode().buildAndExpand(productId).toUriString();
    }

    private static <E extends Enum<E>> E lenient(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(
                    type,
                    raw.strip()
                            .toUpperCase(java.util.Locale.ROOT)
                            .replace('-', '_')
                            .replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
