package dev.northstar.discovery;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps highlights on their words when a note is edited: a highlight whose quote is no longer at its
 * offsets moves to the nearest place the quote now appears. Runs inside the edit's transaction, so the
 * offsets never disagree with the text a reader sees. A quote that vanished stays, marked adrift.
 */
@Component
class HighlightAnchors {

    private final HighlightRows rows;

    HighlightAnchors(HighlightRows rows) {
        this.rows = rows;
    }

    @EventListener
    void on(NotesChanged event) {
        for (UUID noteId : event.changed()) {
            for (HighlightView h : rows.adrift(noteId)) {
                String text = rows.noteText(h.productId(), noteId).orElse(null);
                if (text == null) {
                    continue;
                }
                Passages.locate(text, h.quote(), h.start())
                        .ifPresent(s -> rows.move(h.id(), s.start(), s.end(), text.substring(s.start(), s.end())));
            }
        }
    }
}
