package dev.northstar.strategy.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.strategy.CompetitorInput;
import dev.northstar.strategy.CompetitorMatrix;
import dev.northstar.strategy.CompetitorView;
import dev.northstar.strategy.Competitors;
import dev.northstar.strategy.CriterionInput;
import dev.northstar.strategy.CriterionView;
import dev.northstar.strategy.RatingInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@RequestMapping("/api/v1/products/{productId}/competitors")
@Tag(
        name = "Competitors",
        description = "Competitors with positioning, pricing, strengths and weaknesses, rated 1-5 on chosen criteria")
class CompetitorApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatingRequest(String criterionId, Object rating, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompetitorRequest(
            String name,
            String website,
            String positioning,
            String pricing,
            String strengths,
            String weaknesses,
            List<RatingRequest> ratings,
            Integer version) {

        CompetitorInput input() {
            List<InvalidInputException.FieldError> errors = new ArrayList<>();
            List<RatingInput> parsed = null;
            if (ratings != null) {
                parsed = new ArrayList<>();
                for (int i = 0; i < ratings.size(); i++) {
                    RatingRequest r = ratings.get(i);
                    String prefix = "ratings[" + i + "].";
                    RatingInput in = r == null
                            ? null
                            : StrategyWeb.collect(
                                    errors,
                                    "",
                                    () -> StrategyWeb.ratingInput(r.criterionId(), r.rating(), r.note(), prefix));
                    if (in != null) {
                        parsed.add(in);
                    }
                }
            }
            List<RatingInput> finalRatings = parsed;
            CompetitorInput in = StrategyWeb.collect(
                    errors,
                    "",
                    () -> new CompetitorInput(
                            name, website, positioning, pricing, strengths, weaknesses, finalRatings));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return in;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CriterionRequest(String name, String description, Integer position) {}

    private final Competitors competitors;

    CompetitorApi(Competitors competitors) {
        this.competitors = competitors;
    }

    @Operation(summary = "List competitors by name, each with its ratings")
    @GetMapping
    PageResult<CompetitorView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return competitors.list(productId, Paging.of(page, size));
    }

    @Operation(summary = "The comparison table: the criteria in order and every competitor with its ratings")
    @GetMapping("/matrix")
    CompetitorMatrix matrix(@PathVariable UUID productId) {
        return competitors.matrix(productId);
    }

    @Operation(summary = "Add a competitor (editors); ratings [{criterionId, rating 1-5, note}] optional")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CompetitorView create(@PathVariable UUID productId, @RequestBody CompetitorRequest body) {
        return competitors.create(productId, body.input());
    }

    @GetMapping("/{competitorId}")
    CompetitorView get(@PathVariable UUID productId, @PathVariable UUID competitorId) {
        return competitors.get(productId, competitorId);
    }

    @Operation(summary = "Replace a competitor; send the version you read. Ratings, when sent, set the cells they name")
    @PutMapping("/{competitorId}")
    CompetitorView replace(
            @PathVariable UUID productId, @PathVariable UUID competitorId, @RequestBody CompetitorRequest body) {
        int version = StrategyWeb.version(body.version());
        return competitors.update(productId, competitorId, version, body.input());
    }

    @DeleteMapping("/{competitorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID competitorId) {
        competitors.delete(productId, competitorId);
    }

    @Operation(summary = "Set one cell of the matrix: {rating: 1-5, note}; both empty clear it")
    @PutMapping("/{competitorId}/ratings/{criterionId}")
    CompetitorView rate(
            @PathVariable UUID productId,
            @PathVariable UUID competitorId,
            @PathVariable UUID criterionId,
            @RequestBody RatingRequest body) {
        return competitors.rate(
                productId,
                competitorId,
                StrategyWeb.ratingInput(criterionId.toString(), body.rating(), body.note(), ""));
    }

    @Operation(summary = "The criteria competitors are compared on, in order")
    @GetMapping("/criteria")
    PageResult<CriterionView> criteria(@PathVariable UUID productId) {
        List<CriterionView> all = competitors.criteria(productId);
        return new PageResult<>(all, all.size());
    }

    @Operation(summary = "Add a criterion at the end (editors)")
    @PostMapping("/criteria")
    @ResponseStatus(HttpStatus.CREATED)
    CriterionView addCriterion(@PathVariable UUID productId, @RequestBody CriterionRequest body) {
        return competitors.addCriterion(productId, new CriterionInput(body.name(), body.description()));
    }

    @Operation(summary = "Rename a criterion, change its description, or move it (position from 0)")
    @PutMapping("/criteria/{criterionId}")
    CriterionView updateCriterion(
            @PathVariable UUID productId, @PathVariable UUID criterionId, @RequestBody CriterionRequest body) {
        return competitors.updateCriterion(
                productId, criterionId, new CriterionInput(body.name(), body.description()), body.position());
    }

    @Operation(summary = "Delete a criterion and its column of ratings")
    @DeleteMapping("/criteria/{criterionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCriterion(@PathVariable UUID productId, @PathVariable UUID criterionId) {
        competitors.deleteCriterion(productId, criterionId);
    }
}
