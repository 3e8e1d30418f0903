package dev.northstar.prioritization.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.EvidenceKind;
import dev.northstar.prioritization.EvidenceRef;
import dev.northstar.prioritization.FeatureFilter;
import dev.northstar.prioritization.FeatureInput;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
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
@RequestMapping("/api/v1/products/{productId}/features")
@Tag(name = "Features", description = "Features and ideas: status, effort, parent, goals and discovery evidence")
class FeaturesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EvidenceRequest(String kind, String refId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureRequest(
            String title,
            String problem,
            String description,
            String status,
            String owner,
            Double effort,
            String parentId,
            List<String> goalIds,
            List<EvidenceRequest> evidence,
            Integer version) {

        FeatureInput input() {
            return new FeatureInput(
                    title,
                    problem,
                    description,
                    FeatureStatus.parse(status, "status", FeatureStatus.IDEA),
                    owner,
                    effort,
                    FeatureWeb.uuid(parentId, "parentId"),
                    FeatureWeb.uuids(goalIds, "goalIds"),
                    refs(evidence));
        }

        /** Parts present replace the current ones; "" clears a text, the parent or the effort is cleared by null only through PUT. */
        FeatureInput over(FeatureView current) {
            FeatureInput now = current.input();
            return new FeatureInput(
                    title == null ? now.title() : title,
                    problem == null ? now.problem() : problem,
                    description == null ? now.description() : description,
                    status == null ? now.status() : FeatureStatus.parse(status, "status"),
                    owner == null ? now.owner() : owner,
                    effort == null ? now.effort() : effort,
                    parentId == null ? now.parentId() : FeatureWeb.uuid(parentId, "parentId"),
                    goalIds == null ? now.goalIds() : FeatureWeb.uuids(goalIds, "goalIds"),
                    evidence == null ? now.evidence() : refs(evidence));
        }

        private static List<EvidenceRef> refs(List<EvidenceRequest> evidence) {
            List<EvidenceRef> out = new ArrayList<>();
            if (evidence != null) {
                for (int i = 0; i < evidence.size(); i++) {
                    EvidenceRequest e = evidence.get(i);
                    if (e == null) {
                        throw new InvalidInputException("evidence[" + i + "]", "must be {\"kind\", \"refId\"}");
                    }
                    EvidenceKind kind = EvidenceKind.parse(e.kind(), "evidence[" + i + "].kind");
                    UUID ref = FeatureWeb.uuid(e.refId(), "evidence[" + i + "].refId");
                    if (ref == null) {
                        throw new InvalidInputException("evidence[" + i + "].refId", "refId is required");
                    }
                    out.add(new EvidenceRef(kind, ref));
                }
            }
            return out;
        }
    }

    record StatusRequest(String status) {}

    private final Features features;

    FeaturesApi(Features features) {
        this.features = features;
    }

    @Operation(
            summary =
                    "List features by title; filter by status (idea, candidate, planned, in-progress, shipped, "
                            + "measured, archived), parentId, q (words in the title); archived ones only with status=archived or archived=true")
    @GetMapping(params = "!rankBy")
    PageResult<FeatureView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String parentId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean archived,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        FeatureFilter filter = new FeatureFilter(
                status == null || status.isBlank() ? null : FeatureStatus.parse(status, "status"),
                FeatureWeb.uuid(parentId, "parentId"),
                q,
                Boolean.TRUE.equals(archived));
        return features.list(productId, filter, Paging.of(page, size));
    }

    @Operation(summary = "Create a feature (editors); status defaults to idea, effort in person-months")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FeatureView create(@PathVariable UUID productId, @RequestBody FeatureRequest body) {
        return features.create(productId, body.input());
    }

    @GetMapping("/{featureId}")
    FeatureView get(@PathVariable UUID productId, @PathVariable UUID featureId) {
        return features.get(productId, featureId);
    }

    @Operation(summary = "Replace a feature; send the version you read (409 if someone saved since)")
    @PutMapping("/{featureId}")
    FeatureView replace(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody FeatureRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return features.update(productId, featureId, body.version(), body.input());
    }

    @Operation(summary = "Change some parts of a feature; with a version, 409 if someone saved since")
    @PatchMapping("/{featureId}")
    FeatureView patch(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody FeatureRequest body) {
        FeatureView current = features.get(productId, featureId);
        return features.update(
                productId, featureId, body.version() == null ? current.version() : body.version(), body.over(current));
    }

    @Operation(summary = "Move a feature to another status: {\"status\": \"in-progress\"}")
    @PutMapping("/{featureId}/status")
    FeatureView status(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody StatusRequest body) {
        return features.changeStatus(productId, featureId, FeatureStatus.parse(body.status(), "status"));
    }

    @Operation(summary = "Cite a piece of discovery evidence: {\"kind\": \"highlight|need|opportunity\", \"refId\"}")
    @PostMapping("/{featureId}/evidence")
    FeatureView addEvidence(
            @PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody EvidenceRequest body) {
        return features.addEvidence(productId, featureId, ref(body.kind(), body.refId()));
    }

    @Operation(summary = "Stop citing a piece of evidence")
    @DeleteMapping("/{featureId}/evidence/{kind}/{refId}")
    FeatureView removeEvidence(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable String kind,
            @PathVariable String refId) {
        return features.removeEvidence(productId, featureId, ref(kind, refId));
    }

    static EvidenceRef ref(String kind, String refId) {
        EvidenceKind k = EvidenceKind.parse(kind, "kind");
        UUID id = FeatureWeb.uuid(refId, "refId");
        if (id == null) {
            throw new InvalidInputException("refId", "refId is required");
        }
        return new EvidenceRef(k, id);
    }

    @Operation(summary = "Delete a feature; its children stay without a parent")
    @DeleteMapping("/{featureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID featureId) {
        features.delete(productId, featureId);
    }
}
