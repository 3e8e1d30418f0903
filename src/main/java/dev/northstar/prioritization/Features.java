package dev.northstar.prioritization;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.strategy.Goals;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The features and ideas of a product: what they are, where they stand, which goals they serve and
 * what discovery evidence backs them. Viewers read; editors create, change and delete.
 */
@Service
@Transactional
public class Features {

    private final Access access;
    private final FeatureRows rows;
    private final EvidenceCatalog evidence;
    private final Goals goals;
    private final ApplicationEventPublisher events;

    Features(Access access, FeatureRows rows, EvidenceCatalog evidence, Goals goals, ApplicationEventPublisher events) {
        this.access = access;
        this.rows = rows;
        this.evidence = evidence;
        this.goals = goals;
        this.events = events;
    }

    /** Creates a feature; parent, goals and evidence must be this product's. Editors and up. */
    public FeatureView create(UUID productId, FeatureInput input) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        checkLinks(productId, null, input);
        rows.insert(productId, id, input, pa.actor().userId(), Instant.now());
        return view(productId, rows.find(productId, id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public FeatureView get(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        return view(productId, row(productId, featureId));
    }

    /** A page of features by title; archived ones only with {@link FeatureFilter#includeArchived()} or that status. */
    @Transactional(readOnly = true)
    public PageResult<FeatureView> list(UUID productId, FeatureFilter filter, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(views(productId, rows.list(productId, filter, paging)), rows.count(productId, filter));
    }

    /** Every feature of the product, archived included, by title (at most 10,000): for boards and pickers. */
    @Transactional(readOnly = true)
    public List<FeatureView> all(UUID productId) {
        access.product(productId, Role.VIEWER);
        List<FeatureView> out = new java.util.ArrayList<>();
        for (int page = 0; page < 20; page++) {
            List<FeatureRows.Row> batch = rows.list(productId, FeatureFilter.ALL, new Paging(page, 500));
            out.addAll(views(productId, batch));
            if (batch.size() < 500) {
                break;
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        return rows.exists(productId, featureId);
    }

    @Transactional(readOnly = true)
    public Map<FeatureStatus, Long> countByStatus(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.countByStatus(productId);
    }

    /** Replaces everything a PM writes about a feature; {@code version} must be the one they read. Editors and up. */
    public FeatureView update(UUID productId, UUID featureId, int version, FeatureInput input) {
        access.product(productId, Role.EDITOR);
        FeatureRows.Row before = row(productId, featureId);
        checkLinks(productId, featureId, input);
        Instant now = Instant.now();
        if (!rows.update(productId, featureId, version, input, now)) {
            throw new ConflictException(
                    "someone else changed this feature since you opened it; reload it and apply your edit again");
        }
        if (before.status() != input.status()) {
            events.publishEvent(new FeatureStatusChanged(productId, featureId, before.status(), input.status(), now));
        }
        return view(productId, rows.find(productId, featureId).orElseThrow());
    }

    /** Moves a feature to another status (the roadmap board does this); no version check. Editors and up. */
    public FeatureView changeStatus(UUID productId, UUID featureId, FeatureStatus status) {
        access.product(productId, Role.EDITOR);
        FeatureRows.Row before = row(productId, featureId);
        if (status == null) {
            throw new InvalidInputException("status", "status is required");
        }
        if (before.status() != status) {
            Instant now = Instant.now();
            rows.setStatus(productId, featureId, status, now);
            events.publishEvent(new FeatureStatusChanged(productId, featureId, before.status(), status, now));
        }
        return view(productId, rows.find(productId, featureId).orElseThrow());
    }

    /** Cites one more piece of evidence (already cited: nothing changes). Editors and up. */
    public FeatureView addEvidence(UUID productId, UUID featureId, EvidenceRef ref) {
        access.product(productId, Role.EDITOR);
        FeatureView current = view(productId, row(productId, featureId));
        FeatureInput now = current.input();
        if (now.evidence().contains(ref)) {
            return current;
        }
        List<EvidenceRef> more = new java.util.ArrayList<>(now.evidence());
        more.add(ref);
        evidence.check(productId, List.of(ref));
        return update(productId, featureId, current.version(), withEvidence(now, more));
    }

    /** Stops citing a piece of evidence. Editors and up. */
    public FeatureView removeEvidence(UUID productId, UUID featureId, EvidenceRef ref) {
        access.product(productId, Role.EDITOR);
        FeatureView current = view(productId, row(productId, featureId));
        FeatureInput now = current.input();
        List<EvidenceRef> fewer =
                now.evidence().stream().filter(e -> !e.equals(ref)).toList();
        return update(productId, featureId, current.version(), withEvidence(now, fewer));
    }

    private static FeatureInput withEvidence(FeatureInput in, List<EvidenceRef> evidence) {
        return new FeatureInput(
                in.title(),
                in.problem(),
                in.description(),
                in.status(),
                in.owner(),
                in.effort(),
                in.parentId(),
                in.goalIds(),
                evidence);
    }

    /** Deletes a feature; its children stay, without a parent. Editors and up. */
    public void delete(UUID productId, UUID featureId) {
        access.product(productId, Role.EDITOR);
        row(productId, featureId);
        rows.delete(productId, featureId);
        events.publishEvent(new FeatureDeleted(productId, featureId));
    }

    private FeatureRows.Row row(UUID productId, UUID featureId) {
        return rows.find(productId, featureId).orElseThrow(() -> new NotFoundException("feature"));
    }

    private void checkLinks(UUID productId, UUID featureId, FeatureInput input) {
        if (input.parentId() != null) {
            if (!rows.exists(productId, input.parentId())) {
                throw new InvalidInputException("parentId", "no feature with this id in the product");
            }
            if (featureId != null
                    && (input.parentId().equals(featureId)
                            || rows.ancestors(input.parentId()).contains(featureId))) {
                throw new InvalidInputException(
                        "parentId", "a feature cannot sit under itself or under one of its own children");
            }
        }
        for (int i = 0; i < input.goalIds().size(); i++) {
            if (!goals.exists(productId, input.goalIds().get(i))) {
                throw new InvalidInputException("goalIds[" + i + "]", "no goal with this id in the product");
            }
        }
        evidence.check(productId, input.evidence());
    }

    private FeatureView view(UUID productId, FeatureRows.Row row) {
        return views(productId, List.of(row)).getFirst();
    }

    private List<FeatureView> views(UUID productId, List<FeatureRows.Row> batch) {
        List<UUID> ids = batch.stream().map(FeatureRows.Row::id).toList();
        Map<UUID, List<UUID>> goals = rows.goals(ids);
        Map<UUID, List<FeatureRows.Link>> links = rows.evidence(ids);
        EvidenceCatalog.Lookup lookup = evidence.lookup(productId);
        lookup.prefetch(links.values());
        return batch.stream()
                .map(r -> new FeatureView(
                        r.id(),
                        r.productId(),
                        r.title(),
                        r.problem(),
                        r.description(),
                        r.status(),
                        r.owner(),
                        r.effort(),
                        r.parentId(),
                        r.parentTitle(),
                        goals.getOrDefault(r.id(), List.of()),
                        lookup.resolve(links.getOrDefault(r.id(), List.of())),
                        r.version(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }
}
