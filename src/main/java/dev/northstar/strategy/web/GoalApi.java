package dev.northstar.strategy.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.strategy.GoalInput;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import dev.northstar.strategy.KeyResultInput;
import dev.northstar.strategy.KeyResultView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
@RequestMapping("/api/v1/products/{productId}/goals")
@Tag(
        name = "Goals",
        description =
                "Objectives with key results; progress = (current - baseline) / (target - baseline), clamped to 0..1")
class GoalApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeyResultRequest(
            String id, String title, String unit, Object baseline, Object target, Object current, Integer version) {

        StrategyWeb.KeyResultFields fields() {
            return new StrategyWeb.KeyResultFields(id, title, unit, baseline, target, current);
        }

        /** Parts present replace the current ones. */
        KeyResultInput over(KeyResultView kr) {
            return new StrategyWeb.KeyResultFields(
                            null,
                            title == null ? kr.title() : title,
                            unit == null ? kr.unit() : unit,
                            baseline == null ? kr.baseline() : baseline,
                            target == null ? kr.target() : target,
                            current == null ? kr.current() : current)
                    .input();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoalRequest(
            String title,
            String description,
            String period,
            String startsOn,
            String endsOn,
            String owner,
            String status,
            List<KeyResultRequest> keyResults,
            Integer version) {

        GoalInput input() {
            return StrategyWeb.goal(
                    title,
                    description,
                    period,
                    startsOn,
                    endsOn,
                    owner,
                    status,
                    keyResults == null
                            ? null
                            : keyResults.stream()
                                    .map(k -> k == null ? null : k.fields())
                                    .toList());
        }

        /** Parts present replace the current ones ("" clears a text); key results stay unless sent. */
        GoalInput over(GoalView g) {
            return StrategyWeb.goal(
                    title == null ? g.title() : title,
                    description == null ? g.description() : description,
                    period == null ? g.period() : period,
                    startsOn == null
                            ? (g.startsOn() == null ? null : g.startsOn().toString())
                            : startsOn,
                    endsOn == null ? (g.endsOn() == null ? null : g.endsOn().toString()) : endsOn,
                    owner == null ? g.owner() : owner,
                    status == null ? g.status().name() : status,
                    keyResults == null
                            ? null
                            : keyResults.stream()
                                    .map(k -> k == null ? null : k.fields())
                                    .toList());
        }
    }

    private final Goals goals;

    GoalApi(Goals goals) {
        this.goals = goals;
    }

    @Operation(summary = "List goals with their key results and progress, by period")
    @GetMapping
    PageResult<GoalView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return goals.list(productId, Paging.of(page, size));
    }

    @Operation(
            summary =
                    "Create a goal (editors) with key results [{title, unit, baseline, target, current}]; status planned|on-track|at-risk|off-track|achieved|missed|dropped")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GoalView create(@PathVariable UUID productId, @RequestBody GoalRequest body) {
        return goals.create(productId, body.input());
    }

    @GetMapping("/{goalId}")
    GoalView get(@PathVariable UUID productId, @PathVariable UUID goalId) {
        return goals.get(productId, goalId);
    }

    @Operation(
            summary =
                    "Replace a goal; send the version you read (409 if someone saved since). keyResults, when sent, replace the key results (entries with an id change that one)")
    @PutMapping("/{goalId}")
    GoalView replace(@PathVariable UUID productId, @PathVariable UUID goalId, @RequestBody GoalRequest body) {
        int version = StrategyWeb.version(body.version());
        return goals.update(productId, goalId, version, body.input());
    }

    @Operation(summary = "Change some parts of a goal (e.g. its status); with a version, 409 if someone saved since")
    @PatchMapping("/{goalId}")
    GoalView patch(@PathVariable UUID productId, @PathVariable UUID goalId, @RequestBody GoalRequest body) {
        GoalView current = goals.get(productId, goalId);
        return goals.update(
                productId, goalId, body.version() == null ? current.version() : body.version(), body.over(current));
    }

    @Operation(summary = "Delete a goal with its key results; features linked to it lose the link")
    @DeleteMapping("/{goalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID goalId) {
        goals.delete(productId, goalId);
    }

    @GetMapping("/{goalId}/key-results")
    PageResult<KeyResultView> keyResults(@PathVariable UUID productId, @PathVariable UUID goalId) {
        List<KeyResultView> krs = goals.get(productId, goalId).keyResults();
        return new PageResult<>(krs, krs.size());
    }

    @Operation(summary = "Add a key result to a goal (editors); current defaults to the baseline")
    @PostMapping("/{goalId}/key-results")
    @ResponseStatus(HttpStatus.CREATED)
    KeyResultView addKeyResult(
            @PathVariable UUID productId, @PathVariable UUID goalId, @RequestBody KeyResultRequest body) {
        return goals.addKeyResult(productId, goalId, body.fields().input());
    }

    @GetMapping("/{goalId}/key-results/{keyResultId}")
    KeyResultView keyResult(@PathVariable UUID productId, @PathVariable UUID goalId, @PathVariable UUID keyResultId) {
        return goals.getKeyResult(productId, goalId, keyResultId);
    }

    @Operation(summary = "Replace a key result; send the key result's version you read (409 if someone saved since)")
    @PutMapping("/{goalId}/key-results/{keyResultId}")
    KeyResultView replaceKeyResult(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @PathVariable UUID keyResultId,
            @RequestBody KeyResultRequest body) {
        int version = StrategyWeb.version(body.version());
        return goals.updateKeyResult(
                productId, goalId, keyResultId, version, body.fields().input());
    }

    @Operation(summary = "Change some parts of a key result, e.g. {\"current\": 4.2} to check in")
    @PatchMapping("/{goalId}/key-results/{keyResultId}")
    KeyResultView patchKeyResult(
            @PathVariable UUID productId,
            @PathVariable UUID goalId,
            @PathVariable UUID keyResultId,
            @RequestBody KeyResultRequest body) {
        KeyResultView current = goals.getKeyResult(productId, goalId, keyResultId);
        return goals.updateKeyResult(productId, goalId, keyResultId, body.version(), body.over(current));
    }

    @DeleteMapping("/{goalId}/key-results/{keyResultId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteKeyResult(@PathVariable UUID productId, @PathVariable UUID goalId, @PathVariable UUID keyResultId) {
        goals.deleteKeyResult(productId, goalId, keyResultId);
    }
}
