package dev.northstar.decisions;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.FeatureSnapshot;
import dev.northstar.prioritization.FeatureSnapshots;
import dev.northstar.prioritization.Features;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log of a product. Recording a decision keeps what was known about each linked
 * feature (scores, evidence) at that moment; later score changes never alter it, and the record
 * stays when a linked feature is deleted. Viewers read; editors record, change and delete.
 */
@Service
@Transactional
public class Decisions {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Access access;
    private final DecisionRows rows;
    private final Features features;
    private final FeatureSnapshots snapshots;

    Decisions(Access access, DecisionRows rows, Features features, FeatureSnapshots snapshots) {
        this.access = access;
        this.rows = rows;
        this.features = features;
        this.snapshots = snapshots;
    }

    /** Records a decision and snapshots its linked features as they are now. Editors and up. */
    public DecisionView create(UUID productId, DecisionInput input) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        check(productId, null, input);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        rows.insert(productId, id, input, pa.actor().userId(), now);
        rows.replaceLinks(id, links(productId, input.featureIds(), List.of(), now));
        return view(productId, row(productId, id));
    }

    @Transactional(readOnly = true)
    public DecisionView get(UUID productId, UUID decisionId) {
        access.product(productId, Role.VIEWER);
        return view(productId, row(productId, decisionId));
    }

    /** Newest first; {@code status} null for all. */
    @Transactional(readOnly = true)
    public PageResult<DecisionView> list(UUID productId, DecisionStatus status, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(views(productId, rows.list(productId, status, paging)), rows.count(productId, status));
    }

    @Transactional(readOnly = true)
    public long count(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.count(productId, null);
    }

    /**
     * Replaces a decision; {@code version} must be the one read. Features that stay linked keep the
     * snapshot taken when they were linked; newly linked ones are snapshotted now. Editors and up.
     */
    public DecisionView update(UUID productId, UUID decisionId, int version, DecisionInput input) {
        access.product(productId, Role.EDITOR);
        row(productId, decisionId);
        check(productId, decisionId, input);
        Instant now = Instant.now();
        List<DecisionRows.Link> before = rows.links(List.of(decisionId)).getOrDefault(decisionId, List.of());
        if (!rows.update(productId, decisionId, version, input, now)) {
            throw new ConflictException(
                    "someone else changed this decision since you opened it; reload it and apply your edit again");
        }
        rows.replaceLinks(decisionId, links(productId, input.featureIds(), before, now));
        return view(productId, row(productId, decisionId));
    }

    public void delete(UUID productId, UUID decisionId) {
        access.product(productId, Role.EDITOR);
        row(productId, decisionId);
        rows.delete(productId, decisionId);
    }

    private void check(UUID productId, UUID decisionId, DecisionInput input) {
        for (int i = 0; i < input.featureIds().size(); i++) {
            if (!features.exists(productId, input.featureIds().get(i))) {
                throw new InvalidInputException("featureIds[" + i + "]", "no feature with this id in the product");
            }
        }
        if (input.supersededBy() != null) {
            if (input.supersededBy().equals(decisionId)) {
                throw new InvalidInputException("supersededBy", "a decision cannot supersede itself");
            }
            if (!rows.exists(productId, input.supersededBy())) {
                throw new InvalidInputException("supersededBy", "no decision with this id in the product");
            }
        }
    }

    /** The links to store: kept ones keep their snapshot, new ones get one now, links to deleted features stay. */
    private List<DecisionRows.Link> links(
            UUID productId, List<UUID> featureIds, List<DecisionRows.Link> before, Instant now) {
        Map<UUID, DecisionRows.Link> kept = new HashMap<>();
        before.stream().filter(l -> l.featureId() != null).forEach(l -> kept.put(l.featureId(), l));
        List<UUID> fresh =
                featureIds.stream().filter(id -> !kept.containsKey(id)).toList();
        Map<UUID, FeatureSnapshot> taken = new HashMap<>();
        snapshots.of(productId, fresh).forEach(s -> taken.put(s.feature().id(), s));
        List<DecisionRows.Link> out = new ArrayList<>();
        for (UUID id : featureIds) {
            DecisionRows.Link old = kept.get(id);
            if (old != null) {
                out.add(old);
            } else {
                FeatureFacts facts = facts(taken.get(id), now);
                out.add(new DecisionRows.Link(id, facts.title(), JSON.writeValueAsString(facts), now));
            }
        }
        before.stream().filter(l -> l.featureId() == null).forEach(out::add);
        return out;
    }

    static FeatureFacts facts(FeatureSnapshot s, Instant at) {
        return new FeatureFacts(
                s.feature().id(),
                s.feature().title(),
                s.feature().status().label(),
                s.feature().effort(),
                s.scores().stream()
                        .map(x -> new FeatureFacts.Score(x.framework(), x.score(), x.breakdown()))
                        .toList(),
                s.evidenceScore(),
                s.feature().evidence().stream()
                        .map(e -> new FeatureFacts.Evidence(e.kind().label(), e.title(), e.importance()))
                        .toList(),
                at);
    }

    private DecisionRows.Row row(UUID productId, UUID decisionId) {
        return rows.find(productId, decisionId).orElseThrow(() -> new NotFoundException("decision"));
    }

    private DecisionView view(UUID productId, DecisionRows.Row row) {
        return views(productId, List.of(row)).getFirst();
    }

    private List<DecisionView> views(UUID productId, List<DecisionRows.Row> batch) {
        List<UUID> ids = batch.stream().map(DecisionRows.Row::id).toList();
        Map<UUID, List<DecisionOption>> options = rows.options(ids);
        Map<UUID, List<DecisionPerson>> people = rows.people(ids);
        Map<UUID, List<DecisionRows.Link>> links = rows.links(ids);
        List<UUID> live = links.values().stream()
                .flatMap(List::stream)
                .map(DecisionRows.Link::featureId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Instant now = Instant.now();
        Map<UUID, FeatureFacts> current = new HashMap<>();
        snapshots.of(productId, live).forEach(s -> current.put(s.feature().id(), facts(s, now)));
        return batch.stream()
                .map(r -> new DecisionView(
                        r.id(),
                        r.productId(),
                        r.title(),
                        r.context(),
                        options.getOrDefault(r.id(), List.of()),
                        r.decision(),
                        r.rationale(),
                        people.getOrDefault(r.id(), List.of()),
                        r.decidedOn(),
                        r.status(),
                        r.supersededBy(),
                        r.supersededByTitle(),
                        links.getOrDefault(r.id(), List.of()).stream()
                                .map(l -> linked(l, current))
                                .toList(),
                        r.version(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    private static LinkedFeature linked(DecisionRows.Link l, Map<UUID, FeatureFacts> current) {
        FeatureFacts then = JSON.readValue(l.snapshot(), FeatureFacts.class);
        FeatureFacts now = l.featureId() == null ? null : current.get(l.featureId());
        return new LinkedFeature(l.featureId(), now == null ? l.title() : now.title(), now == null, then, now);
    }
}
