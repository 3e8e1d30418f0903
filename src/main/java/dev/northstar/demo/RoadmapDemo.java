package dev.northstar.demo;

import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.roadmap.DependencyInput;
import dev.northstar.roadmap.ItemInput;
import dev.northstar.roadmap.Period;
import dev.northstar.roadmap.ReleaseInput;
import dev.northstar.roadmap.Roadmaps;
import dev.northstar.roadmap.TeamInput;
import dev.northstar.roadmap.TeamView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The Cadence roadmap: teams with capacity over the next four quarters, releases, placed features, dependencies. */
@Component
class RoadmapDemo implements DemoPart {

    private final Roadmaps roadmaps;
    private final Features features;

    RoadmapDemo(Roadmaps roadmaps, Features features) {
        this.roadmaps = roadmaps;
        this.features = features;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(UUID productId) {
        JsonNode demo = DemoFiles.read("demo/cadence/roadmap.json");
        List<Period> quarters = roadmaps.periods(productId);
        Map<String, UUID> featureIds = new HashMap<>();
        for (FeatureView f : features.all(productId)) {
            featureIds.put(f.title(), f.id());
        }
        Map<String, UUID> teamIds = new HashMap<>();
        for (JsonNode t : demo.get("teams")) {
            Map<String, Double> capacity = new LinkedHashMap<>();
            JsonNode c = t.get("capacity");
            for (int i = 0; i < c.size() && i < quarters.size(); i++) {
                capacity.put(quarters.get(i).key(), c.get(i).asDouble());
            }
            JsonNode members = t.get("members");
            TeamView team = roadmaps.createTeam(
                    productId,
                    new TeamInput(DemoFiles.text(t, "name"), members == null ? null : members.asInt()),
                    capacity);
            teamIds.put(team.name(), team.id());
        }
        for (JsonNode r : demo.get("releases")) {
            Period q = quarters.get(r.get("quarter").asInt());
            roadmaps.createRelease(
                    productId,
                    new ReleaseInput(
                            DemoFiles.text(r, "name"),
                            q.firstDay().plusDays(r.get("day").asInt()),
                            DemoFiles.text(r, "description")));
        }
        for (JsonNode i : demo.get("items")) {
            JsonNode committed = i.get("committed");
            roadmaps.place(
                    productId,
                    new ItemInput(
                            feature(featureIds, DemoFiles.text(i, "feature")),
                            team(teamIds, DemoFiles.text(i, "team")),
                            quarters.get(i.get("quarter").asInt()).key(),
                            committed != null && committed.asBoolean()));
        }
        for (JsonNode d : demo.get("dependencies")) {
            roadmaps.addDependency(
                    productId,
                    new DependencyInput(
                            feature(featureIds, DemoFiles.text(d, "feature")),
                            feature(featureIds, DemoFiles.text(d, "needs"))));
        }
    }

    private static UUID feature(Map<String, UUID> ids, String title) {
        UUID id = ids.get(title);
        if (id == null) {
            throw new IllegalStateException("the roadmap demo names no demo feature: " + title);
        }
        return id;
    }

    private static UUID team(Map<String, UUID> ids, String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("the roadmap demo names no demo team: " + name);
        }
        return id;
    }
}
