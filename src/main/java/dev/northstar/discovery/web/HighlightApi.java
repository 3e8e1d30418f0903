package dev.northstar.discovery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.PageResult;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.NewHighlight;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}")
@Tag(name = "Highlights", description = "Passages of notes linked as evidence to unmet needs")
class HighlightApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HighlightRequest(Integer start, Integer end, String quote, String needId, String importance) {

        NewHighlight highlight() {
            return new NewHighlight(
                    start,
                    end,
                    quote,
                    PersonasWeb.uuid(needId, "needId"),
                    importance == null || importance.isBlank() ? null : Importance.parse(importance, "importance"));
        }
    }

    private final Highlights highlights;

    HighlightApi(Highlights highlights) {
        this.highlights = highlights;
    }

    @Operation(summary = "A note's highlights in reading order")
    @GetMapping("/notes/{noteId}/highlights")
    PageResult<HighlightView> forNote(@PathVariable UUID productId, @PathVariable UUID noteId) {
        List<HighlightView> all = highlights.forNote(productId, noteId);
        return new PageResult<>(all, all.size());
    }

    @Operation(
            summary =
                    "Link a passage to an unmet need (contributors): {start, end[, quote]} offsets into the note text, "
                            + "or {quote} alone to find it; with needId and importance (default: the need's)")
    @PostMapping("/notes/{noteId}/highlights")
    @ResponseStatus(HttpStatus.CREATED)
    HighlightView add(@PathVariable UUID productId, @PathVariable UUID noteId, @RequestBody HighlightRequest body) {
        return highlights.add(productId, noteId, body.highlight());
    }

    @GetMapping("/highlights/{highlightId}")
    HighlightView get(@PathVariable UUID productId, @PathVariable UUID highlightId) {
        return highlights.get(productId, highlightId);
    }

    @Operation(summary = "Remove a highlight (contributors their own, editors any)")
    @DeleteMapping("/highlights/{highlightId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID highlightId) {
        highlights.delete(productId, highlightId);
    }
}
