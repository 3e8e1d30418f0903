package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.SimilarNotes;
import dev.northstar.discovery.SimilarNotesResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{id}/notes/{noteId}")
@Tag(name = "Similar notes", description = "Likely duplicates of a note, found by meaning, and merging them")
class SimilarNotesApi {

    record MergeRequest(String duplicateId) {}

    private final SimilarNotes similar;

    SimilarNotesApi(SimilarNotes similar) {
        this.similar = similar;
    }

    @Operation(summary = "Notes of the same product that say much the same, best first (score 0–1)")
    @GetMapping("/similar")
    SimilarNotesResult similar(@PathVariable UUID id, @PathVariable UUID noteId, @RequestParam(defaultValue = "10") int limit) {
        return similar.similar(id, noteId, limit);
    }

    @Operation(summary = "Merge a duplicate into this note: its text, customers, tags and highlights move here and it is deleted")
    @PostMapping("/merge")
    NoteView merge(@PathVariable UUID id, @PathVariable UUID noteId, @RequestBody(required = false) MergeRequest body) {
        return similar.merge(id, noteId, parse(body == null ? null : body.duplicateId()));
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
