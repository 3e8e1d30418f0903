package dev.northstar.decisions.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.common.web.RequestValues;
import dev.northstar.decisions.DecisionInput;
import dev.northstar.decisions.DecisionOption;
import dev.northstar.decisions.DecisionPerson;
import dev.northstar.decisions.DecisionStatus;
import dev.northstar.decisions.DecisionView;
import dev.northstar.decisions.Decisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/decisions")
@Tag(name = "Decisions", description = "Decision records with the scores and evidence known when they were made")
class DecisionsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptionRequest(String title, List<String> pros, List<String> cons) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonRequest(String name, String role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DecisionRequest(
            String title,
            String context,
            List<OptionRequest> options,
            String decision,
            String rationale,
            List<PersonRequest> people,
            String decidedOn,
            String status,
            List<String> featureIds,
            String supersededBy,
            Integer version) {

        DecisionInput input() {
            List<DecisionOption> opts = new ArrayList<>();
            if (options != null) {
                for (int i = 0; i < options.size(); i++) {
                    OptionRequest o = options.get(i);
                    if (o == null) {
                        throw new InvalidInputException("options[" + i + "]", "an option is {title, pros, cons}");
                    }
                    opts.add(new DecisionOption(o.title(), o.pros(), o.cons()));
                }
            }
            List<DecisionPerson> ps = new ArrayList<>();
            if (people != null) {
                for (int i = 0; i < people.size(); i++) {
                    PersonRequest p = people.get(i);
                    if (p == null) {
                        throw new InvalidInputException("people[" + i + "]", "a person is {name, role}");
                    }
                    ps.add(new DecisionPerson(p.name(), p.role()));
                }
            }
            return new DecisionInput(
                    title,
                    context,
                    opts,
                    decision,
                    rationale,
                    ps,
                    date(decidedOn, "decidedOn"),
                    DecisionStatus.parse(status, "status", DecisionStatus.PROPOSED),
                    uuids(featureIds, "featureIds"),
                    uuid(supersededBy, "supersededBy"));
        }
    }

    private final Decisions decisions;

    DecisionsApi(Decisions decisions) {
        this.decisions = decisions;
    }

    @Operation(summary = "List decisions, newest first; filter by status (proposed, accepted, superseded)")
    @GetMapping
    PageResult<DecisionView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return decisions.list(productId, DecisionStatus.parse(status, "status", null), Paging.of(page, size));
    }

    @Operation(
            summary = "Record a decision (editors); linked features (featureIds) are snapshotted with their scores"
                    + " and evidence as they are now")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DecisionView create(@PathVariable UUID productId, @RequestBody DecisionRequest body) {
        return decisions.create(productId, body.input());
    }

    @Operation(summary = "A decision with each linked feature's facts then (when linked) and now")
    @GetMapping("/{decisionId}")
    DecisionView get(@PathVariable UUID productId, @PathVariable UUID decisionId) {
        return decisions.get(productId, decisionId);
    }

    @Operation(
            summary = "Replace a decision; send the version you read. Features still linked keep their snapshot,"
                    + " new ones are snapshotted now")
    @PutMapping("/{decisionId}")
    DecisionView replace(
            @PathVariable UUID productId, @PathVariable UUID decisionId, @RequestBody DecisionRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return decisions.update(productId, decisionId, body.version(), body.input());
    }

    @DeleteMapping("/{decisionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID decisionId) {
        decisions.delete(productId, decisionId);
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a date like 2026-03-01");
        }
    }

    static UUID uuid(String value, String field) {
        return RequestValues.uuid(value, field);
    }

    static List<UUID> uuids(List<String> values, String field) {
        return RequestValues.uuids(values, field);
    }
}
