package dev.northstar.demo;

import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.specs.Criterion;
import dev.northstar.specs.PrdInput;
import dev.northstar.specs.PrdQuestion;
import dev.northstar.specs.Prds;
import dev.northstar.specs.Stories;
import dev.northstar.specs.StoryInput;
import dev.northstar.specs.StoryKind;
import dev.northstar.specs.StoryStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The demo's stories and PRD parts (demo/cadence/specs.json), under the features part's features, found by title. */
@Component
class SpecsDemo implements DemoPart {

    private static final Logger log = LoggerFactory.getLogger(SpecsDemo.class);

    private final Features features;
    private final Stories stories;
    private final Prds prds;

    SpecsDemo(Features features, Stories stories, Prds prds) {
        this.features = features;
        this.stories = stories;
        this.prds = prds;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load(UUID productId) {
        Map<String, UUID> byTitle = new HashMap<>();
        for (FeatureView f : features.all(productId)) {
            byTitle.put(f.title(), f.id());
        }
        JsonNode file = DemoFiles.read("demo/cadence/specs.json");
        int count = 0;
        for (JsonNode group : file.get("stories")) {
            UUID featureId = byTitle.get(DemoFiles.text(group, "feature"));
            if (featureId == null) {
                log.warn("Demo stories skip a feature the demo does not have: {}", DemoFiles.text(group, "feature"));
                continue;
            }
            for (JsonNode s : group.get("items")) {
                StoryKind kind = StoryKind.parse(DemoFiles.text(s, "kind"), "kind");
                JsonNode parts = s.get("parts");
                List<Criterion> criteria = new ArrayList<>();
                for (JsonNode c : s.get("criteria")) {
                    criteria.add(new Criterion(
                            DemoFiles.text(c, "given"), DemoFiles.text(c, "when"), DemoFiles.text(c, "then")));
                }
                stories.create(
                        productId,
                        new StoryInput(
                                featureId,
                                kind,
                                DemoFiles.text(parts, kind.parts().get(0)),
                                DemoFiles.text(parts, kind.parts().get(1)),
                                DemoFiles.text(parts, kind.parts().get(2)),
                                criteria,
                                StoryStatus.parse(DemoFiles.text(s, "status"), "status", StoryStatus.DRAFT),
                                DemoFiles.number(s, "estimate")));
                count++;
            }
        }
        for (JsonNode p : file.get("prds")) {
            UUID featureId = byTitle.get(DemoFiles.text(p, "feature"));
            if (featureId == null) {
                continue;
            }
            List<PrdQuestion> questions = new ArrayList<>();
            for (JsonNode q : p.get("questions")) {
                JsonNode resolved = q.get("resolved");
                questions.add(new PrdQuestion(
                        null,
                        DemoFiles.text(q, "text"),
                        DemoFiles.text(q, "answer"),
                        resolved != null && resolved.asBoolean()));
            }
            prds.save(
                    productId,
                    featureId,
                    new PrdInput(DemoFiles.texts(p, "nonGoals"), DemoFiles.texts(p, "metrics"), questions));
        }
        log.info("Demo: {} stories", count);
    }
}
