package dev.northstar.specs;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.Features;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User and job stories under the features of a product, each with ordered acceptance criteria and its
 * own status. Viewers read; editors write, reorder and delete.
 */
@Service
@Transactional
public class Stories {

    private final Access access;
    private final StoryRows rows;
    private final Features features;

    Stories(Access access, StoryRows rows, Features features) {
        this.access = access;
        this.rows = rows;
        this.features = features;
    }

    /** Adds a story at the end of its feature's stories; the feature must be this product's. Editors and up. */
    public StoryView create(UUID productId, StoryInput input) {
        access.product(productId, Role.EDITOR);
        checkFeature(productId, input.featureId());
        UUID id = UUID.randomUUID();
        rows.insert(productId, id, input, Instant.now());
        return view(row(productId, id));
    }

    @Transactional(readOnly = true)
    public StoryView get(UUID productId, UUID storyId) {
        access.product(productId, Role.VIEWER);
        return view(row(productId, storyId));
    }

    /** A page of stories, by feature title and then in each feature's order. */
    @Transactional(readOnly = true)
    public PageResult<StoryView> list(UUID productId, StoryFilter filter, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(views(rows.list(productId, filter, paging)), rows.count(productId, filter));
    }

    /** The stories of one feature in their order (at most 500). */
    @Transactional(readOnly = true)
    public List<StoryView> ofFeature(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        return views(rows.list(productId, new StoryFilter(featureId, null), new Paging(0, 500)));
    }

    @Transactional(readOnly = true)
    public Map<StoryStatus, Long> countByStatus(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.countByStatus(productId);
    }

    /** Replaces a story; {@code version} must be the one read. Moving it to another feature puts it last there. */
    public StoryView update(UUID productId, UUID storyId, int version, StoryInput input) {
        access.product(productId, Role.EDITOR);
        StoryRows.Row before = row(productId, storyId);
        checkFeature(productId, input.featureId());
        boolean moved = !before.featureId().equals(input.featureId());
        if (!rows.update(productId, storyId, version, input, moved, Instant.now())) {
            throw new ConflictException(
                    "someone else changed this story since you opened it; reload it and apply your edit again");
        }
        return view(row(productId, storyId));
    }

    /** Changes only the status; a status past draft still needs a criterion. Editors and up. */
    public StoryView changeStatus(UUID productId, UUID storyId, StoryStatus status) {
        access.product(productId, Role.EDITOR);
        StoryView current = view(row(productId, storyId));
        StoryInput in = current.input();
        return update(
                productId,
                storyId,
                current.version(),
                new StoryInput(
                        in.featureId(),
                        in.kind(),
                        in.first(),
                        in.second(),
                        in.third(),
                        in.criteria(),
                        status,
                        in.estimate()));
    }

    /**
     * Puts a feature's stories in the given order; the list must hold exactly the feature's stories.
     * Editors and up.
     */
    public List<StoryView> reorder(UUID productId, UUID featureId, List<UUID> storyIds) {
        access.product(productId, Role.EDITOR);
        checkFeature(productId, featureId);
        List<UUID> current = rows.idsOfFeature(featureId);
        if (storyIds == null
                || storyIds.size() != current.size()
                || !new HashSet<>(storyIds).equals(new HashSet<>(current))) {
            throw new InvalidInputException("storyIds", "list every story of the feature exactly once");
        }
        for (int i = 0; i < storyIds.size(); i++) {
            rows.setPosition(storyIds.get(i), i);
        }
        return ofFeature(productId, featureId);
    }

    /** Moves one story a step up (-1) or down (+1) among its feature's stories. Editors and up. */
    public List<StoryView> move(UUID productId, UUID storyId, int step) {
        access.product(productId, Role.EDITOR);
        StoryRows.Row story = row(productId, storyId);
        List<UUID> ids = new ArrayList<>(rows.idsOfFeature(story.featureId()));
        int at = ids.indexOf(storyId);
        int to = Math.max(0, Math.min(ids.size() - 1, at + Integer.signum(step)));
        ids.remove(at);
        ids.add(to, storyId);
        return reorder(productId, story.featureId(), ids);
    }

    public void delete(UUID productId, UUID storyId) {
        access.product(productId, Role.EDITOR);
        row(productId, storyId);
        rows.delete(productId, storyId);
    }

    /** The stories as a CSV file Jira's importer reads (see {@link JiraCsv}); one feature or all. Viewers and up. */
    @Transactional(readOnly = true)
    public String jiraCsv(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        if (featureId != null) {
            checkFeature(productId, featureId);
        }
        List<StoryView> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            List<StoryView> batch =
                    views(rows.list(productId, new StoryFilter(featureId, null), new Paging(page, 500)));
            all.addAll(batch);
            if (batch.size() < 500) {
                break;
            }
        }
        return JiraCsv.write(all);
    }

    private void checkFeature(UUID productId, UUID featureId) {
        if (featureId == null) {
            throw new InvalidInputException("featureId", "Feature is required");
        }
        if (!features.exists(productId, featureId)) {
            throw new InvalidInputException("featureId", "no feature with this id in the product");
        }
    }

    private StoryRows.Row row(UUID productId, UUID storyId) {
        return rows.find(productId, storyId).orElseThrow(() -> new NotFoundException("story"));
    }

    private StoryView view(StoryRows.Row row) {
        return views(List.of(row)).getFirst();
    }

    private List<StoryView> views(List<StoryRows.Row> batch) {
        Map<UUID, List<Criterion>> criteria =
                rows.criteria(batch.stream().map(StoryRows.Row::id).toList());
        return batch.stream()
                .map(r -> new StoryView(
                        r.id(),
                        r.productId(),
                        r.featureId(),
                        r.featureTitle(),
                        r.kind(),
                        StoryView.parts(r.kind(), r.first(), r.second(), r.third()),
                        r.kind().sentence(r.first(), r.second(), r.third()),
                        List.copyOf(criteria.getOrDefault(r.id(), List.of())),
                        r.status(),
                        r.estimate(),
                        r.position(),
                        r.version(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }
}
