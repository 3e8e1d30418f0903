package dev.northstar.prioritization;

import dev.northstar.common.ConflictException;
import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's weighted custom scorecards. Editors define and change them; changing the drivers
 * rescores every feature scored on the card (a new driver counts at its minimum until scored).
 */
@Service
@Transactional
public class Scorecards {

    private final Access access;
    private final ScorecardRows rows;
    private final Scores scores;

    Scorecards(Access access, ScorecardRows rows, Scores scores) {
        this.access = access;
        this.rows = rows;
        this.scores = scores;
    }

    /** Every scorecard of the product, by name. */
    @Transactional(readOnly = true)
    public List<Scorecard> list(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.all(productId);
    }

    @Transactional(readOnly = true)
    public Scorecard get(UUID productId, UUID scorecardId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, scorecardId).orElseThrow(() -> new NotFoundException("scorecard"));
    }

    /** Creates a scorecard from a name, description and drivers (ids are given to new drivers). Editors and up. */
    public Scorecard create(UUID productId, String name, String description, List<Scorecard.Driver> drivers) {
        access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        Scorecard card = new Scorecard(id, productId, name, description, withIds(drivers), 0, Instant.now());
        rows.insert(productId, id, card, card.createdAt());
        return rows.find(productId, id).orElseThrow();
    }

    /**
     * Replaces name, description and drivers; drivers sent with their id keep their values in features'
     * scores, the others are new. {@code version} must be the one read. Editors and up.
     */
    public Scorecard update(
            UUID productId,
            UUID scorecardId,
            int version,
            String name,
            String description,
            List<Scorecard.Driver> drivers) {
        access.product(productId, Role.EDITOR);
        Scorecard current = rows.find(productId, scorecardId).orElseThrow(() -> new NotFoundException("scorecard"));
        Scorecard next = new Scorecard(
                scorecardId, productId, name, description, withIds(drivers), version, current.createdAt());
        if (!rows.update(productId, scorecardId, version, next)) {
            throw new ConflictException("someone else changed this scorecard; reload it and apply your change again");
        }
        Scorecard saved = rows.find(productId, scorecardId).orElseThrow();
        scores.rescore(productId, saved);
        return saved;
    }

    /** Deletes a scorecard and the features' scores on it (their history stays). Editors and up. */
    public void delete(UUID productId, UUID scorecardId) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, scorecardId).orElseThrow(() -> new NotFoundException("scorecard"));
        scores.dropFramework(productId, ScoreKey.scorecard(scorecardId));
        rows.delete(productId, scorecardId);
    }

    private static List<Scorecard.Driver> withIds(List<Scorecard.Driver> drivers) {
        List<Scorecard.Driver> out = new ArrayList<>();
        if (drivers != null) {
            for (Scorecard.Driver d : drivers) {
                out.add(
                        d.id() != null
                                ? d
                                : new Scorecard.Driver(UUID.randomUUID(), d.name(), d.weight(), d.min(), d.max()));
            }
        }
        return out;
    }
}
