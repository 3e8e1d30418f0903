package dev.northstar.strategy;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competitive landscape: competitors with their positioning, pricing, strengths and weaknesses,
 * compared on criteria the PM chooses (a rating 1–5 and/or a note per cell). Viewers read; editors change.
 */
@Service
@Transactional
public class Competitors {

    public static final int MAX_CRITERIA = 30;

    private final Access access;
    private final CompetitorRows rows;

    Competitors(Access access, CompetitorRows rows) {
        this.access = access;
        this.rows = rows;
    }

    /** Adds a competitor (names are unique in a product, ignoring case) with the ratings given. Editors and up. */
    public CompetitorView create(UUID productId, CompetitorInput input) {
        access.product(productId, Role.EDITOR);
        checkName(productId, input.name(), null);
        List<RatingInput> ratings = checkRatings(productId, input.ratings());
        UUID id = UUID.randomUUID();
        rows.insert(productId, id, input, Instant.now());
        ratings.forEach(r -> rows.setRating(id, r));
        return rows.find(productId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public CompetitorView get(UUID productId, UUID competitorId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, competitorId).orElseThrow(() -> new NotFoundException("competitor"));
    }

    /** A page of competitors by name, each with its ratings. */
    @Transactional(readOnly = true)
    public PageResult<CompetitorView> list(UUID productId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.list(productId, paging), rows.count(productId));
    }

    /** The criteria (in order) and every competitor (by name, at most 500): the comparison table. */
    @Transactional(readOnly = true)
    public CompetitorMatrix matrix(UUID productId) {
        access.product(productId, Role.VIEWER);
        return new CompetitorMatrix(rows.criteria(productId), rows.list(productId, new Paging(0, 500)));
    }

    /** Replaces a competitor's fields (and the cells its ratings name); {@code version} must be the one read. Editors and up. */
    public CompetitorView update(UUID productId, UUID competitorId, int version, CompetitorInput input) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, competitorId).orElseThrow(() -> new NotFoundException("competitor"));
        checkName(productId, input.name(), competitorId);
        List<RatingInput> ratings = checkRatings(productId, input.ratings());
        if (!rows.update(productId, competitorId, version, input, Instant.now())) {
            throw new ConflictException(
                    "someone else changed this competitor since you opened it; reload it and apply your edit again");
        }
        ratings.forEach(r -> rows.setRating(competitorId, r));
        return rows.find(productId, competitorId).orElseThrow();
    }

    /** Sets one cell of the matrix (empty rating and note clear it). Editors and up. */
    public CompetitorView rate(UUID productId, UUID competitorId, RatingInput rating) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, competitorId).orElseThrow(() -> new NotFoundException("competitor"));
        if (rows.criterion(productId, rating.criterionId()).isEmpty()) {
            throw new NotFoundException("criterion");
        }
        rows.setRating(competitorId, rating);
        rows.touch(competitorId, Instant.now());
        return rows.find(productId, competitorId).orElseThrow();
    }

    public void delete(UUID productId, UUID competitorId) {
        access.product(productId, Role.EDITOR);
        rows.find(productId, competitorId).orElseThrow(() -> new NotFoundException("competitor"));
        rows.delete(productId, competitorId);
    }

    @Transactional(readOnly = true)
    public List<CriterionView> criteria(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.criteria(productId);
    }

    /** Adds a criterion at the end (names unique in a product, at most {@value #MAX_CRITERIA}). Editors and up. */
    public CriterionView addCriterion(UUID productId, CriterionInput input) {
        access.product(productId, Role.EDITOR);
        List<CriterionView> all = rows.criteria(productId);
        checkCriterionName(all, input.name(), null);
        if (all.size() >= MAX_CRITERIA) {
            throw new InvalidInputException("name", "A product can compare on at most " + MAX_CRITERIA + " criteria");
        }
        UUID id = UUID.randomUUID();
        int position = all.stream().mapToInt(CriterionView::position).max().orElse(-1) + 1;
        rows.insertCriterion(productId, id, position, input, Instant.now());
        return rows.criterion(productId, id).orElseThrow();
    }

    /** Renames a criterion or changes its description; {@code position} (from 0) moves it when not null. Editors and up. */
    public CriterionView updateCriterion(UUID productId, UUID criterionId, CriterionInput input, Integer position) {
        access.product(productId, Role.EDITOR);
        rows.criterion(productId, criterionId).orElseThrow(() -> new NotFoundException("criterion"));
        List<CriterionView> all = rows.criteria(productId);
        checkCriterionName(all, input.name(), criterionId);
        rows.updateCriterion(productId, criterionId, input);
        if (position != null) {
            if (position < 0 || position >= all.size()) {
                throw new InvalidInputException("position", "Position must be from 0 to " + (all.size() - 1));
            }
            List<UUID> order =
                    new ArrayList<>(all.stream().map(CriterionView::id).toList());
            order.remove(criterionId);
            order.add(position, criterionId);
            for (int i = 0; i < order.size(); i++) {
                rows.moveCriterion(order.get(i), i);
            }
        }
        return rows.criterion(productId, criterionId).orElseThrow();
    }

    /** Deletes a criterion and its column of the matrix. Editors and up. */
    public void deleteCriterion(UUID productId, UUID criterionId) {
        access.product(productId, Role.EDITOR);
        rows.criterion(productId, criterionId).orElseThrow(() -> new NotFoundException("criterion"));
        rows.deleteCriterion(productId, criterionId);
    }

    private void checkName(UUID productId, String name, UUID except) {
        if (rows.nameTaken(productId, name, except)) {
            throw new InvalidInputException("name", "There is already a competitor named '" + name + "'");
        }
    }

    private static void checkCriterionName(List<CriterionView> all, String name, UUID except) {
        if (all.stream().anyMatch(c -> c.name().equalsIgnoreCase(name) && !c.id().equals(except))) {
            throw new InvalidInputException("name", "There is already a criterion named '" + name + "'");
        }
    }

    private List<RatingInput> checkRatings(UUID productId, List<RatingInput> ratings) {
        if (ratings == null) {
            return List.of();
        }
        Set<UUID> known = new HashSet<>(
                rows.criteria(productId).stream().map(CriterionView::id).toList());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            UUID c = ratings.get(i).criterionId();
            if (!known.contains(c)) {
                throw new InvalidInputException(
                        "ratings[" + i + "].criterionId", "no criterion with this id in the product");
            }
            if (!seen.add(c)) {
                throw new InvalidInputException("ratings[" + i + "].criterionId", "this criterion is rated twice");
            }
        }
        return ratings;
    }
}
