package dev.northstar.prioritization.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.EvidenceScore;
import dev.northstar.prioritization.EvidenceSettings;
import dev.northstar.prioritization.FeatureScore;
import dev.northstar.prioritization.RankMove;
import dev.northstar.prioritization.RankedFeature;
import dev.northstar.prioritization.Rankings;
import dev.northstar.prioritization.ScoreChange;
import dev.northstar.prioritization.Scores;
import dev.northstar.prioritization.Sensitivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@RequestMapping("/api/v1/products/{productId}")
@Tag(
        name = "Scores and rankings",
        description = "Feature scores per framework, their history, rankings, manual ranking and sensitivity")
class ScoresApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MoveRequest(String featureId, Integer position, String reason) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsRequest(Integer halfLifeDays, String weighting, Map<String, Double> segmentWeights) {}

    private final Scores scores;
    private final Rankings rankings;

    ScoresApi(Scores scores, Rankings rankings) {
        this.scores = scores;
        this.rankings = rankings;
    }

    @Operation(
            summary = "Set a feature's inputs in one framework (editors). rice: {reach, impact 3|2|1|0.5|0.25, "
                    + "confidence (0,100], effort > 0}; ice: {impact, confidence, ease} 1–10; wsjf: {businessValue, "
                    + "timeCriticality, riskReduction, jobSize} on 1,2,3,5,8,13,20; value-effort: {value, effort} 1–10; "
                    + "moscow: {category must|should|could|won't}; kano: {counts: {attractive: 3, …}} or {surveyId, "
                    + "functionalQuestion, dysfunctionalQuestion}; scorecard-{id}: {values: {driver: n}}")
    @PutMapping("/features/{featureId}/scores/{framework}")
    FeatureScore put(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable String framework,
            @RequestBody(required = false) Map<String, Object> body) {
        return scores.put(productId, featureId, framework, body);
    }

    @Operation(summary = "A feature's current scores, one per framework")
    @GetMapping("/features/{featureId}/scores")
    PageResult<FeatureScore> list(@PathVariable UUID productId, @PathVariable UUID featureId) {
        List<FeatureScore> all = scores.of(productId, featureId);
        return new PageResult<>(all, all.size());
    }

    @Operation(summary = "Remove a feature's score in one framework (the history keeps it)")
    @DeleteMapping("/features/{featureId}/scores/{framework}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID productId, @PathVariable UUID featureId, @PathVariable String framework) {
        scores.remove(productId, featureId, framework);
    }

    @Operation(summary = "Every change of a feature's score inputs with who and when, newest first")
    @GetMapping("/features/{featureId}/scores/history")
    PageResult<ScoreChange> history(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return scores.history(productId, featureId, Paging.of(page, size));
    }

    @Operation(summary = "A feature's evidence score: a line per linked highlight with its weight and decay")
    @GetMapping("/features/{featureId}/evidence-score")
    EvidenceScore evidence(@PathVariable UUID productId, @PathVariable UUID featureId) {
        return scores.evidence(productId, featureId);
    }

    @Operation(
            summary =
                    "Features ranked best first in a framework (rice, ice, wsjf, value-effort, moscow, kano, "
                            + "scorecard-{id}, or manual), each with its score and breakdown; unscored and archived features are left out")
    @GetMapping(value = "/features", params = "rankBy")
    PageResult<RankedFeature> ranked(
            @PathVariable UUID productId,
            @RequestParam String rankBy,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return rankings.rank(productId, rankBy, Paging.of(page, size));
    }

    @Operation(summary = "Move a feature in the manual ranking: {featureId, position (1 first), reason} (editors)")
    @PostMapping("/rankings/manual/moves")
    PageResult<RankedFeature> move(@PathVariable UUID productId, @RequestBody MoveRequest body) {
        UUID featureId = FeatureWeb.uuid(body.featureId(), "featureId");
        if (featureId == null) {
            throw new InvalidInputException("featureId", "featureId is required");
        }
        if (body.position() == null) {
            throw new InvalidInputException("position", "position is required (1 first)");
        }
        rankings.move(productId, featureId, body.position(), body.reason());
        return rankings.rank(productId, Rankings.MANUAL, Paging.of(0, 500));
    }

    @Operation(summary = "Manual moves with their reasons, who and when, newest first; featureId narrows")
    @GetMapping("/rankings/manual/moves")
    PageResult<RankMove> moves(
            @PathVariable UUID productId,
            @RequestParam(required = false) String featureId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return rankings.moves(productId, FeatureWeb.uuid(featureId, "featureId"), Paging.of(page, size));
    }

    @Operation(
            summary = "For two adjacent features (upper above lower; default the top two): the value each input "
                    + "must reach, alone, to swap them")
    @GetMapping("/rankings/{framework}/sensitivity")
    Sensitivity sensitivity(
            @PathVariable UUID productId,
            @PathVariable String framework,
            @RequestParam(required = false) String upper,
            @RequestParam(required = false) String lower) {
        return rankings.sensitivity(
                productId, framework, FeatureWeb.uuid(upper, "upper"), FeatureWeb.uuid(lower, "lower"));
    }

    @GetMapping("/evidence-settings")
    EvidenceSettings settings(@PathVariable UUID productId) {
        return scores.evidenceSettings(productId);
    }

    @Operation(
            summary =
                    "Evidence weighting (editors): {halfLifeDays, weighting none|segment|revenue, segmentWeights: {Enterprise: 3}}")
    @PutMapping("/evidence-settings")
    EvidenceSettings changeSettings(@PathVariable UUID productId, @RequestBody SettingsRequest body) {
        EvidenceSettings current = scores.evidenceSettings(productId);
        return scores.changeEvidenceSettings(
                productId,
                new EvidenceSettings(
                        body.halfLifeDays() == null ? current.halfLifeDays() : body.halfLifeDays(),
                        body.weighting() == null
                                ? current.weighting()
                                : EvidenceSettings.Weighting.parse(body.weighting(), "weighting"),
                        body.segmentWeights() == null ? current.segmentWeights() : body.segmentWeights()));
    }
}
