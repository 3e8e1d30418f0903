package dev.northstar.prioritization.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.prioritization.Scorecard;
import dev.northstar.prioritization.Scorecards;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/scorecards")
@Tag(name = "Scorecards", description = "Weighted custom scorecards: drivers with weights and scales")
class ScorecardApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DriverRequest(String id, String name, Double weight, Double min, Double max) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScorecardRequest(String name, String description, List<DriverRequest> drivers, Integer version) {

        List<Scorecard.Driver> driverList() {
            List<Scorecard.Driver> out = new ArrayList<>();
            if (drivers != null) {
                for (int i = 0; i < drivers.size(); i++) {
                    DriverRequest d = drivers.get(i);
                    String f = "drivers[" + i + "].";
                    if (d == null) {
                        throw new InvalidInputException("drivers[" + i + "]", "must be {name, weight, min, max}");
                    }
                    out.add(new Scorecard.Driver(
                            FeatureWeb.uuid(d.id(), f + "id"),
                            d.name(),
                            d.weight() == null ? 1 : d.weight(),
                            d.min() == null ? 1 : d.min(),
                            d.max() == null ? 5 : d.max()));
                }
            }
            return out;
        }
    }

    private final Scorecards scorecards;

    ScorecardApi(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping
    PageResult<Scorecard> list(@PathVariable UUID productId) {
        List<Scorecard> all = scorecards.list(productId);
        return new PageResult<>(all, all.size());
    }

    @Operation(
            summary =
                    "Create a scorecard (editors): {name, description, drivers: [{name, weight (default 1), min (default 1), max (default 5)}]}")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Scorecard create(@PathVariable UUID productId, @RequestBody ScorecardRequest body) {
        return scorecards.create(productId, body.name(), body.description(), body.driverList());
    }

    @GetMapping("/{scorecardId}")
    Scorecard get(@PathVariable UUID productId, @PathVariable UUID scorecardId) {
        return scorecards.get(productId, scorecardId);
    }

    @Operation(
            summary = "Replace a scorecard; drivers keep their id to keep features' values; send the version you read")
    @PutMapping("/{scorecardId}")
    Scorecard replace(
            @PathVariable UUID productId, @PathVariable UUID scorecardId, @RequestBody ScorecardRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return scorecards.update(
                productId, scorecardId, body.version(), body.name(), body.description(), body.driverList());
    }

    @Operation(summary = "Delete a scorecard and the features' scores on it")
    @DeleteMapping("/{scorecardId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID scorecardId) {
        scorecards.delete(productId, scorecardId);
    }
}
