package dev.northstar.strategy;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals (objectives) with their key results. Viewers read; editors create, change and delete.
 * Any change to a key result also moves its goal's version, so a stale save of the whole goal
 * cannot silently undo it. Deleting a goal publishes {@link GoalDeleted}.
 */
@Service
@Transactional
public class Goals {

    private static final String STALE =
            "someone else changed this goal since you opened it; reload it and apply your edit again";

    private final Access access;
    private final GoalRows rows;
    private final ApplicationEventPublisher events;

    Goals(Access access, GoalRows rows, ApplicationEventPublisher events) {
        this.access = access;
        this.rows = rows;
        this.events = events;
    }

    /** Creates a goal with the key results given (if any). Editors and up. */
    public GoalView create(UUID productId, GoalInput input) {
        access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        rows.insert(productId, id, input, now);
        if (input.keyResults() != null) {
            int position = 0;
            for (KeyResultInput kr : input.keyResults()) {
                rows.insertKeyResult(id, UUID.randomUUID(), position++, kr, now);
            }
        }
        return rows.find(productId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public GoalView get(UUID productId, UUID goalId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, goalId).orElseThrow(() -> new NotFoundException("goal"));
    }

    /** A page of goals, ordered by period (goals without one last), then oldest first. */
    @Transactional(readOnly = true)
    public PageResult<GoalView> list(UUID productId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.list(productId, paging), rows.count(productId));
    }

    /** Every goal of the product (at most 500) in list order: for pickers. */
    @Transactional(readOnly = true)
    public List<GoalView> all(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.list(productId, new Paging(0, 500));
    }

    /** Whether the product has this goal (false for goals of other products). */
    @Transactional(readOnly = true)
    public boolean exists(UUID productId, UUID goalId) {
        access.product(productId, Role.VIEWER);
        return goalId != null && rows.exists(productId, goalId);
    }

    /**
     * Replaces the goal's fields; {@code version} must be the one read. When {@code keyResults} is
     * not null it replaces the key results: entries with an existing id change it, entries without
     * one are added, key results left out are deleted. Editors and up.
     */
    public GoalView update(UUID productId, UUID goalId, int version, GoalInput input) {
        access.product(productId, Role.EDITOR);
        GoalView current = rows.find(productId, goalId).orElseThrow(() -> new NotFoundException("goal"));
        Instant now = Instant.now();
        if (input.keyResults() != null) {
            Set<UUID> known = new HashSet<>(
                    current.keyResults().stream().map(KeyResultView::id).toList());
            for (int i = 0; i < input.keyResults().size(); i++) {
                UUID id = input.keyResults().get(i).id();
                if (id != null && !known.contains(id)) {
                    throw new InvalidInputException(
                            "keyResults[" + i + "].id", "no key result with this id in this goal");
                }
            }
        }
        if (!rows.update(productId, goalId, version, input, now)) {
            throw new ConflictException(STALE);
        }
        if (input.keyResults() != null) {
            Set<UUID> kept = new HashSet<>();
            int position = 0;
            for (KeyResultInput kr : input.keyResults()) {
                if (kr.id() == null) {
                    rows.insertKeyResult(goalId, UUID.randomUUID(), position++, kr, now);
                } else {
                    rows.updateKeyResult(goalId, kr.id(), null, position++, kr, now);
                    kept.add(kr.id());
                }
            }
            current.keyResults().stream()
                    .filter(kr -> !kept.contains(kr.id()))
                    .forEach(kr -> rows.deleteKeyResult(goalId, kr.id()));
        }
        return rows.find(productId, goalId).orElseThrow();
    }

    /** Deletes a goal with its key results and publishes {@link GoalDeleted}. Editors and up. */
    public void delete(UUID productId, UUID goalId) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, goalId).orElseThrow(() -> new NotFoundException("goal"));
        rows.delete(productId, goalId);
        events.publishEvent(new GoalDeleted(productId, goalId));
    }

    /** Adds a key result at the end of the goal's list. Editors and up. */
    public KeyResultView addKeyResult(UUID productId, UUID goalId, KeyResultInput input) {
        access.product(productId, Role.EDITOR);
        GoalView goal = rows.find(productId, goalId).orElseThrow(() -> new NotFoundException("goal"));
        if (goal.keyResults().size() >= GoalInput.MAX_KEY_RESULTS) {
            throw new InvalidInputException(
                    "keyResults", "A goal can have at most " + GoalInput.MAX_KEY_RESULTS + " key results");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        rows.insertKeyResult(goalId, id, rows.nextPosition(goalId), input, now);
        rows.touch(goalId, now);
        return keyResult(productId, goalId, id);
    }

    @Transactional(readOnly = true)
    public KeyResultView getKeyResult(UUID productId, UUID goalId, UUID keyResultId) {
        access.product(productId, Role.VIEWER);
        return keyResult(productId, goalId, keyResultId);
    }

    /** Replaces a key result; {@code version} is the key result's version read, or null to skip the check. Editors and up. */
    public KeyResultView updateKeyResult(
            UUID productId, UUID goalId, UUID keyResultId, Integer version, KeyResultInput input) {
        access.product(productId, Role.EDITOR);
        keyResult(productId, goalId, keyResultId);
        Instant now = Instant.now();
        if (!rows.updateKeyResult(goalId, keyResultId, version, null, input, now)) {
            throw new ConflictException(
                    "someone else changed this key result since you opened it; reload it and apply your edit again");
        }
        rows.touch(goalId, now);
        return keyResult(productId, goalId, keyResultId);
    }

    /** Records where a key result stands now (a check-in). Editors and up. */
    public KeyResultView recordCurrent(UUID productId, UUID goalId, UUID keyResultId, Double current) {
        access.product(productId, Role.EDITOR);
        if (current == null) {
            throw new InvalidInputException("current", "Current value is required");
        }
        KeyResultView kr = keyResult(productId, goalId, keyResultId);
        return updateKeyResult(productId, goalId, keyResultId, null, kr.input().withCurrent(current));
    }

    public void deleteKeyResult(UUID productId, UUID goalId, UUID keyResultId) {
        access.product(productId, Role.EDITOR);
        keyResult(productId, goalId, keyResultId);
        rows.deleteKeyResult(goalId, keyResultId);
        rows.touch(goalId, Instant.now());
    }

    private KeyResultView keyResult(UUID productId, UUID goalId, UUID keyResultId) {
        GoalView goal = rows.find(productId, goalId).orElseThrow(() -> new NotFoundException("goal"));
        return goal.keyResults().stream()
                .filter(kr -> kr.id().equals(keyResultId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("key result"));
    }
}
