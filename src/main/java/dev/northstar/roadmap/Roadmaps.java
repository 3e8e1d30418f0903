package dev.northstar.roadmap;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's roadmap: the planning horizon, teams and their capacity, releases, where each feature is planned, the
 * Now / Next / Later board and the timeline. Viewers read; editors change.
 */
@Service
@Transactional
public class Roadmaps {

    static final int MAX_HORIZON = 36;

    private final Access access;
    private final RoadmapRows rows;
    private final Features features;
    private final Clock clock;

    Roadmaps(Access access, RoadmapRows rows, Features features) {
        this.access = access;
        this.rows = rows;
        this.features = features;
        this.clock = Clock.systemUTC();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // settings and periods

    @Transactional(readOnly = true)
    public RoadmapSettings settings(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.settings(productId).orElse(RoadmapSettings.DEFAULT);
    }

    /** The periods of the planning horizon, soonest first. */
    @Transactional(readOnly = true)
    public List<Period> periods(UUID productId) {
        return settings(productId).periods(today());
    }

    /** Sets the horizon: {@code horizon} periods (1–36 months' worth) of month or quarter from {@code start} (blank = now). */
    public RoadmapSettings updateSettings(UUID productId, String granularity, Integer horizon, String start) {
        access.product(productId, Role.EDITOR);
        Granularity g = Granularity.parse(granularity, "granularity", Granularity.QUARTER);
        Checks.start()
                .require(horizon != null && horizon >= 1, "horizon", "horizon must be 1 or more periods")
                .require(
                        horizon == null || horizon * g.months() <= MAX_HORIZON,
                        "horizon",
                        "the horizon can span at most " + MAX_HORIZON + " months")
                .orThrow();
        Period first = null;
        if (start != null && !start.isBlank()) {
            Period p = Period.parse(start, "start");
            first = Period.of(g, p.start());
        }
        RoadmapSettings s = new RoadmapSettings(g, horizon, first);
        rows.saveSettings(productId, s);
        return s;
    }

    // teams

    @Transactional(readOnly = true)
    public List<TeamView> teams(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.teams(productId);
    }

    @Transactional(readOnly = true)
    public TeamView team(UUID productId, UUID teamId) {
        return teams(productId).stream()
                .filter(t -> t.id().equals(teamId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("team"));
    }

    public TeamView createTeam(UUID productId, TeamInput input) {
        access.product(productId, Role.EDITOR);
        TeamInput in = checked(productId, null, input);
        UUID id = UUID.randomUUID();
        rows.insertTeam(productId, id, in, Instant.now());
        return team(productId, id);
    }

    /** Creates a team with its capacity in one go: nothing is saved when either is invalid. Editors and up. */
    public TeamView createTeam(UUID productId, TeamInput input, Map<String, Double> capacity) {
        TeamView team = createTeam(productId, input);
        return capacity == null || capacity.isEmpty() ? team : setCapacity(productId, team.id(), capacity);
    }

    public TeamView updateTeam(UUID productId, UUID teamId, TeamInput input) {
        access.product(productId, Role.EDITOR);
        requireTeam(productId, teamId, null);
        rows.updateTeam(productId, teamId, checked(productId, teamId, input));
        return team(productId, teamId);
    }

    /** Renames a team and sets capacities in one go: nothing is saved when either is invalid. Editors and up. */
    public TeamView updateTeam(UUID productId, UUID teamId, TeamInput input, Map<String, Double> capacity) {
        updateTeam(productId, teamId, input);
        return capacity == null || capacity.isEmpty()
                ? team(productId, teamId)
                : setCapacity(productId, teamId, capacity);
    }

    /** Deletes a team with its capacity; the features it had on the roadmap lose their place. */
    public void deleteTeam(UUID productId, UUID teamId) {
        access.product(productId, Role.EDITOR);
        requireTeam(productId, teamId, null);
        rows.deleteTeam(productId, teamId);
    }

    /**
     * Sets capacities in person-months by period key ({@code 2027-Q1}, {@code 2027-01}); a null value clears one. All
     * or nothing: any negative or unreadable value names {@code capacity}.
     */
    public TeamView setCapacity(UUID productId, UUID teamId, Map<String, Double> capacity) {
        access.product(productId, Role.EDITOR);
        requireTeam(productId, teamId, null);
        Map<String, Double> clean = new LinkedHashMap<>();
        Checks checks = Checks.start();
        for (var e : (capacity == null ? Map.<String, Double>of() : capacity).entrySet()) {
            Period p = Period.parse(e.getKey(), "capacity");
            Double v = e.getValue();
            checks.require(
                    v == null || (Double.isFinite(v) && v >= 0),
                    "capacity",
                    "capacity in " + p.label() + " must be 0 or more person-months");
            checks.require(
                    v == null || v <= 10_000,
                    "capacity",
                    "capacity in " + p.label() + " is more than 10,000 person-months");
            clean.put(p.key(), v);
        }
        checks.orThrow();
        clean.forEach((k, v) -> rows.setCapacity(teamId, k, v));
        return team(productId, teamId);
    }

    private TeamInput checked(UUID productId, UUID teamId, TeamInput input) {
        String name = input == null ? null : Checks.trimToNull(input.name());
        Integer members = input == null ? null : input.members();
        Checks.start()
                .notBlank(name, "name", "name")
                .maxLength(name, 120, "name", "name")
                .require(
                        name == null || !rows.teamNameTaken(productId, name, teamId),
                        "name",
                        "another team has this name")
                .require(members == null || (members >= 0 && members <= 10_000), "members", "members must be 0 or more")
                .orThrow();
        return new TeamInput(name, members);
    }

    private void requireTeam(UUID productId, UUID teamId, String field) {
        if (teamId == null || !rows.teamExists(productId, teamId)) {
            if (field == null) {
                throw new NotFoundException("team");
            }
            throw new InvalidInputException(
                    field, teamId == null ? "a team is required" : "no team with this id in the product");
        }
    }

    // releases

    @Transactional(readOnly = true)
    public List<ReleaseView> releases(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.releases(productId);
    }

    public ReleaseView createRelease(UUID productId, ReleaseInput input) {
        access.product(productId, Role.EDITOR);
        ReleaseInput in = checked(input);
        UUID id = UUID.randomUUID();
        rows.insertRelease(productId, id, in.name(), in.date(), in.description(), Instant.now());
        return release(productId, id);
    }

    public ReleaseView updateRelease(UUID productId, UUID releaseId, ReleaseInput input) {
        access.product(productId, Role.EDITOR);
        ReleaseInput in = checked(input);
        if (!rows.updateRelease(productId, releaseId, in.name(), in.date(), in.description())) {
            throw new NotFoundException("release");
        }
        return release(productId, releaseId);
    }

    public void deleteRelease(UUID productId, UUID releaseId) {
        access.product(productId, Role.EDITOR);
        if (!rows.deleteRelease(productId, releaseId)) {
            throw new NotFoundException("release");
        }
    }

    private ReleaseView release(UUID productId, UUID id) {
        return rows.releases(productId).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("release"));
    }

    private static ReleaseInput checked(ReleaseInput input) {
        String name = input == null ? null : Checks.trimToNull(input.name());
        String description = input == null ? null : Checks.trimToNull(input.description());
        Checks.start()
                .notBlank(name, "name", "name")
                .maxLength(name, 200, "name", "name")
                .require(input != null && input.date() != null, "date", "date is required (YYYY-MM-DD)")
                .maxLength(description, 4000, "description", "description")
                .orThrow();
        return new ReleaseInput(name, input.date(), description);
    }

    // items

    /** Every feature placed on the roadmap, by period then title. */
    @Transactional(readOnly = true)
    public List<ItemView> items(UUID productId) {
        access.product(productId, Role.VIEWER);
        Map<UUID, FeatureView> byId = byId(features.all(productId));
        Map<UUID, TeamView> teams = rows.teams(productId).stream().collect(Collectors.toMap(TeamView::id, t -> t));
        return rows.items(productId).stream()
                .filter(i -> byId.containsKey(i.featureId()))
                .map(i -> view(i, byId.get(i.featureId()), teams.get(i.teamId())))
                .sorted(Comparator.comparing((ItemView v) -> Period.parse(v.period(), "period"))
                        .thenComparing(ItemView::featureTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Puts a feature with a team in a period, or moves it there. Editors and up. */
    public ItemView place(UUID productId, ItemInput input) {
        access.product(productId, Role.EDITOR);
        if (input == null || input.featureId() == null) {
            throw new InvalidInputException("featureId", "a feature is required");
        }
        if (!features.exists(productId, input.featureId())) {
            throw new InvalidInputException("featureId", "no feature with this id in the product");
        }
        requireTeam(productId, input.teamId(), "teamId");
        Period period = Period.parse(input.period(), "period");
        rows.placeItem(productId, input.featureId(), input.teamId(), period.key(), input.committed(), Instant.now());
        return items(productId).stream()
                .filter(i -> i.featureId().equals(input.featureId()))
                .findFirst()
                .orElseThrow();
    }

    /** Takes a feature off the timeline (its status, and so its board column, stays). Editors and up. */
    public void unplace(UUID productId, UUID featureId) {
        access.product(productId, Role.EDITOR);
        if (!rows.removeItem(productId, featureId)) {
            throw new NotFoundException("roadmap item");
        }
    }

    private static ItemView view(RoadmapRows.Item i, FeatureView f, TeamView t) {
        return new ItemView(
                i.id(),
                f.id(),
                f.title(),
                f.status(),
                f.effort(),
                i.teamId(),
                t == null ? null : t.name(),
                i.period(),
                Period.parse(i.period(), "period").label(),
                i.committed());
    }

    // dependencies

    @Transactional(readOnly = true)
    public List<DependencyView> dependencies(UUID productId) {
        access.product(productId, Role.VIEWER);
        Map<UUID, FeatureView> byId = byId(features.all(productId));
        return rows.dependencies(productId).stream()
                .filter(d -> byId.containsKey(d.featureId()) && byId.containsKey(d.needsFeatureId()))
                .map(d -> new DependencyView(
                        d.featureId(),
                        byId.get(d.featureId()).title(),
                        d.needsFeatureId(),
                        byId.get(d.needsFeatureId()).title()))
                .sorted(Comparator.comparing(DependencyView::featureTitle, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(DependencyView::needsTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Adds "feature needs another feature"; one that would close a cycle is refused naming {@code needsFeatureId}. */
    public List<DependencyView> addDependency(UUID productId, DependencyInput input) {
        access.product(productId, Role.EDITOR);
        RoadmapRows.Dependency d = checked(productId, input, "");
        List<RoadmapRows.Dependency> all = new ArrayList<>(rows.dependencies(productId));
        if (!all.contains(d)) {
            all.add(d);
            Map<UUID, String> titles = titles(productId);
            String cycle = Dependencies.cycle(all, titles, d.featureId());
            if (cycle != null) {
                throw new InvalidInputException("needsFeatureId", "this would make a cycle: " + cycle);
            }
            rows.addDependency(productId, d, Instant.now());
        }
        return dependencies(productId);
    }

    /** Replaces all dependencies at once; a cycle anywhere names {@code dependencies} and nothing is saved. */
    public List<DependencyView> replaceDependencies(UUID productId, List<DependencyInput> inputs) {
        access.product(productId, Role.EDITOR);
        List<RoadmapRows.Dependency> all = new ArrayList<>();
        List<DependencyInput> list = inputs == null ? List.of() : inputs;
        for (int i = 0; i < list.size(); i++) {
            RoadmapRows.Dependency d = checked(productId, list.get(i), "dependencies[" + i + "].");
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        String cycle = Dependencies.cycle(all, titles(productId));
        if (cycle != null) {
            throw new InvalidInputException("dependencies", "the dependencies make a cycle: " + cycle);
        }
        rows.replaceDependencies(productId, all, Instant.now());
        return dependencies(productId);
    }

    public void removeDependency(UUID productId, DependencyInput input) {
        access.product(productId, Role.EDITOR);
        if (input == null
                || !rows.removeDependency(
                        productId, new RoadmapRows.Dependency(input.featureId(), input.needsFeatureId()))) {
            throw new NotFoundException("dependency");
        }
    }

    private RoadmapRows.Dependency checked(UUID productId, DependencyInput input, String prefix) {
        UUID f = input == null ? null : input.featureId();
        UUID n = input == null ? null : input.needsFeatureId();
        Checks.start()
                .require(f != null, prefix + "featureId", "a feature is required")
                .require(n != null, prefix + "needsFeatureId", "the feature it needs is required")
                .orThrow();
        Checks.start()
                .require(features.exists(productId, f), prefix + "featureId", "no feature with this id in the product")
                .require(
                        features.exists(productId, n),
                        prefix + "needsFeatureId",
                        "no feature with this id in the product")
                .require(!f.equals(n), prefix + "needsFeatureId", "a feature cannot depend on itself")
                .orThrow();
        return new RoadmapRows.Dependency(f, n);
    }

    private Map<UUID, String> titles(UUID productId) {
        Map<UUID, String> out = new HashMap<>();
        features.all(productId).forEach(f -> out.put(f.id(), f.title()));
        return out;
    }

    // board

    /** Now (in progress), Next (planned), Later (candidates), with each feature's place on the timeline if it has one. */
    @Transactional(readOnly = true)
    public Board board(UUID productId) {
        access.product(productId, Role.VIEWER);
        List<FeatureView> all = features.all(productId);
        Map<UUID, RoadmapRows.Item> items =
                rows.items(productId).stream().collect(Collectors.toMap(RoadmapRows.Item::featureId, i -> i));
        Map<UUID, String> teams =
                rows.teams(productId).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
        List<Board.Column> columns = new ArrayList<>();
        for (BoardColumn c : BoardColumn.values()) {
            List<Board.Card> cards = all.stream()
                    .filter(f -> f.status() == c.status())
                    .map(f -> {
                        RoadmapRows.Item i = items.get(f.id());
                        Period p = i == null ? null : Period.parse(i.period(), "period");
                        return new Board.Card(
                                f.id(),
                                f.title(),
                                f.status(),
                                f.effort(),
                                f.owner(),
                                i == null ? null : teams.get(i.teamId()),
                                p == null ? null : p.key(),
                                p == null ? null : p.label(),
                                i != null && i.committed());
                    })
                    .sorted(Comparator.comparing(
                                    (Board.Card card) ->
                                            card.period() == null ? null : Period.parse(card.period(), "p"),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Board.Card::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            columns.add(new Board.Column(c.key(), c.label(), c.status(), cards));
        }
        return new Board(columns);
    }

    /** Moves a feature to a board column, which changes its status (through {@link Features#changeStatus}). */
    public FeatureView move(UUID productId, UUID featureId, BoardColumn column) {
        access.product(productId, Role.EDITOR);
        if (column == null) {
            throw new InvalidInputException("column", "column must be now, next or later");
        }
        return features.changeStatus(productId, featureId, column.status());
    }

    // timeline

    /**
     * The timeline over the planning horizon cut by {@code by} (null = the product's setting), in swimlanes by team,
     * goal (a feature's goals; {@code goalNames} names them, unknown ids show a short id) or theme (the parent feature).
     */
    @Transactional(readOnly = true)
    public Timeline timeline(UUID productId, Granularity by, Timeline.Lane lane, Function<UUID, String> goalNames) {
        access.product(productId, Role.VIEWER);
        RoadmapSettings settings = rows.settings(productId).orElse(RoadmapSettings.DEFAULT);
        Granularity g = by == null ? settings.granularity() : by;
        Timeline.Lane l = lane == null ? Timeline.Lane.TEAM : lane;
        List<Period> horizon = settings.periods(today());
        List<TeamView> teams = rows.teams(productId);
        Map<UUID, TeamView> teamById = teams.stream().collect(Collectors.toMap(TeamView::id, t -> t));
        Map<UUID, FeatureView> byId = byId(features.all(productId));
        List<RoadmapRows.Item> items = rows.items(productId).stream()
                .filter(i -> byId.containsKey(i.featureId()))
                .toList();

        // the horizon, stretched to show every placed item (at most 36 months)
        java.time.YearMonth from = horizon.getFirst().start();
        java.time.YearMonth to = horizon.getLast().end();
        for (RoadmapRows.Item i : items) {
            Period p = Period.parse(i.period(), "period");
            from = p.start().isBefore(from) ? p.start() : from;
            to = p.end().isAfter(to) ? p.end() : to;
        }
        if (from.plusMonths(MAX_HORIZON).isBefore(to)) {
            to = from.plusMonths(MAX_HORIZON);
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.of(g, from); p.start().isBefore(to); p = p.next()) {
            periods.add(p);
        }

        // effort per team and display period, an item's effort spread evenly over its months
        Map<UUID, double[]> load = new HashMap<>();
        for (RoadmapRows.Item i : items) {
            Period ip = Period.parse(i.period(), "period");
            double effort = effort(byId.get(i.featureId()));
            double[] row = load.computeIfAbsent(i.teamId(), k -> new double[periods.size()]);
            for (int k = 0; k < periods.size(); k++) {
                row[k] += effort * ip.overlap(periods.get(k)) / ip.months();
            }
        }
        List<Timeline.Overload> over = new ArrayList<>();
        java.util.Set<String> overKeys = new java.util.HashSet<>();
        for (TeamView t : teams) {
            double[] row = load.getOrDefault(t.id(), new double[periods.size()]);
            for (int k = 0; k < periods.size(); k++) {
                double cap = t.capacityIn(periods.get(k));
                if (row[k] > cap + 1e-9) {
                    over.add(new Timeline.Overload(
                            t.id(),
                            t.name(),
                            periods.get(k).key(),
                            periods.get(k).label(),
                            round(row[k]),
                            round(cap)));
                    overKeys.add(t.id() + "|" + periods.get(k).key());
                }
            }
        }

        // lanes
        LinkedHashMap<String, String> laneNames = new LinkedHashMap<>();
        Map<String, List<RoadmapRows.Item>> byLane = new HashMap<>();
        if (l == Timeline.Lane.TEAM) {
            teams.forEach(t -> laneNames.put(t.id().toString(), t.name()));
            for (RoadmapRows.Item i : items) {
                byLane.computeIfAbsent(i.teamId().toString(), k -> new ArrayList<>())
                        .add(i);
            }
        } else {
            List<String[]> found = new ArrayList<>();
            for (RoadmapRows.Item i : items) {
                FeatureView f = byId.get(i.featureId());
                List<String[]> keys = new ArrayList<>();
                if (l == Timeline.Lane.GOAL) {
                    for (UUID goal : f.goalIds()) {
                        String name = goalNames == null ? null : goalNames.apply(goal);
                        keys.add(new String[] {
                            goal.toString(),
                            name != null ? name : "Goal " + goal.toString().substring(0, 8)
                        });
                    }
                    if (keys.isEmpty()) {
                        keys.add(new String[] {"none", "No goal"});
                    }
                } else if (f.parentId() != null) {
                    keys.add(new String[] {f.parentId().toString(), f.parentTitle() != null ? f.parentTitle() : "Theme"
                    });
                } else {
                    keys.add(new String[] {"none", "No theme"});
                }
                for (String[] k : keys) {
                    found.add(k);
                    byLane.computeIfAbsent(k[0], x -> new ArrayList<>()).add(i);
                }
            }
            found.stream()
                    .filter(k -> !k[0].equals("none"))
                    .sorted(Comparator.comparing(k -> k[1], String.CASE_INSENSITIVE_ORDER))
                    .forEach(k -> laneNames.putIfAbsent(k[0], k[1]));
            found.stream().filter(k -> k[0].equals("none")).findFirst().ifPresent(k -> laneNames.put(k[0], k[1]));
        }
        List<Timeline.Swimlane> lanes = new ArrayList<>();
        for (var lane0 : laneNames.entrySet()) {
            List<RoadmapRows.Item> laneItems = byLane.getOrDefault(lane0.getKey(), List.of());
            List<Timeline.Cell> cells = new ArrayList<>();
            for (int k = 0; k < periods.size(); k++) {
                Period dp = periods.get(k);
                List<Timeline.Entry> entries = new ArrayList<>();
                double effort = 0;
                for (RoadmapRows.Item i : laneItems) {
                    Period ip = Period.parse(i.period(), "period");
                    int shared = ip.overlap(dp);
                    if (shared == 0) {
                        continue;
                    }
                    FeatureView f = byId.get(i.featureId());
                    TeamView t = teamById.get(i.teamId());
                    effort += effort(f) * shared / ip.months();
                    entries.add(new Timeline.Entry(
                            f.id(),
                            f.title(),
                            f.status(),
                            f.effort(),
                            t == null ? null : t.name(),
                            ip.key(),
                            i.committed(),
                            overKeys.contains(i.teamId() + "|" + dp.key())));
                }
                entries.sort(Comparator.comparing(Timeline.Entry::title, String.CASE_INSENSITIVE_ORDER));
                Double capacity = null;
                boolean isOver = false;
                if (l == Timeline.Lane.TEAM) {
                    TeamView t = teamById.get(UUID.fromString(lane0.getKey()));
                    capacity = round(t.capacityIn(dp));
                    isOver = overKeys.contains(t.id() + "|" + dp.key());
                }
                cells.add(new Timeline.Cell(dp.key(), entries, round(effort), capacity, isOver));
            }
            lanes.add(new Timeline.Swimlane(lane0.getKey(), lane0.getValue(), cells));
        }
        List<Timeline.Column> columns = periods.stream()
                .map(p -> new Timeline.Column(p.key(), p.label(), p.firstDay(), p.lastDay()))
                .toList();
        List<Timeline.Marker> markers = rows.releases(productId).stream()
                .map(r -> new Timeline.Marker(
                        r.id(),
                        r.name(),
                        r.date(),
                        r.description(),
                        periods.stream()
                                .filter(p -> p.contains(r.date()))
                                .map(Period::key)
                                .findFirst()
                                .orElse(null)))
                .toList();
        return new Timeline(g, l, columns, markers, lanes, over);
    }

    static double effort(FeatureView f) {
        return f.effort() == null ? 0 : f.effort();
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static Map<UUID, FeatureView> byId(List<FeatureView> all) {
        Map<UUID, FeatureView> out = new LinkedHashMap<>();
        all.forEach(f -> out.put(f.id(), f));
        return out;
    }

    /** Statuses the board shows; everything else (ideas, shipped, measured, archived) stays off it. */
    static boolean onBoard(FeatureStatus s) {
        for (BoardColumn c : BoardColumn.values()) {
            if (c.status() == s) {
                return true;
            }
        }
        return false;
    }
}
