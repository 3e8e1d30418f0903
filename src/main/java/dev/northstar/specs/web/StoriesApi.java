package dev.northstar.specs.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.specs.Criterion;
import dev.northstar.specs.Stories;
import dev.northstar.specs.StoryFilter;
import dev.northstar.specs.StoryInput;
import dev.northstar.specs.StoryKind;
import dev.northstar.specs.StoryStatus;
import dev.northstar.specs.StoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/products/{productId}/stories")
@Tag(name = "Stories", description = "User and job stories under features, with Given/When/Then acceptance criteria")
class StoriesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryRequest(
            String featureId,
            String kind,
            Map<String, String> parts,
            List<Criterion> criteria,
            String status,
            Double estimate,
            Integer version) {

        StoryInput input() {
            StoryKind k = StoryKind.parse(kind, "kind");
            Map<String, String> p = parts == null ? Map.of() : parts;
            List<Criterion> c = new ArrayList<>();
            if (criteria != null) {
                for (int i = 0; i < criteria.size(); i++) {
                    if (criteria.get(i) == null) {
                        throw new InvalidInputException(
                                "criteria[" + i + "]", "a criterion is {\"given\", \"when\", \"then\"}");
                    }
                    c.add(criteria.get(i));
                }
            }
            return new StoryInput(
                    SpecsWeb.uuid(featureId, "featureId"),
                    k,
                    p.get(k.parts().get(0)),
                    p.get(k.parts().get(1)),
                    p.get(k.parts().get(2)),
                    c,
                    StoryStatus.parse(status, "status", StoryStatus.DRAFT),
                    estimate);
        }
    }

    record StatusRequest(String status) {}

    record OrderRequest(String featureId, List<String> storyIds) {}

    private final Stories stories;

    StoriesApi(Stories stories) {
        this.stories = stories;
    }

    @Operation(summary = "List stories by feature and in each feature's order; filter by featureId and status")
    @GetMapping
    PageResult<StoryView> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String featureId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        StoryFilter filter = new StoryFilter(
                SpecsWeb.uuid(featureId, "featureId"),
                status == null || status.isBlank() ? null : StoryStatus.parse(status, "status"));
        return stories.list(productId, filter, Paging.of(page, size));
    }

    @Operation(
            summary = "Create a story (editors): kind user with parts role, capability, benefit, or kind job with "
                    + "parts situation, motivation, outcome; criteria [{given, when, then}]; status draft, ready, "
                    + "in-progress or done (past draft needs a criterion); estimate in story points")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StoryView create(@PathVariable UUID productId, @RequestBody StoryRequest body) {
        return stories.create(productId, body.input());
    }

    @Operation(summary = "Stories as CSV for Jira's importer: one feature with featureId, else all")
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@PathVariable UUID productId, @RequestParam(required = false) String featureId) {
        return csv(stories.jiraCsv(productId, SpecsWeb.uuid(featureId, "featureId")));
    }

    static ResponseEntity<byte[]> csv(String csv) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("stories.csv")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "Put a feature's stories in order: {\"featureId\", \"storyIds\": [...]} listing each once")
    @PutMapping("/order")
    List<StoryView> order(@PathVariable UUID productId, @RequestBody OrderRequest body) {
        UUID featureId = SpecsWeb.uuid(body.featureId(), "featureId");
        if (featureId == null) {
            throw new InvalidInputException("featureId", "featureId is required");
        }
        List<UUID> ids = new ArrayList<>();
        if (body.storyIds() != null) {
            for (int i = 0; i < body.storyIds().size(); i++) {
                ids.add(SpecsWeb.uuid(body.storyIds().get(i), "storyIds[" + i + "]"));
            }
        }
        return stories.reorder(productId, featureId, ids);
    }

    @GetMapping("/{storyId}")
    StoryView get(@PathVariable UUID productId, @PathVariable UUID storyId) {
        return stories.get(productId, storyId);
    }

    @Operation(summary = "Replace a story; send the version you read (409 if someone saved since)")
    @PutMapping("/{storyId}")
    StoryView replace(@PathVariable UUID productId, @PathVariable UUID storyId, @RequestBody StoryRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return stories.update(productId, storyId, body.version(), body.input());
    }

    @Operation(summary = "Move a story to another status: {\"status\": \"ready\"}")
    @PutMapping("/{storyId}/status")
    StoryView status(@PathVariable UUID productId, @PathVariable UUID storyId, @RequestBody StatusRequest body) {
        return stories.changeStatus(productId, storyId, StoryStatus.parse(body.status(), "status"));
    }

    @DeleteMapping("/{storyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID storyId) {
        stories.delete(productId, storyId);
    }
}
