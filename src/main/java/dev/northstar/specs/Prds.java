package dev.northstar.specs;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.prioritization.EvidenceLink;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.strategy.Goals;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PRD of a feature: assembled from the feature (problem, goals, evidence), its stories and specs'
 * own non-goals, metrics and open questions; exported as Markdown. Viewers read; editors change.
 */
@Service
@Transactional
public class Prds {

    private final Access access;
    private final PrdRows rows;
    private final Features features;
    private final Stories stories;
    private final Goals goals;

    Prds(Access access, PrdRows rows, Features features, Stories stories, Goals goals) {
        this.access = access;
        this.rows = rows;
        this.features = features;
        this.stories = stories;
        this.goals = goals;
    }

    /** The PRD of a feature of this product (404 for an unknown feature). Viewers and up. */
    @Transactional(readOnly = true)
    public PrdView get(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        FeatureView feature = features.get(productId, featureId);
        List<String> nonGoals = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        List<PrdQuestion> questions = new ArrayList<>();
        for (PrdRows.Entry e : rows.entries(featureId)) {
            switch (e.kind()) {
                case PrdRows.NON_GOAL -> nonGoals.add(e.body());
                case PrdRows.METRIC -> metrics.add(e.body());
                default -> questions.add(new PrdQuestion(e.id(), e.body(), e.answer(), e.resolved()));
            }
        }
        List<PrdView.Goal> served = new ArrayList<>();
        if (!feature.goalIds().isEmpty()) {
            java.util.Map<UUID, String> names = new java.util.HashMap<>();
            goals.all(productId).forEach(g -> names.put(g.id(), g.title()));
            feature.goalIds().forEach(id -> served.add(new PrdView.Goal(id, names.getOrDefault(id, id.toString()))));
        }
        return new PrdView(feature, served, nonGoals, metrics, questions, stories.ofFeature(productId, featureId));
    }

    /** Replaces non-goals, metrics and questions; questions that carry their id keep it. Editors and up. */
    public PrdView save(UUID productId, UUID featureId, PrdInput input) {
        access.product(productId, Role.EDITOR);
        features.get(productId, featureId);
        rows.replace(productId, featureId, input, Instant.now());
        return get(productId, featureId);
    }

    /** Adds an open question at the end. Editors and up. */
    public PrdView addQuestion(UUID productId, UUID featureId, String text) {
        PrdView prd = editable(productId, featureId);
        List<PrdQuestion> questions = new ArrayList<>(prd.questions());
        PrdQuestion q = new PrdQuestion(null, text, null, false);
        if (q.text() == null) {
            throw new InvalidInputException("text", "Question is required");
        }
        questions.add(q);
        return save(productId, featureId, new PrdInput(prd.nonGoals(), prd.metrics(), questions));
    }

    /** Marks a question resolved (with an optional answer) or open again. Editors and up. */
    public PrdView resolveQuestion(UUID productId, UUID featureId, UUID questionId, boolean resolved, String answer) {
        PrdView prd = editable(productId, featureId);
        List<PrdQuestion> questions = new ArrayList<>();
        boolean found = false;
        for (PrdQuestion q : prd.questions()) {
            if (q.id().equals(questionId)) {
                found = true;
                questions.add(new PrdQuestion(q.id(), q.text(), answer == null ? q.answer() : answer, resolved));
            } else {
                questions.add(q);
            }
        }
        if (!found) {
            throw new NotFoundException("question");
        }
        return save(productId, featureId, new PrdInput(prd.nonGoals(), prd.metrics(), questions));
    }

    public PrdView deleteQuestion(UUID productId, UUID featureId, UUID questionId) {
        PrdView prd = editable(productId, featureId);
        List<PrdQuestion> questions =
                prd.questions().stream().filter(q -> !q.id().equals(questionId)).toList();
        if (questions.size() == prd.questions().size()) {
            throw new NotFoundException("question");
        }
        return save(productId, featureId, new PrdInput(prd.nonGoals(), prd.metrics(), questions));
    }

    /** The PRD as a Markdown document. Viewers and up. */
    @Transactional(readOnly = true)
    public String markdown(UUID productId, UUID featureId) {
        return PrdMarkdown.write(get(productId, featureId));
    }

    private PrdView editable(UUID productId, UUID featureId) {
        access.product(productId, Role.EDITOR);
        return get(productId, featureId);
    }

    static String evidenceLine(EvidenceLink e) {
        StringBuilder b = new StringBuilder();
        List<String> meta = new ArrayList<>();
        if (e.importance() != null) {
            meta.add(e.importance());
        }
        if (e.customer() != null) {
            meta.add(e.customer());
        }
        if (e.noteDate() != null) {
            meta.add(e.noteDate().toString());
        }
        switch (e.kind()) {
            case HIGHLIGHT -> b.append("Highlight: “").append(e.title()).append("”");
            case NEED -> b.append("Unmet need: ").append(e.title());
            case OPPORTUNITY -> b.append("Opportunity: ").append(e.title());
        }
        if (!meta.isEmpty()) {
            b.append(" (").append(String.join(", ", meta)).append(")");
        }
        return b.toString();
    }
}
