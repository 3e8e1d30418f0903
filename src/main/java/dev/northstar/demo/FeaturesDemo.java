package dev.northstar.demo;

import dev.northstar.common.Paging;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTree;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.prioritization.EvidenceKind;
import dev.northstar.prioritization.EvidenceRef;
import dev.northstar.prioritization.FeatureInput;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.Features;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The demo's features (demo/cadence/features.json), citing the demo's needs, highlights and opportunities by their words. */
@Component
class FeaturesDemo implements DemoPart {

    private final Features features;
    private final Needs needs;
    private final Highlights highlights;
    private final OpportunityTrees trees;
    private final Goals goals;

    FeaturesDemo(Features features, Needs needs, Highlights highlights, OpportunityTrees trees, Goals goals) {
        this.features = features;
        this.needs = needs;
        this.highlights = highlights;
        this.trees = trees;
        this.goals = goals;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(UUID productId) {
        Map<String, UUID> needIds = new HashMap<>();
        for (NeedView n : needs.all(productId)) {
            needIds.put(n.title(), n.id());
        }
        Map<String, UUID> highlightIds = new HashMap<>();
        for (HighlightView h : highlights.recent(productId, new Paging(0, 500)).items()) {
            highlightIds.put(h.quote(), h.id());
        }
        Map<String, UUID> opportunityIds = new HashMap<>();
        for (OpportunityTree.Opportunity o : trees.get(productId).opportunities()) {
            opportunityIds.put(o.title(), o.id());
        }
        Map<String, UUID> goalIds = new HashMap<>();
        for (GoalView g : goals.all(productId)) {
            goalIds.put(g.title(), g.id());
        }
        Map<String, UUID> featureIds = new HashMap<>();
        for (JsonNode f : DemoFiles.read("demo/cadence/features.json").get("features")) {
            List<EvidenceRef> evidence = new ArrayList<>();
            refs(f, "needs", needIds, EvidenceKind.NEED, evidence);
            refs(f, "highlights", highlightIds, EvidenceKind.HIGHLIGHT, evidence);
            refs(f, "opportunities", opportunityIds, EvidenceKind.OPPORTUNITY, evidence);
            String parent = DemoFiles.text(f, "parent");
            UUID id = features.create(
                            productId,
                            new FeatureInput(
                                    DemoFiles.text(f, "title"),
                                    DemoFiles.text(f, "problem"),
                                    DemoFiles.text(f, "description"),
                                    FeatureStatus.parse(DemoFiles.text(f, "status"), "status"),
                                    DemoFiles.text(f, "owner"),
                                    DemoFiles.number(f, "effort"),
                                    parent == null ? null : known(featureIds, parent, "parent feature"),
                                    DemoFiles.texts(f, "goals").stream()
                                            .map(g -> known(goalIds, g, "goal"))
                                            .toList(),
                                    evidence))
                    .id();
            featureIds.put(DemoFiles.text(f, "title"), id);
        }
    }

    private static void refs(
            JsonNode f, String field, Map<String, UUID> ids, EvidenceKind kind, List<EvidenceRef> out) {
        for (String key : DemoFiles.texts(f, field)) {
            out.add(new EvidenceRef(kind, known(ids, key, kind.label())));
        }
    }

    private static UUID known(Map<String, UUID> ids, String key, String what) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the demo's features cite an unknown " + what + ": " + key);
        }
        return id;
    }
}
