package dev.northstar.roadmap.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.roadmap.BoardColumn;
import dev.northstar.roadmap.DependencyInput;
import dev.northstar.roadmap.DependencyView;
import dev.northstar.roadmap.Granularity;
import dev.northstar.roadmap.ItemInput;
import dev.northstar.roadmap.ItemView;
import dev.northstar.roadmap.PlanView;
import dev.northstar.roadmap.ReleaseInput;
import dev.northstar.roadmap.ReleaseView;
import dev.northstar.roadmap.RoadmapExports;
import dev.northstar.roadmap.RoadmapPlans;
import dev.northstar.roadmap.RoadmapSettings;
import dev.northstar.roadmap.RoadmapShares;
import dev.northstar.roadmap.RoadmapView;
import dev.northstar.roadmap.Roadmaps;
import dev.northstar.roadmap.ShareLink;
import dev.northstar.roadmap.TeamInput;
import dev.northstar.roadmap.TeamView;
import dev.northstar.roadmap.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
@RequestMapping("/api/v1/products/{productId}/roadmap")
@Tag(
        name = "Roadmap",
        description =
                "Now/Next/Later, timeline, teams and capacity, releases, dependencies, plan optimizer, share link")
class RoadmapApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsRequest(String granularity, Integer horizon, String start) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TeamRequest(String name, Integer members, Map<String, Double> capacity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReleaseRequest(String name, String date, String description) {
        ReleaseInput input() {
            return new ReleaseInput(name, RoadmapWeb.date(date, "date"), description);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemRequest(String teamId, String period, Boolean committed) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnRequest(String column) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DependencyRequest(String featureId, String needsFeatureId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DependenciesRequest(List<DependencyRequest> dependencies) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanRequest(String framework, Integer seconds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AcceptRequest(List<String> featureIds) {}

    private final Roadmaps roadmaps;
    private final RoadmapPlans plans;
    private final RoadmapShares shares;
    private final RoadmapExports exports;

    RoadmapApi(Roadmaps roadmaps, RoadmapPlans plans, RoadmapShares shares, RoadmapExports exports) {
        this.roadmaps = roadmaps;
        this.plans = plans;
        this.shares = shares;
        this.exports = exports;
    }

    @Operation(
            summary =
                    "The roadmap: view=now-next-later (default) or timeline with by=month|quarter and lane=team|goal|theme")
    @GetMapping
    Object view(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        if (v == RoadmapView.TIMELINE) {
            return exports.timeline(productId, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane"));
        }
        return roadmaps.board(productId);
    }

    @GetMapping("/settings")
    RoadmapSettings settings(@PathVariable UUID productId) {
        return roadmaps.settings(productId);
    }

    @Operation(
            summary =
                    "Set the planning horizon: {\"granularity\": \"quarter\", \"horizon\": 4, \"start\": \"2027-Q1\"}")
    @PutMapping("/settings")
    RoadmapSettings updateSettings(@PathVariable UUID productId, @RequestBody SettingsRequest body) {
        return roadmaps.updateSettings(productId, body.granularity(), body.horizon(), body.start());
    }

    @GetMapping("/teams")
    List<TeamView> teams(@PathVariable UUID productId) {
        return roadmaps.teams(productId);
    }

    @Operation(
            summary = "Add a team: {\"name\", \"members\", \"capacity\": {\"2027-Q1\": 6}} (person-months per period)")
    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    TeamView createTeam(@PathVariable UUID productId, @RequestBody TeamRequest body) {
        return roadmaps.createTeam(productId, new TeamInput(body.name(), body.members()), body.capacity());
    }

    @GetMapping("/teams/{teamId}")
    TeamView team(@PathVariable UUID productId, @PathVariable UUID teamId) {
        return roadmaps.team(productId, teamId);
    }

    @PutMapping("/teams/{teamId}")
    TeamView updateTeam(@PathVariable UUID productId, @PathVariable UUID teamId, @RequestBody TeamRequest body) {
        return roadmaps.updateTeam(productId, teamId, new TeamInput(body.name(), body.members()), body.capacity());
    }

    @Operation(summary = "Set capacities by period: {\"2027-Q1\": 6, \"2027-Q2\": null} (null clears)")
    @PutMapping("/teams/{teamId}/capacity")
    TeamView capacity(@PathVariable UUID productId, @PathVariable UUID teamId, @RequestBody Map<String, Double> body) {
        return roadmaps.setCapacity(productId, teamId, body);
    }

    @DeleteMapping("/teams/{teamId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTeam(@PathVariable UUID productId, @PathVariable UUID teamId) {
        roadmaps.deleteTeam(productId, teamId);
    }

    @GetMapping("/releases")
    List<ReleaseView> releases(@PathVariable UUID productId) {
        return roadmaps.releases(productId);
    }

    @Operation(summary = "Add a release or milestone: {\"name\", \"date\": \"2027-03-15\", \"description\"}")
    @PostMapping("/releases")
    @ResponseStatus(HttpStatus.CREATED)
    ReleaseView createRelease(@PathVariable UUID productId, @RequestBody ReleaseRequest body) {
        return roadmaps.createRelease(productId, body.input());
    }

    @PutMapping("/releases/{releaseId}")
    ReleaseView updateRelease(
            @PathVariable UUID productId, @PathVariable UUID releaseId, @RequestBody ReleaseRequest body) {
        return roadmaps.updateRelease(productId, releaseId, body.input());
    }

    @DeleteMapping("/releases/{releaseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRelease(@PathVariable UUID productId, @PathVariable UUID releaseId) {
        roadmaps.deleteRelease(productId, releaseId);
    }

    @GetMapping("/items")
    List<ItemView> items(@PathVariable UUID productId) {
        return roadmaps.items(productId);
    }

    @Operation(summary = "Place a feature: {\"teamId\", \"period\": \"2027-Q1\", \"committed\": false}")
    @PutMapping("/items/{featureId}")
    ItemView place(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody ItemRequest body) {
        return roadmaps.place(
                productId,
                new ItemInput(
                        featureId,
                        RoadmapWeb.uuid(body.teamId(), "teamId"),
                        body.period(),
                        Boolean.TRUE.equals(body.committed())));
    }

    @DeleteMapping("/items/{featureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unplace(@PathVariable UUID productId, @PathVariable UUID featureId) {
        roadmaps.unplace(productId, featureId);
    }

    @Operation(summary = "Move a feature on the board: {\"column\": \"now|next|later\"}; changes its status")
    @PutMapping("/board/{featureId}")
    FeatureView move(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody ColumnRequest body) {
        return roadmaps.move(productId, featureId, BoardColumn.parse(body.column(), "column"));
    }

    @GetMapping("/dependencies")
    List<DependencyView> dependencies(@PathVariable UUID productId) {
        return roadmaps.dependencies(productId);
    }

    @Operation(
            summary = "Add a dependency: {\"featureId\", \"needsFeatureId\"}; a cycle is a 400 naming needsFeatureId")
    @PostMapping("/dependencies")
    @ResponseStatus(HttpStatus.CREATED)
    List<DependencyView> addDependency(@PathVariable UUID productId, @RequestBody DependencyRequest body) {
        return roadmaps.addDependency(productId, input(body, ""));
    }

    @Operation(
            summary =
                    "Replace every dependency: {\"dependencies\": [...]}; a cycle is a 400 naming dependencies, nothing saved")
    @PutMapping("/dependencies")
    List<DependencyView> replaceDependencies(@PathVariable UUID productId, @RequestBody DependenciesRequest body) {
        List<DependencyInput> inputs = new ArrayList<>();
        List<DependencyRequest> list = body.dependencies() == null ? List.of() : body.dependencies();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidInputException(
                        "dependencies[" + i + "]", "must be {\"featureId\", \"needsFeatureId\"}");
            }
            inputs.add(input(list.get(i), "dependencies[" + i + "]."));
        }
        return roadmaps.replaceDependencies(productId, inputs);
    }

    @DeleteMapping("/dependencies/{featureId}/{needsFeatureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDependency(
            @PathVariable UUID productId, @PathVariable UUID featureId, @PathVariable UUID needsFeatureId) {
        roadmaps.removeDependency(productId, new DependencyInput(featureId, needsFeatureId));
    }

    private static DependencyInput input(DependencyRequest r, String prefix) {
        return new DependencyInput(
                RoadmapWeb.uuid(r.featureId(), prefix + "featureId"),
                RoadmapWeb.uuid(r.needsFeatureId(), prefix + "needsFeatureId"));
    }

    @Operation(
            summary =
                    "Run the optimizer: {\"framework\": \"rice\", \"seconds\": 5}; answers the proposed plan with reasons for what did not fit")
    @PostMapping("/plan")
    @ResponseStatus(HttpStatus.CREATED)
    PlanView plan(@PathVariable UUID productId, @RequestBody(required = false) PlanRequest body) {
        PlanRequest b = body == null ? new PlanRequest(null, null) : body;
        return plans.plan(productId, b.framework(), b.seconds() == null ? null : Duration.ofSeconds(b.seconds()));
    }

    @GetMapping("/plan/{planId}")
    PlanView getPlan(@PathVariable UUID productId, @PathVariable UUID planId) {
        return plans.get(productId, planId);
    }

    @Operation(summary = "Accept a plan wholly (no body or no featureIds) or partly ({\"featureIds\": [...]})")
    @PostMapping("/plan/{planId}/accept")
    PlanView accept(
            @PathVariable UUID productId,
            @PathVariable UUID planId,
            @RequestBody(required = false) AcceptRequest body) {
        return plans.accept(productId, planId, body == null ? null : RoadmapWeb.uuids(body.featureIds(), "featureIds"));
    }

    @Operation(summary = "The stakeholder share link (editors); 404 when there is none")
    @GetMapping("/share")
    ShareLink share(@PathVariable UUID productId) {
        return shares.link(productId).orElseThrow(() -> new dev.northstar.common.NotFoundException("share link"));
    }

    @Operation(summary = "Create a new share link; the old one stops working")
    @PostMapping("/share")
    @ResponseStatus(HttpStatus.CREATED)
    ShareLink createShare(@PathVariable UUID productId) {
        return shares.create(productId);
    }

    @DeleteMapping("/share")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeShare(@PathVariable UUID productId) {
        shares.revoke(productId);
    }

    @GetMapping("/export.md")
    ResponseEntity<String> markdown(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.markdown(
                exports.markdown(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")),
                v);
    }

    @GetMapping("/export.svg")
    ResponseEntity<String> svg(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.svg(
                exports.svg(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")), v);
    }

    @GetMapping("/export.png")
    ResponseEntity<byte[]> png(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.png(
                exports.png(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")), v);
    }

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");
}
