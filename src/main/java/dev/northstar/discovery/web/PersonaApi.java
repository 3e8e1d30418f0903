package dev.northstar.discovery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.PersonaInput;
import dev.northstar.discovery.PersonaKind;
import dev.northstar.discovery.PersonaView;
import dev.northstar.discovery.Personas;
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
@RequestMapping("/api/v1/products/{productId}/personas")
@Tag(
        name = "Personas",
        description = "Personas and segments: who the customers are and what they feel, think, want and struggle with")
class PersonaApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonaRequest(
            String kind,
            String name,
            String summary,
            String feelings,
            String thoughts,
            String motivations,
            String influences,
            String behaviours,
            String goals,
            String preferences,
            String frustrations,
            Integer version) {

        PersonaInput input() {
            return new PersonaInput(
                    PersonaKind.parse(kind, "kind"),
                    name,
                    summary,
                    feelings,
                    thoughts,
                    motivations,
                    influences,
                    behaviours,
                    goals,
                    preferences,
                    frustrations);
        }

        /** Parts present in the request replace the current ones; an empty string clears a part. */
        PersonaInput over(PersonaView current) {
            return new PersonaInput(
                    kind == null ? current.kind() : PersonaKind.parse(kind, "kind"),
                    or(name, current.name()),
                    or(summary, current.summary()),
                    or(feelings, current.feelings()),
                    or(thoughts, current.thoughts()),
                    or(motivations, current.motivations()),
                    or(influences, current.influences()),
                    or(behaviours, current.behaviours()),
                    or(goals, current.goals()),
                    or(preferences, current.preferences()),
                    or(frustrations, current.frustrations()));
        }

        private static String or(String given, String current) {
            return given == null ? current : given;
        }
    }

    private final Personas personas;

    PersonaApi(Personas personas) {
        this.personas = personas;
    }

    @Operation(summary = "List personas and segments (personas first, then by name); kind=persona|segment filters")
    @GetMapping
    PageResult<PersonaView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return personas.list(
                productId,
                kind == null || kind.isBlank() ? null : PersonaKind.parse(kind, "kind"),
                Paging.of(page, size));
    }

    @Operation(summary = "Create a persona or segment (editors)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonaView create(@PathVariable UUID productId, @RequestBody PersonaRequest body) {
        return personas.create(productId, body.input());
    }

    @GetMapping("/{personaId}")
    PersonaView get(@PathVariable UUID productId, @PathVariable UUID personaId) {
        return personas.get(productId, personaId);
    }

    @Operation(summary = "Replace every part; send the version you read (409 if someone saved since)")
    @PutMapping("/{personaId}")
    PersonaView replace(@PathVariable UUID productId, @PathVariable UUID personaId, @RequestBody PersonaRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return personas.update(productId, personaId, body.version(), body.input());
    }

    @Operation(summary = "Change some parts (an empty string clears one); with a version, 409 if someone saved since")
    @PatchMapping("/{personaId}")
    PersonaView patch(@PathVariable UUID productId, @PathVariable UUID personaId, @RequestBody PersonaRequest body) {
        PersonaView current = personas.get(productId, personaId);
        return personas.update(
                productId, personaId, body.version() == null ? current.version() : body.version(), body.over(current));
    }

    @Operation(summary = "Delete a persona; its unmet needs stay, unlinked")
    @DeleteMapping("/{personaId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID personaId) {
        personas.delete(productId, personaId);
    }
}
