package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
import dev.northstar.common.Ids;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback inbox of a product: adding notes (one at a time or in bulk), listing and searching
 * them, editing, triage through new → processed → archived, and deleting.
 */
@Service
@Transactional
public class FeedbackInbox {

    private final Access access;
    private final Notes notes;
    private final NoteIndex index;
    private final ApplicationEventPublisher events;

    FeedbackInbox(Access access, Notes notes, NoteIndex index, ApplicationEventPublisher events) {
        this.access = access;
        this.notes = notes;
        this.index = index;
        this.events = events;
    }

    /** Adds one note; contributors and up. */
    public NoteView add(UUID productId, NewNote note) {
        ProductAccess pa = access.product(productId, Role.CONTRIBUTOR);
        UUID id = store(pa, List.of(note), null, null).getFirst();
        return notes.find(productId, id).orElseThrow();
    }

    /** Adds notes as one unit: all of them or none; editors and up. Answers how many were added. */
    public int addAll(UUID productId, List<NewNote> batch) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        return store(pa, batch, null, null).size();
    }

    /** Adds a note that came from an interview session or a survey response; for the discovery module itself. */
    UUID addFrom(ProductAccess pa, NewNote note, UUID interviewSessionId, UUID surveyResponseId) {
        return store(pa, List.of(note), interviewSessionId, surveyResponseId).getFirst();
    }

    private List<UUID> store(ProductAccess pa, List<NewNote> batch, UUID sessionId, UUID responseId) {
        Instant now = Instant.now();
        UUID by = pa.actor().isSystem() ? null : pa.actor().userId();
        List<Notes.Stored> rows = new ArrayList<>(batch.size());
        for (NewNote n : batch) {
            rows.add(new Notes.Stored(Ids.timeOrdered(), n, sessionId, responseId, by, now));
        }
        notes.insertAll(pa.productId(), rows);
        index.added(pa.productId(), rows);
        List<UUID> ids = rows.stream().map(Notes.Stored::id).toList();
        if (!ids.isEmpty()) {
            events.publishEvent(new NotesAdded(pa.productId(), ids));
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public NoteView get(UUID productId, UUID noteId) {
        access.product(productId, Role.VIEWER);
        return notes.find(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
    }

    /** Without a query: newest first. With one: best match first (full-text relevance). */
    @Transactional(readOnly = true)
    public PageResult<NoteView> list(UUID productId, NoteFilter filter, Paging paging) {
        access.product(productId, Role.VIEWER);
        NoteIndex.Hits hits =
                filter.q() != null ? index.search(productId, filter, paging) : index.newest(productId, filter, paging);
        return new PageResult<>(notes.load(productId, hits.ids()), hits.total());
    }

    @Transactional(readOnly = true)
    public Map<NoteState, Long> countByState(UUID productId) {
        access.product(productId, Role.VIEWER);
        return index.countByState(productId);
    }

    @Transactional(readOnly = true)
    public List<String> tags(UUID productId) {
        access.product(productId, Role.VIEWER);
        return index.tags(productId);
    }

    /** Replaces a note's content; {@code version} must be the one the editor read. Editors and up. */
    public NoteView edit(UUID productId, UUID noteId, int version, NewNote content) {
        access.product(productId, Role.EDITOR);
        NoteView current = notes.find(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        if (current.state() != content.state() && !current.state().canMoveTo(content.state())) {
            throw illegal(current.state(), content.state());
        }
        if (!notes.update(
                productId, noteId, version, content.text(), content.source(), content.date(), content.state())) {
            throw new ConflictException("someone else changed this note; reload it and apply your edit again");
        }
        List<Customer> customers = new ArrayList<>(current.customers());
        if (customers.isEmpty()) {
            customers.add(content.customer());
        } else {
            customers.set(0, content.customer());
        }
        notes.replaceCustomers(noteId, customers);
        notes.replaceTags(noteId, content.tags());
        events.publishEvent(new NotesChanged(productId, List.of(noteId), List.of()));
        return notes.find(productId, noteId).orElseThrow();
    }

    /** Moves a note along new → processed → archived (or reopens it). Contributors and up triage. */
    public NoteView moveTo(UUID productId, UUID noteId, NoteState target) {
        access.product(productId, Role.CONTRIBUTOR);
        NoteView current = notes.find(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        if (current.state() == target) {
            return current;
        }
        if (!current.state().canMoveTo(target)) {
            throw illegal(current.state(), target);
        }
        notes.setState(noteId, target);
        events.publishEvent(new NotesChanged(productId, List.of(noteId), List.of()));
        return notes.find(productId, noteId).orElseThrow();
    }

    /** Deletes a note with its highlights. Editors and up. */
    public void delete(UUID productId, UUID noteId) {
        access.product(productId, Role.EDITOR);
        notes.find(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        notes.delete(productId, noteId);
        events.publishEvent(new NotesChanged(productId, List.of(), List.of(noteId)));
    }

    private static InvalidInputException illegal(NoteState from, NoteState to) {
        return new InvalidInputException(
                "state",
                "a " + from.label() + " note cannot become " + to.label() + "; it can become "
                        + String.join(
                                " or ",
                                from.next().stream()
                                        .map(NoteState::label)
                                        .sorted()
                                        .toList()));
    }
}
