package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.EmbeddingStatus;
import dev.northstar.discovery.SimilarNotes;
import dev.northstar.discovery.SimilarNotesResult;
import dev.northstar.discovery.web.NotesApi.NoteJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/notes")
@Tag(name = "Similar notes", description = "Likely duplicates of a note, found by meaning, and merging them")
class SimilarNotesApi {

    record MergeRequest(String duplicateId) {}

    record SimilarJson(NoteJson note, double score) {}

    record SimilarListJson(List<SimilarJson> items, String method) {
        static SimilarListJson of(SimilarNotesResult r) {
            return new SimilarListJson(
                    r.items().stream()
                            .map(s -> new SimilarJson(NoteJson.of(s.note()), s.score()))
                            .toList(),
                    r.method());
        }
    }

    private final SimilarNotes similar;

    SimilarNotesApi(SimilarNotes similar) {
        this.similar = similar;
    }

    @Operation(
            summary = "Notes of the same product that say much the same, best first",
            description =
                    "score is the cosine similarity of the notes' sentence embeddings (method \"meaning\"); only notes from "
                            + SimilarNotes.MIN_SIMILARITY
                            + " up are listed. A note whose embedding is still being computed is matched by its distinctive words "
                            + "instead (method \"words\"). limit: 1–" + SimilarNotes.MAX_LIMIT + ", default 10.")
    @GetMapping("/{noteId}/similar")
    SimilarListJson similar(
            @PathVariable("productId") UUID id,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "10") int limit) {
        return SimilarListJson.of(similar.similar(id, noteId, limit));
    }

    @Operation(
            summary = "Merge a duplicate into this note (editors)",
            description =
                    "Body {duplicateId}. The duplicate's text is appended after a rule, its customers, tags, highlights and interview or "
                            + "survey link move to this note, and the duplicate is deleted. Answers the merged note.")
    @PostMapping("/{noteId}/merge")
    NoteJson merge(
            @PathVariable("productId") UUID id,
            @PathVariable UUID noteId,
            @RequestBody(required = false) MergeRequest body) {
        return NoteJson.of(similar.merge(id, noteId, parse(body == null ? null : body.duplicateId())));
    }

    @Operation(summary = "How many notes have their embedding and how many still wait (computed in the background)")
    @GetMapping("/embeddings")
    EmbeddingStatus embeddings(@PathVariable("productId") UUID id) {
        return similar.embeddings(id);
    }

    static UUID parse(String duplicateId) {
        if (duplicateId == null || duplicateId.isBlank()) {
            throw new InvalidInputException("duplicateId", "name the note to merge into this one");
        }
        try {
            return UUID.fromString(duplicateId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("duplicateId", "'" + duplicateId.strip() + "' is not a note id");
        }
    }
}
