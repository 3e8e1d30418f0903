package dev.northstar.roadmap;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.prioritization.FeatureSnapshot;
import dev.northstar.prioritization.FeatureSnapshots;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.prioritization.Framework;
import dev.northstar.prioritization.ScoreKey;
import dev.northstar.prioritization.ScoreSnapshot;
import dev.northstar.roadmap.planner.PlanProblem;
import dev.northstar.roadmap.planner.PlanResult;
import dev.northstar.roadmap.planner.Planner;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the roadmap with the optimizer: candidates, planned and in-progress features with an effort estimate, valued
 * by a framework's score, placed in the horizon's periods without exceeding any team's capacity or breaking a
 * dependency; committed roadmap items stay where they are. The proposal is kept until the PM accepts all or part of
 * it.
 */
@Service
@Transactional
public class RoadmapPlans {

    static final Set<FeatureStatus> PLANNABLE =
            Set.of(FeatureStatus.CANDIDATE, FeatureStatus.PLANNED, FeatureStatus.IN_PROGRESS);

    private final Access access;
    private final RoadmapRows rows;
    private final Roadmaps roadmaps;
    private final Features features;
    private final FeatureSnapshots snapshots;

    RoadmapPlans(Access access, RoadmapRows rows, Roadmaps roadmaps, Features features, FeatureSnapshots snapshots) {
        this.access = access;
        this.rows = rows;
        this.roadmaps = roadmaps;
        this.features = features;
        this.snapshots = snapshots;
    }

    /** Runs the optimizer for at most {@code limit} and keeps the proposal. Editors and up. */
    public PlanView plan(UUID productId, String framework, Duration limit) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        String fw = framework(framework);
        Duration time = limit == null ? Duration.ofSeconds(5) : limit;
        if (time.isNegative() || time.isZero() || time.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new InvalidInputException("seconds", "seconds must be between 1 and 60");
        }
        List<Period> periods = roadmaps.periods(productId);
        Set<String> periodKeys = periods.stream().map(Period::key).collect(Collectors.toSet());
        List<TeamView> teams = rows.teams(productId);
        if (teams.isEmpty()) {
            throw new InvalidInputException("teams", "add a team with its capacity before planning");
        }
        List<FeatureView> all = features.all(productId);
        Map<UUID, FeatureView> byId = Roadmaps.byId(all);
        Map<UUID, RoadmapRows.Item> items =
                rows.items(productId).stream().collect(Collectors.toMap(RoadmapRows.Item::featureId, i -> i));

        List<FeatureView> candidates =
                all.stream().filter(f -> PLANNABLE.contains(f.status())).toList();
        Map<UUID, Double> scores = new HashMap<>();
        for (FeatureSnapshot s : candidates.isEmpty()
                ? List.<FeatureSnapshot>of()
                : snapshots.of(
                        productId, candidates.stream().map(FeatureView::id).toList())) {
            for (ScoreSnapshot score : s.scores()) {
                if (score.framework().equalsIgnoreCase(fw) && Double.isFinite(score.score())) {
                    scores.put(s.feature().id(), Math.max(0, score.score()));
                }
            }
        }
        boolean anyScore = !scores.isEmpty();
        String note = anyScore
                ? null
                : "No feature has a " + fw
                        + " score yet, so every feature counted the same: the plan fits as many as it"
                        + " can, the soonest it can.";

        Map<UUID, String> reasons = new LinkedHashMap<>();
        Map<UUID, PlanResult.Assignment> kept = new LinkedHashMap<>();
        List<PlanProblem.Feature> problemFeatures = new ArrayList<>();
        List<PlanProblem.Commitment> commitments = new ArrayList<>();
        Map<UUID, Double> values = new HashMap<>();
        Set<UUID> in = new HashSet<>();
        // a feature with children is a theme: its children are planned, not the whole of it again
        Set<UUID> parents = all.stream()
                .filter(f -> f.parentId() != null && f.status() != FeatureStatus.ARCHIVED)
                .map(FeatureView::parentId)
                .collect(Collectors.toSet());
        for (FeatureView f : candidates) {
            RoadmapRows.Item item = items.get(f.id());
            if (parents.contains(f.id()) && (item == null || !item.committed())) {
                reasons.put(f.id(), "Has child features: the plan places those instead of the whole.");
                continue;
            }
            boolean committed = item != null && item.committed();
            if (committed && !periodKeys.contains(item.period())) {
                // pinned outside the horizon: it stays where it is and takes no capacity here
                kept.put(
                        f.id(),
                        new PlanResult.Assignment(
                                f.id().toString(), item.teamId().toString(), item.period(), true));
                continue;
            }
            if (f.effort() == null || f.effort() <= 0) {
                reasons.put(f.id(), "No effort estimate: give it an effort in person-months to plan it.");
                continue;
            }
            double value = anyScore ? scores.getOrDefault(f.id(), -1.0) : 1.0;
            if (value < 0 && !committed) {
                reasons.put(f.id(), "No " + fw + " score yet: score it to plan it.");
                continue;
            }
            value = Math.max(0, value);
            values.put(f.id(), value);
            in.add(f.id());
            problemFeatures.add(new PlanProblem.Feature(f.id().toString(), f.title(), f.effort(), value));
            if (committed) {
                commitments.add(new PlanProblem.Commitment(
                        f.id().toString(), item.teamId().toString(), item.period()));
            }
        }

        // a dependency on something delivered is met; on something not in the plan, the dependent cannot be planned
        List<RoadmapRows.Dependency> deps = rows.dependencies(productId);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RoadmapRows.Dependency d : deps) {
                if (!in.contains(d.featureId()) || in.contains(d.needsFeatureId())) {
                    continue;
                }
                FeatureView needed = byId.get(d.needsFeatureId());
                if (needed == null || done(needed.status()) || kept.containsKey(d.needsFeatureId())) {
                    continue;
                }
                boolean committed = commitments.stream()
                        .anyMatch(c -> c.featureId().equals(d.featureId().toString()));
                if (committed) {
                    continue;
                }
                in.remove(d.featureId());
                String why = reasons.get(d.needsFeatureId());
                reasons.put(
                        d.featureId(),
                        "Needs “" + needed.title() + "”, which is not in the plan ("
                                + (why != null
                                        ? why.replaceAll("\\.$", "").toLowerCase(Locale.ROOT)
                                        : "status " + needed.status().label())
                                + ").");
                changed = true;
            }
        }
        List<PlanProblem.Feature> planned = problemFeatures.stream()
                .filter(f -> in.contains(UUID.fromString(f.id())))
                .toList();
        List<PlanProblem.Dependency> dependencies = deps.stream()
                .filter(d -> in.contains(d.featureId()) && in.contains(d.needsFeatureId()))
                .map(d -> new PlanProblem.Dependency(
                        d.featureId().toString(), d.needsFeatureId().toString()))
                .toList();
        List<PlanProblem.Team> problemTeams = teams.stream()
                .map(t -> {
                    Map<String, Double> cap = new HashMap<>();
                    periods.forEach(p -> cap.put(p.key(), t.capacityIn(p)));
                    return new PlanProblem.Team(t.id().toString(), t.name(), cap);
                })
                .toList();
        PlanProblem problem = new PlanProblem(
                periods.stream()
                        .map(p -> new PlanProblem.Period(p.key(), p.label()))
                        .toList(),
                problemTeams,
                planned,
                dependencies,
                commitments);
        PlanResult result = Planner.solve(problem, time);

        List<RoadmapRows.PlanEntry> entries = new ArrayList<>();
        for (PlanResult.Assignment a : result.assignments()) {
            UUID id = UUID.fromString(a.featureId());
            entries.add(new RoadmapRows.PlanEntry(
                    id,
                    UUID.fromString(a.teamId()),
                    a.periodId(),
                    a.fixed(),
                    values.getOrDefault(id, 0.0),
                    null,
                    false));
        }
        for (PlanResult.Unscheduled u : result.unscheduled()) {
            UUID id = UUID.fromString(u.featureId());
            entries.add(
                    new RoadmapRows.PlanEntry(id, null, null, false, values.getOrDefault(id, 0.0), u.reason(), false));
        }
        for (var e : kept.entrySet()) {
            entries.add(new RoadmapRows.PlanEntry(
                    e.getKey(),
                    UUID.fromString(e.getValue().teamId()),
                    e.getValue().periodId(),
                    true,
                    0,
                    null,
                    false));
        }
        reasons.forEach((id, why) -> entries.add(new RoadmapRows.PlanEntry(id, null, null, false, 0, why, false)));
        UUID planId = UUID.randomUUID();
        rows.insertPlan(
                productId,
                new RoadmapRows.Plan(
                        planId,
                        fw,
                        result.objective(),
                        result.upperBound(),
                        result.optimality().name(),
                        note,
                        Instant.now()),
                pa.actor().isSystem() ? null : pa.actor().userId(),
                entries);
        rows.prunePlans(productId, 10);
        return get(productId, planId);
    }

    @Transactional(readOnly = true)
    public PlanView get(UUID productId, UUID planId) {
        access.product(productId, Role.VIEWER);
        RoadmapRows.Plan plan = rows.plan(productId, planId).orElseThrow(() -> new NotFoundException("plan"));
        Map<UUID, FeatureView> byId = Roadmaps.byId(features.all(productId));
        Map<UUID, String> teams =
                rows.teams(productId).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
        Map<UUID, RoadmapRows.Item> items =
                rows.items(productId).stream().collect(Collectors.toMap(RoadmapRows.Item::featureId, i -> i));
        List<PlanView.Entry> entries = rows.planEntries(planId).stream()
                .filter(e -> byId.containsKey(e.featureId()))
                .map(e -> {
                    FeatureView f = byId.get(e.featureId());
                    RoadmapRows.Item now = items.get(e.featureId());
                    String current = now == null
                            ? null
                            : teams.getOrDefault(now.teamId(), "?") + ", "
                                    + Period.parse(now.period(), "period").label();
                    return new PlanView.Entry(
                            f.id(),
                            f.title(),
                            f.effort(),
                            e.value(),
                            e.teamId(),
                            e.teamId() == null ? null : teams.get(e.teamId()),
                            e.period(),
                            e.period() == null
                                    ? null
                                    : Period.parse(e.period(), "period").label(),
                            e.fixed(),
                            e.reason(),
                            e.accepted(),
                            current);
                })
                .sorted(Comparator.comparing(
                                (PlanView.Entry e) -> e.period() == null ? null : Period.parse(e.period(), "p"),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> -e.value())
                        .thenComparing(PlanView.Entry::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PlanView(
                plan.id(),
                plan.framework(),
                plan.objective(),
                plan.upperBound(),
                plan.optimality(),
                plan.note(),
                plan.createdAt(),
                entries);
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> latest(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.latestPlan(productId).map(id -> get(productId, id));
    }

    /**
     * Accepts the proposal for the given features (null or empty = every placed feature): each gets the proposed team
     * and period; candidates become planned. A feature the plan did not place names {@code featureIds}. Editors and up.
     */
    public PlanView accept(UUID productId, UUID planId, List<UUID> featureIds) {
        access.product(productId, Role.EDITOR);
        rows.plan(productId, planId).orElseThrow(() -> new NotFoundException("plan"));
        Map<UUID, RoadmapRows.PlanEntry> placed = new LinkedHashMap<>();
        rows.planEntries(planId).stream().filter(e -> e.period() != null).forEach(e -> placed.put(e.featureId(), e));
        List<UUID> chosen = featureIds == null || featureIds.isEmpty() ? List.copyOf(placed.keySet()) : featureIds;
        for (UUID id : chosen) {
            if (id == null || !placed.containsKey(id)) {
                throw new InvalidInputException("featureIds", "the plan does not place feature " + id);
            }
        }
        Map<UUID, FeatureView> byId = Roadmaps.byId(features.all(productId));
        Map<UUID, RoadmapRows.Item> items =
                rows.items(productId).stream().collect(Collectors.toMap(RoadmapRows.Item::featureId, i -> i));
        Instant now = Instant.now();
        for (UUID id : chosen) {
            RoadmapRows.PlanEntry e = placed.get(id);
            FeatureView f = byId.get(id);
            if (f == null || e.teamId() == null || !rows.teamExists(productId, e.teamId())) {
                throw new InvalidInputException("featureIds", "feature " + id + " or its team is gone; plan again");
            }
            RoadmapRows.Item current = items.get(id);
            boolean committed = current != null && current.committed();
            rows.placeItem(productId, id, e.teamId(), e.period(), committed || e.fixed(), now);
            rows.markAccepted(planId, id);
            if (f.status() == FeatureStatus.IDEA || f.status() == FeatureStatus.CANDIDATE) {
                features.changeStatus(productId, id, FeatureStatus.PLANNED);
            }
        }
        return get(productId, planId);
    }

    private static boolean done(FeatureStatus s) {
        return s == FeatureStatus.SHIPPED || s == FeatureStatus.MEASURED;
    }

    static String framework(String value) {
        if (value == null || value.isBlank()) {
            return Framework.RICE.key();
        }
        return ScoreKey.parse(value, "framework").value();
    }
}
