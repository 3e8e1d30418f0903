package dev.northstar.demo;

import dev.northstar.decisions.DecisionInput;
import dev.northstar.decisions.DecisionOption;
import dev.northstar.decisions.DecisionPerson;
import dev.northstar.decisions.DecisionStatus;
import dev.northstar.decisions.Decisions;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The demo's decision log (demo/cadence/decisions.json): features found by title and snapshotted
 * with the scores the earlier parts gave them; a decision may name an earlier one it was superseded by.
 */
@Component
class DecisionsDemo implements DemoPart {

    private final Features features;
    private final Decisions decisions;

    DecisionsDemo(Features features, Decisions decisions) {
        this.features = features;
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load(UUID productId) {
        Map<String, UUID> byTitle = new HashMap<>();
        for (FeatureView f : features.all(productId)) {
            byTitle.put(f.title(), f.id());
        }
        Map<String, UUID> recorded = new HashMap<>();
        for (JsonNode d : DemoFiles.read("demo/cadence/decisions.json").get("decisions")) {
            List<DecisionOption> options = new ArrayList<>();
            for (JsonNode o : d.get("options")) {
                options.add(new DecisionOption(
                        DemoFiles.text(o, "title"), DemoFiles.texts(o, "pros"), DemoFiles.texts(o, "cons")));
            }
            List<DecisionPerson> people = new ArrayList<>();
            for (JsonNode p : d.get("people")) {
                people.add(new DecisionPerson(DemoFiles.text(p, "name"), DemoFiles.text(p, "role")));
            }
            List<UUID> featureIds = DemoFiles.texts(d, "features").stream()
                    .map(byTitle::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            String title = DemoFiles.text(d, "title");
            UUID id = decisions
                    .create(
                            productId,
                            new DecisionInput(
                                    title,
                                    DemoFiles.text(d, "context"),
                                    options,
                                    DemoFiles.text(d, "decision"),
                                    DemoFiles.text(d, "rationale"),
                                    people,
                                    LocalDate.now().minusDays(d.get("daysAgo").asInt()),
                                    DecisionStatus.parse(DemoFiles.text(d, "status"), "status", null),
                                    featureIds,
                                    recorded.get(DemoFiles.text(d, "supersededBy"))))
                    .id();
            recorded.put(title, id);
        }
    }
}
