package dev.northstar.practice.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.common.web.RequestValues;
import dev.northstar.practice.CheckFinding;
import dev.northstar.practice.CheckResult;
import dev.northstar.practice.DeckProduct;
import dev.northstar.practice.ExerciseForm;
import dev.northstar.practice.ExerciseForms;
import dev.northstar.practice.ExerciseKind;
import dev.northstar.practice.ExerciseView;
import dev.northstar.practice.Exercises;
import dev.northstar.practice.NewExercise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/v1/practice/exercises")
@Tag(
        name = "Practice exercises",
        description = "The signed-in user's practice exercises (guided forms and framework templates) as JSON content;"
                + " private to the user")
class ExercisesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateRequest(String kind, String title, Map<String, Object> content, String productId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UpdateRequest(String title, Map<String, Object> content, Integer version, Boolean portfolio) {}

    record Source(UUID id, String name) {}

    record ExerciseJson(
            UUID id,
            String kind,
            String kindLabel,
            boolean template,
            String title,
            Map<String, Object> content,
            Source product,
            boolean portfolio,
            int version,
            Instant createdAt,
            Instant updatedAt) {

        static ExerciseJson of(ExerciseView e) {
            return new ExerciseJson(
                    e.id(),
                    e.kind().key(),
                    e.kind().label(),
                    e.kind().template(),
                    e.title(),
                    e.content(),
                    e.productId() == null ? null : new Source(e.productId(), e.productName()),
                    e.portfolio(),
                    e.version(),
                    e.createdAt(),
                    e.updatedAt());
        }
    }

    record CheckJson(
            String kind,
            String framework,
            boolean complete,
            List<CheckFinding> findings,
            List<CheckFinding> problems,
            List<String> cannotJudge) {

        static CheckJson of(ExerciseKind kind, CheckResult r) {
            return new CheckJson(kind.key(), r.framework(), r.complete(), r.findings(), r.problems(), r.cannotJudge());
        }
    }

    record FormJson(
            String kind,
            String label,
            boolean template,
            String summary,
            String intro,
            List<ExerciseForm.Section> sections) {

        static FormJson of(ExerciseForm f) {
            return new FormJson(
                    f.kind().key(), f.kind().label(), f.kind().template(), f.summary(), f.intro(), f.sections());
        }
    }

    private final Exercises exercises;
    private final ExerciseForms forms;

    ExercisesApi(Exercises exercises, ExerciseForms forms) {
        this.exercises = exercises;
        this.forms = forms;
    }

    @Operation(summary = "List your exercises, newest change first; kind filters (e.g. raci, metrics)")
    @GetMapping
    PageResult<ExerciseJson> list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ExerciseKind k = kind == null || kind.isBlank() ? null : ExerciseKind.parse(kind, "kind");
        return exercises.list(k, Paging.of(page, size)).map(ExerciseJson::of);
    }

    @Operation(
            summary = "Start an exercise {kind, title?, content?, productId?}; without content it is pre-filled from"
                    + " the product (personas, unmet needs, key-result metrics); a RACI row without exactly one A and"
                    + " at least one R is refused (400 naming content.rows[i].accountable/responsible)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExerciseJson create(@RequestBody CreateRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        ExerciseKind kind = ExerciseKind.parse(body.kind(), "kind");
        return ExerciseJson.of(exercises.create(new NewExercise(
                kind, body.title(), body.content(), RequestValues.uuid(body.productId(), "productId"))));
    }

    @Operation(summary = "The form of every kind: sections and fields with help text, the shape content takes")
    @GetMapping("/forms")
    PageResult<FormJson> forms() {
        List<FormJson> all = forms.all().stream().map(FormJson::of).toList();
        return new PageResult<>(all, all.size());
    }

    @Operation(summary = "Two different products drawn at random from the cross-training deck")
    @PostMapping("/draw")
    PageResult<DeckProduct> draw() {
        List<DeckProduct> pair = exercises.draw();
        return new PageResult<>(pair, pair.size());
    }

    @GetMapping("/{id}")
    ExerciseJson get(@PathVariable UUID id) {
        return ExerciseJson.of(exercises.get(id));
    }

    @Operation(
            summary = "Replace title and content; send the version you read (409 if saved since). portfolio true/false"
                    + " toggles the portfolio flag (alone it needs no version)")
    @PutMapping("/{id}")
    ExerciseJson replace(@PathVariable UUID id, @RequestBody UpdateRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        ExerciseView e;
        if (body.title() != null || body.content() != null) {
            if (body.version() == null) {
                throw new InvalidInputException("version", "is required: the version you read");
            }
            Map<String, Object> content =
                    body.content() == null ? exercises.get(id).content() : body.content();
            e = exercises.update(id, body.version(), body.title(), content);
        } else {
            e = exercises.get(id);
        }
        if (body.portfolio() != null) {
            e = exercises.portfolio(id, body.portfolio());
        }
        return ExerciseJson.of(e);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        exercises.delete(id);
    }

    @Operation(summary = "Check the saved exercise: findings per field (missing, weak, good) and what cannot be judged")
    @PostMapping("/{id}/check")
    CheckJson check(@PathVariable UUID id) {
        ExerciseView e = exercises.get(id);
        return CheckJson.of(e.kind(), exercises.check(id));
    }
}
