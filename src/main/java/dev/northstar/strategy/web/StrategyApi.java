package dev.northstar.strategy.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.strategy.LeanCanvasInput;
import dev.northstar.strategy.LeanCanvasView;
import dev.northstar.strategy.Positioning;
import dev.northstar.strategy.PositioningInput;
import dev.northstar.strategy.PositioningView;
import dev.northstar.strategy.Strategies;
import dev.northstar.strategy.StrategyInput;
import dev.northstar.strategy.StrategyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one-per-product strategy documents: vision and narrative, positioning statement, Lean Canvas. */
@RestController
@RequestMapping("/api/v1/products/{productId}")
@Tag(name = "Strategy", description = "Vision and strategy narrative, positioning statement and Lean Canvas")
class StrategyApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StrategyRequest(String vision, String narrative, Integer version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PositioningRequest(
            String targetCustomer,
            String need,
            String productName,
            String category,
            String keyBenefit,
            String alternative,
            String differentiation,
            Integer version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LeanCanvasRequest(
            String problem,
            String existingAlternatives,
            String customerSegments,
            String earlyAdopters,
            String uniqueValueProposition,
            String solution,
            String channels,
            String revenueStreams,
            String costStructure,
            String keyMetrics,
            String unfairAdvantage,
            Integer version) {}

    private final Strategies strategies;
    private final Positioning positioning;

    StrategyApi(Strategies strategies, Positioning positioning) {
        this.strategies = strategies;
        this.positioning = positioning;
    }

    @Operation(summary = "The product's vision and strategy narrative (Markdown); version 0 until the first save")
    @GetMapping("/strategy")
    StrategyView strategy(@PathVariable UUID productId) {
        return strategies.get(productId);
    }

    @Operation(
            summary = "Replace vision and narrative (editors); send the version you read (409 if someone saved since)")
    @PutMapping("/strategy")
    StrategyView saveStrategy(@PathVariable UUID productId, @RequestBody StrategyRequest body) {
        int version = StrategyWeb.version(body.version());
        return strategies.save(productId, version, new StrategyInput(body.vision(), body.narrative()));
    }

    @Operation(summary = "The positioning statement in Geoffrey Moore's form, with the sentence it makes")
    @GetMapping("/positioning")
    PositioningView positioning(@PathVariable UUID productId) {
        return positioning.statement(productId);
    }

    @Operation(summary = "Replace the positioning statement (editors); send the version you read")
    @PutMapping("/positioning")
    PositioningView savePositioning(@PathVariable UUID productId, @RequestBody PositioningRequest b) {
        int version = StrategyWeb.version(b.version());
        return positioning.saveStatement(
                productId,
                version,
                new PositioningInput(
                        b.targetCustomer(),
                        b.need(),
                        b.productName(),
                        b.category(),
                        b.keyBenefit(),
                        b.alternative(),
                        b.differentiation()));
    }

    @Operation(summary = "The Lean Canvas: nine boxes, problem and customer segments with their second parts")
    @GetMapping("/lean-canvas")
    LeanCanvasView canvas(@PathVariable UUID productId) {
        return positioning.canvas(productId);
    }

    @Operation(summary = "Replace the Lean Canvas (editors); send the version you read")
    @PutMapping("/lean-canvas")
    LeanCanvasView saveCanvas(@PathVariable UUID productId, @RequestBody LeanCanvasRequest b) {
        int version = StrategyWeb.version(b.version());
        return positioning.saveCanvas(
                productId,
                version,
                new LeanCanvasInput(
                        b.problem(),
                        b.existingAlternatives(),
                        b.customerSegments(),
                        b.earlyAdopters(),
                        b.uniqueValueProposition(),
                        b.solution(),
                        b.channels(),
                        b.revenueStreams(),
                        b.costStructure(),
                        b.keyMetrics(),
                        b.unfairAdvantage()));
    }
}
