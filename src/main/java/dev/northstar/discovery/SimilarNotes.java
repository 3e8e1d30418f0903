package dev.northstar.discovery;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds notes that say the same thing in other words (sentence embeddings, nearest neighbours in the
 * note index) and merges a duplicate into the note it repeats, so no customer and no word is lost.
 */
@Service
@Transactional
public class SimilarNotes {

    /**
     * Cosine similarity from which two notes are shown as likely duplicates. With this model, paraphrases
     * of one complaint score about 0.58–0.75; notes of one product that merely share its subject (the
     * product's name, "calendar", "meeting") reach 0.5–0.55, unrelated notes stay below 0.3.
     */
    public static final double MIN_SIMILARITY = 0.55;
    /** For notes still without an embedding: share of the note's own word-match score. */
    static final double MIN_WORD_MATCH = 0.3;

    public static final int MAX_LIMIT = 50;
    /** Put between the kept note's text and the duplicate's; Markdown shows it as a rule. */
    public static final String SEPARATOR = "\n\n---\n\n";

    private final Access access;
    private final Notes notes;
    private final NoteVectors vectors;
    private final NoteIndex index;
    private final NoteMerges merges;
    private final EmbeddingWorker worker;
    private final ApplicationEventPublisher events;

    SimilarNotes(
            Access access,
            Notes notes,
            NoteVectors vectors,
            NoteIndex index,
            NoteMerges merges,
            EmbeddingWorker worker,
            ApplicationEventPublisher events) {
        this.access = access;
        this.notes = notes;
        this.vectors = vectors;
        this.index = index;
        this.merges = merges;
        this.worker = worker;
        this.events = events;
    }

    /** Up to {@code limit} (1–50) notes of the same product most like this one, best first, above the similarity threshold. */
    @Transactional(readOnly = true)
    public SimilarNotesResult similar(UUID productId, UUID noteId, int limit) {
        access.product(productId, Role.VIEWER);
        Checks.start()
                .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT)
                .orThrow();
        NoteView note = notes.find(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        Optional<float[]> vector = vectors.find(noteId);
        List<NoteIndex.Scored> hits;
        String method;
        if (vector.isPresent()) {
            hits = index.nearest(productId, vector.get(), limit, noteId).stream()
                    .filter(h -> h.score() >= MIN_SIMILARITY)
                    .toList();
            method = "meaning";
        } else {
            hits = index.sharingWords(productId, note.text(), limit, noteId).stream()
                    .filter(h -> h.score() >= MIN_WORD_MATCH)
                    .toList();
            method = "words";
        }
        Map<UUID, NoteView> found = notes
                .load(productId, hits.stream().map(NoteIndex.Scored::id).toList())
                .stream()
                .collect(Collectors.toMap(NoteView::id, Function.identity()));
        List<SimilarNote> out = new ArrayList<>();
        for (NoteIndex.Scored h : hits) {
            NoteView n = found.get(h.id());
            if (n != null) {
                out.add(new SimilarNote(n, Math.round(Math.max(0, Math.min(1, h.score())) * 1000) / 1000.0));
            }
        }
        return new SimilarNotesResult(out, method);
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}: the kept note gains the duplicate's text (after
     * {@link #SEPARATOR}), customers, tags, highlights and interview or survey link; the duplicate is
     * deleted. Editors and up.
     */
    public NoteView merge(UUID productId, UUID keptId, UUID duplicateId) {
        access.product(productId, Role.EDITOR);
        if (duplicateId == null) {
            throw new InvalidInputException("duplicateId", "name the note to merge into this one");
        }
        if (duplicateId.equals(keptId)) {
            throw new InvalidInputException("duplicateId", "a note cannot be merged into itself; pick another note");
        }
        NoteView kept = notes.find(productId, keptId).orElseThrow(() -> new NotFoundException("note"));
        NoteView duplicate =
                notes.find(productId, duplicateId).orElseThrow(() -> new NotFoundException("duplicate note"));
        String text = kept.text() + SEPARATOR + duplicate.text();
        if (text.length() > NewNote.MAX_TEXT) {
            throw new InvalidInputException(
                    "duplicateId",
                    "together the two notes would have " + text.length() + " characters, more than the "
                            + NewNote.MAX_TEXT + " a note can hold; shorten one of them first");
        }
        merges.absorb(keptId, text, duplicate.interviewSessionId(), duplicate.surveyResponseId());
        List<Customer> customers = new ArrayList<>(kept.customers());
        for (Customer c : duplicate.customers()) {
            if (!customers.contains(c)) {
                customers.add(c);
            }
        }
        notes.replaceCustomers(keptId, customers);
        LinkedHashSet<String> tags = new LinkedHashSet<>(kept.tags());
        tags.addAll(duplicate.tags());
        notes.replaceTags(keptId, List.copyOf(tags));
        merges.moveHighlights(duplicateId, keptId, kept.text().length() + SEPARATOR.length());
        notes.delete(productId, duplicateId);
        events.publishEvent(new NotesChanged(productId, List.of(keptId), List.of(duplicateId)));
        return notes.find(productId, keptId).orElseThrow();
    }

    /** Waits until every note added or changed so far has its embedding; false if {@code timeout} passed first. For tests and tools. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean awaitEmbeddings(Duration timeout) {
        return worker.awaitIdle(timeout);
    }

    /** Waits until every note of one product has its embedding; false when the time ran out first. */
    public boolean awaitEmbeddings(UUID productId, Duration timeout) {
        return worker.awaitProduct(productId, timeout);
    }

    /** How many of the product's notes have their embedding and how many still wait for it. */
    @Transactional(readOnly = true)
    public EmbeddingStatus embeddings(UUID productId) {
        access.product(productId, Role.VIEWER);
        long total = notes.count(productId);
        long pending = vectors.countMissing(productId);
        return new EmbeddingStatus(SentenceEncoder.MODEL, total, total - pending, pending);
    }
}
