package dev.northstar.discovery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.NeedFilter;
import dev.northstar.discovery.NeedInput;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/needs")
@Tag(name = "Unmet needs", description = "Unmet needs, their persona and the evidence (highlights) behind them")
class NeedApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NeedRequest(String title, String description, String personaId, String importance, Integer version) {

        NeedInput input() {
            return new NeedInput(
                    title,
                    description,
                    PersonasWeb.uuid(personaId, "personaId"),
                    Importance.parse(importance, "importance", Importance.IMPORTANT));
        }

        /** Parts present replace the current ones; "" clears the description or the persona. */
        NeedInput over(NeedView current) {
            return new NeedInput(
                    title == null ? current.title() : title,
                    description == null ? current.description() : description,
                    personaId == null ? current.personaId() : PersonasWeb.uuid(personaId, "personaId"),
                    importance == null ? current.importance() : Importance.parse(importance, "importance"));
        }
    }

    private final Needs needs;
    private final Highlights highlights;

    NeedApi(Needs needs, Highlights highlights) {
        this.needs = needs;
        this.highlights = highlights;
    }

    @Operation(
            summary =
                    "List unmet needs with their evidence count; sort=evidence (default)|importance|title, personaId and importance filter")
    @GetMapping
    PageResult<NeedView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String personaId,
            @RequestParam(required = false) String importance,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        NeedFilter filter = new NeedFilter(
                PersonasWeb.uuid(personaId, "personaId"),
                importance == null || importance.isBlank() ? null : Importance.parse(importance, "importance"),
                NeedFilter.Order.parse(sort));
        return needs.list(productId, filter, Paging.of(page, size));
    }

    @Operation(
            summary = "Create an unmet need (editors); importance nice-to-have|important|critical, default important")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NeedView create(@PathVariable UUID productId, @RequestBody NeedRequest body) {
        return needs.create(productId, body.input());
    }

    @GetMapping("/{needId}")
    NeedView get(@PathVariable UUID productId, @PathVariable UUID needId) {
        return needs.get(productId, needId);
    }

    @Operation(summary = "Replace a need; send the version you read (409 if someone saved since)")
    @PutMapping("/{needId}")
    NeedView replace(@PathVariable UUID productId, @PathVariable UUID needId, @RequestBody NeedRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return needs.update(productId, needId, body.version(), body.input());
    }

    @Operation(summary = "Change some parts of a need; with a version, 409 if someone saved since")
    @PatchMapping("/{needId}")
    NeedView patch(@PathVariable UUID productId, @PathVariable UUID needId, @RequestBody NeedRequest body) {
        NeedView current = needs.get(productId, needId);
        return needs.update(
                productId, needId, body.version() == null ? current.version() : body.version(), body.over(current));
    }

    @Operation(summary = "Delete a need with its highlights; opportunities that were this need stay as free text")
    @DeleteMapping("/{needId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID needId) {
        needs.delete(productId, needId);
    }

    @Operation(summary = "The evidence for a need: highlights, strongest first")
    @GetMapping("/{needId}/highlights")
    PageResult<HighlightView> highlights(
            @PathVariable UUID productId,
            @PathVariable UUID needId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return highlights.forNeed(productId, needId, Paging.of(page, size));
    }
}
