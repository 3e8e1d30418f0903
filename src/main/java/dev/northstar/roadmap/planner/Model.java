package dev.northstar.roadmap.planner;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A validated problem in integer form shared by both planners. Slots are numbered team × P + period; a plan is an
 * {@code int[]} holding each feature's slot or {@link #NONE}. Efforts and capacities are in thousandths of a
 * person-month; a feature's gain in period i is value (in thousandths) × (P − i), so objective = gain / (1000 × P).
 */
final class Model {

    static final int NONE = -1;
    static final long SCALE = 1000;

    final PlanProblem problem;
    final int n;
    final int teams;
    final int periods;
    final long[] effort;
    final long[] value;
    final long[][] capacity; // [team][period]
    final int[] requiredTeam; // NONE = any team
    final int[][] prerequisites;
    final int[][] dependents;
    final int[] topo; // prerequisites before dependents
    final int[] fixedSlot; // NONE = free to plan
    final int[] deadline; // latest period a feature may take (a fixed dependent needs it by then)
    final boolean[] mustSchedule; // a fixed feature depends on it

    private Model(PlanProblem p) {
        this.problem = p;
        List<FieldError> errors = new ArrayList<>();
        periods = p.periods().size();
        teams = p.teams().size();
        n = p.features().size();
        if (periods == 0) {
            errors.add(new FieldError("periods", "Add at least one period to plan"));
        }
        if (teams == 0) {
            errors.add(new FieldError("teams", "Add at least one team to plan"));
        }
        Map<String, Integer> periodIndex =
                index(p.periods().stream().map(PlanProblem.Period::id).toList(), "periods", "period", errors);
        Map<String, Integer> teamIndex =
                index(p.teams().stream().map(PlanProblem.Team::id).toList(), "teams", "team", errors);
        Map<String, Integer> featureIndex =
                index(p.features().stream().map(PlanProblem.Feature::id).toList(), "features", "feature", errors);

        capacity = new long[teams][periods];
        for (int t = 0; t < teams; t++) {
            PlanProblem.Team team = p.teams().get(t);
            for (var e : team.capacity().entrySet()) {
                Integer period = periodIndex.get(e.getKey());
                if (period == null) {
                    errors.add(new FieldError(
                            "capacity", "Team " + team.name() + " has capacity in unknown period " + e.getKey()));
                } else {
                    capacity[t][period] = Math.round(e.getValue() * SCALE);
                }
            }
        }

        effort = new long[n];
        value = new long[n];
        requiredTeam = new int[n];
        for (int f = 0; f < n; f++) {
            PlanProblem.Feature feature = p.features().get(f);
            effort[f] = Math.max(1, Math.round(feature.effort() * SCALE));
            value[f] = Math.round(feature.value() * SCALE);
            requiredTeam[f] = NONE;
            if (feature.requiredTeamId() != null) {
                Integer t = teamIndex.get(feature.requiredTeamId());
                if (t == null) {
                    errors.add(new FieldError(
                            "requiredTeam",
                            "\"" + feature.title() + "\" requires unknown team " + feature.requiredTeamId()));
                } else {
                    requiredTeam[f] = t;
                }
            }
        }

        List<List<Integer>> pre = new ArrayList<>();
        List<List<Integer>> post = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            pre.add(new ArrayList<>());
            post.add(new ArrayList<>());
        }
        for (PlanProblem.Dependency d : p.dependencies()) {
            Integer a = featureIndex.get(d.featureId());
            Integer b = featureIndex.get(d.needsFeatureId());
            if (a == null || b == null) {
                errors.add(new FieldError(
                        "dependencies",
                        "A dependency names unknown feature " + (a == null ? d.featureId() : d.needsFeatureId())));
            } else if (a.equals(b)) {
                errors.add(new FieldError("dependencies", "\"" + title(a) + "\" cannot depend on itself"));
            } else if (!pre.get(a).contains(b)) {
                pre.get(a).add(b);
                post.get(b).add(a);
            }
        }
        prerequisites = pre.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        dependents = post.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        topo = topologicalOrder(errors);

        fixedSlot = new int[n];
        Arrays.fill(fixedSlot, NONE);
        for (PlanProblem.Commitment c : p.commitments()) {
            Integer f = featureIndex.get(c.featureId());
            Integer t = teamIndex.get(c.teamId());
            Integer per = periodIndex.get(c.periodId());
            if (f == null || t == null || per == null) {
                String what = f == null
                        ? "feature " + c.featureId()
                        : t == null ? "team " + c.teamId() : "period " + c.periodId();
                errors.add(new FieldError("commitments", "A commitment names unknown " + what));
            } else if (fixedSlot[f] != NONE) {
                errors.add(new FieldError("commitments", "\"" + title(f) + "\" is committed more than once"));
            } else if (requiredTeam[f] != NONE && requiredTeam[f] != t) {
                errors.add(new FieldError(
                        "commitments",
                        "\"" + title(f) + "\" must be built by " + teamName(requiredTeam[f]) + " but is committed to "
                                + teamName(t)));
            } else {
                fixedSlot[f] = t * periods + per;
            }
        }
        deadline = new int[n];
        mustSchedule = new boolean[n];
        if (errors.isEmpty()) {
            checkCommitments(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Model of(PlanProblem problem) {
        return new Model(problem);
    }

    int team(int slot) {
        return slot / periods;
    }

    int period(int slot) {
        return slot % periods;
    }

    int slots() {
        return teams * periods;
    }

    long gain(int f, int period) {
        return value[f] * (periods - period);
    }

    boolean fixed(int f) {
        return fixedSlot[f] != NONE;
    }

    String title(int f) {
        return problem.features().get(f).title();
    }

    String teamName(int t) {
        return problem.teams().get(t).name();
    }

    String periodLabel(int period) {
        return problem.periods().get(period).label();
    }

    /** Real objective: Σ value × (P − i) / P. */
    double objective(int[] plan) {
        double sum = 0;
        for (int f = 0; f < n; f++) {
            if (plan[f] != NONE) {
                sum += problem.features().get(f).value() * (periods - period(plan[f])) / periods;
            }
        }
        return sum;
    }

    long gain(int[] plan) {
        long sum = 0;
        for (int f = 0; f < n; f++) {
            if (plan[f] != NONE) {
                sum += gain(f, period(plan[f]));
            }
        }
        return sum;
    }

    int[] fixedPlan() {
        return fixedSlot.clone();
    }

    long[][] free(int[] plan) {
        long[][] free = new long[teams][];
        for (int t = 0; t < teams; t++) {
            free[t] = capacity[t].clone();
        }
        for (int f = 0; f < n; f++) {
            if (plan[f] != NONE) {
                free[team(plan[f])][period(plan[f])] -= effort[f];
            }
        }
        return free;
    }

    /** The first broken rule of a plan in plain words, or null when it keeps every rule. */
    String violation(int[] plan) {
        long[][] free = free(plan);
        for (int t = 0; t < teams; t++) {
            for (int per = 0; per < periods; per++) {
                if (free[t][per] < 0) {
                    return teamName(t) + " is over capacity in " + periodLabel(per);
                }
            }
        }
        for (int f = 0; f < n; f++) {
            if (fixed(f) && plan[f] != fixedSlot[f]) {
                return "\"" + title(f) + "\" left its commitment";
            }
            if (plan[f] == NONE) {
                continue;
            }
            if (requiredTeam[f] != NONE && team(plan[f]) != requiredTeam[f]) {
                return "\"" + title(f) + "\" is not with its required team";
            }
            for (int b : prerequisites[f]) {
                if (plan[b] == NONE || period(plan[b]) > period(plan[f])) {
                    return "\"" + title(f) + "\" is scheduled before its prerequisite \"" + title(b) + "\"";
                }
            }
        }
        return null;
    }

    /**
     * Makes a plan keep every rule by unscheduling as little value as it can (over-full team-periods lose their
     * least valuable features first, then dependents of unscheduled or later prerequisites go), then fills the room
     * left with whatever still fits (see {@link #fill}).
     */
    int[] repairAndFill(int[] candidate) {
        int[] plan = candidate.clone();
        for (int f = 0; f < n; f++) {
            if (fixed(f)) {
                plan[f] = fixedSlot[f];
            } else if (plan[f] != NONE
                    && (period(plan[f]) > deadline[f]
                            || (requiredTeam[f] != NONE && team(plan[f]) != requiredTeam[f]))) {
                plan[f] = NONE;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = dropBrokenDependents(plan);
            long[][] free = free(plan);
            for (int t = 0; t < teams; t++) {
                for (int per = 0; per < periods; per++) {
                    while (free[t][per] < 0) {
                        int slot = t * periods + per;
                        int drop = IntStream.range(0, n)
                                .filter(f -> plan[f] == slot && !fixed(f))
                                .boxed()
                                .min(Comparator.<Integer>comparingInt(f -> mustSchedule[f] ? 1 : 0)
                                        .thenComparingLong(f -> value[f]))
                                .orElseThrow();
                        plan[drop] = NONE;
                        free[t][per] += effort[drop];
                        changed = true;
                    }
                }
            }
        }
        fill(plan);
        return plan;
    }

    private boolean dropBrokenDependents(int[] plan) {
        boolean changed = false;
        for (int f : topo) {
            if (plan[f] == NONE || fixed(f)) {
                continue;
            }
            for (int b : prerequisites[f]) {
                if (plan[b] == NONE || period(plan[b]) > period(plan[f])) {
                    plan[f] = NONE;
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    /** Adds every unscheduled feature that still fits, most value per effort first, earliest period, tightest team. */
    void fill(int[] plan) {
        long[][] free = free(plan);
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[topo[i]] = i;
        }
        // What a commitment needs goes first (its deadline is tight), then the most value per person-month.
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(f -> mustSchedule[f] ? rank[f] : n)
                        .thenComparingDouble(f -> -(double) value[f] / effort[f])
                        .thenComparingLong(f -> -value[f]));
        boolean added = true;
        while (added) {
            added = false;
            for (int f : order) {
                if (plan[f] != NONE) {
                    continue;
                }
                int earliest = earliestPeriod(f, plan);
                if (earliest < 0) {
                    continue;
                }
                for (int per = earliest; per <= deadline[f] && plan[f] == NONE; per++) {
                    int best = NONE;
                    for (int t = 0; t < teams; t++) {
                        if ((requiredTeam[f] == NONE || requiredTeam[f] == t)
                                && free[t][per] >= effort[f]
                                && (best == NONE || free[t][per] < free[best][per])) {
                            best = t;
                        }
                    }
                    if (best != NONE) {
                        plan[f] = best * periods + per;
                        free[best][per] -= effort[f];
                        added = true;
                    }
                }
            }
        }
    }

    /** The earliest period the prerequisites allow, or −1 when one of them is unscheduled. */
    int earliestPeriod(int f, int[] plan) {
        int earliest = 0;
        for (int b : prerequisites[f]) {
            if (plan[b] == NONE) {
                return -1;
            }
            earliest = Math.max(earliest, period(plan[b]));
        }
        return earliest;
    }

    /** Refuses a plan that cannot keep the commitments: a feature a fixed one depends on did not fit in time. */
    void requireCommitmentsKept(int[] plan) {
        for (int f : topo) {
            if (mustSchedule[f] && plan[f] == NONE) {
                int needer = IntStream.range(0, n)
                        .filter(this::fixed)
                        .filter(a -> needs(a, f))
                        .findFirst()
                        .orElse(f);
                throw new InvalidInputException(
                        "commitments",
                        "The commitments cannot all be kept: \"" + title(needer) + "\" is fixed in "
                                + periodLabel(period(fixedSlot[needer])) + " and needs \"" + title(f)
                                + "\", which does not fit in " + periodLabel(deadline[f]) + " or earlier");
            }
        }
        String broken = violation(plan);
        if (broken != null) {
            throw new IllegalStateException("planner produced an invalid plan: " + broken);
        }
    }

    private boolean needs(int a, int b) {
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(a));
        boolean[] seen = new boolean[n];
        while (!todo.isEmpty()) {
            int x = todo.pop();
            for (int y : prerequisites[x]) {
                if (y == b) {
                    return true;
                }
                if (!seen[y]) {
                    seen[y] = true;
                    todo.push(y);
                }
            }
        }
        return false;
    }

    /**
     * A ceiling on the gain of any plan: fixed features at their gain, plus the free features that could fit somewhere,
     * relaxed to fractions, packed by value per effort into the periods' total free capacity, earliest first. With the
     * weights decreasing by period this greedy packing solves the relaxation exactly (an exchange argument).
     */
    double gainBound() {
        int[] plan = fixedPlan();
        long[][] free = free(plan);
        double bound = gain(plan);
        long[] room = new long[periods];
        for (int t = 0; t < teams; t++) {
            for (int per = 0; per < periods; per++) {
                room[per] += Math.max(0, free[t][per]);
            }
        }
        boolean[] possible = new boolean[n];
        for (int f : topo) {
            boolean fits = false;
            for (int t = 0; t < teams; t++) {
                for (int per = 0; per <= deadline[f]; per++) {
                    fits |= (requiredTeam[f] == NONE || requiredTeam[f] == t) && free[t][per] >= effort[f];
                }
            }
            possible[f] = !fixed(f) && fits && Arrays.stream(prerequisites[f]).allMatch(b -> possible[b] || fixed(b));
        }
        int[] order = IntStream.range(0, n)
                .filter(f -> possible[f] && value[f] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble(f -> -(double) value[f] / effort[f]))
                .mapToInt(Integer::intValue)
                .toArray();
        int per = 0;
        for (int f : order) {
            long rest = effort[f];
            double density = (double) value[f] / effort[f];
            while (rest > 0 && per < periods) {
                long take = Math.min(rest, room[per]);
                bound += density * take * (periods - per);
                room[per] -= take;
                rest -= take;
                if (room[per] == 0) {
                    per++;
                }
            }
        }
        return bound;
    }

    double toObjective(double gain) {
        return gain / SCALE / periods;
    }

    PlanResult result(int[] plan, PlanResult.Optimality optimality, double gainBound, Duration took) {
        List<PlanResult.Assignment> assignments = new ArrayList<>();
        List<PlanResult.Unscheduled> unscheduled = new ArrayList<>();
        long[][] free = free(plan);
        for (int f = 0; f < n; f++) {
            String id = problem.features().get(f).id();
            if (plan[f] != NONE) {
                assignments.add(new PlanResult.Assignment(
                        id,
                        problem.teams().get(team(plan[f])).id(),
                        problem.periods().get(period(plan[f])).id(),
                        fixed(f)));
            } else {
                unscheduled.add(new PlanResult.Unscheduled(id, reason(f, plan, free)));
            }
        }
        assignments.sort(Comparator.comparing((PlanResult.Assignment a) -> periodIndexOf(a.periodId()))
                .thenComparing(a -> teamIndexOf(a.teamId())));
        double objective = objective(plan);
        double upper = Math.max(objective, toObjective(gainBound));
        return new PlanResult(assignments, unscheduled, objective, upper, optimality, took);
    }

    private int periodIndexOf(String id) {
        for (int i = 0; i < periods; i++) {
            if (problem.periods().get(i).id().equals(id)) {
                return i;
            }
        }
        return periods;
    }

    private int teamIndexOf(String id) {
        for (int i = 0; i < teams; i++) {
            if (problem.teams().get(i).id().equals(id)) {
                return i;
            }
        }
        return teams;
    }

    /** Why an unscheduled feature is out of this plan, in words a PM can act on. */
    String reason(int f, int[] plan, long[][] free) {
        List<String> missing = Arrays.stream(prerequisites[f])
                .filter(b -> plan[b] == NONE)
                .mapToObj(b -> "\"" + title(b) + "\"")
                .toList();
        if (!missing.isEmpty()) {
            return "depends on " + String.join(" and ", missing) + (missing.size() == 1 ? ", which is" : ", which are")
                    + " not scheduled";
        }
        int earliest = earliestPeriod(f, plan);
        String needs = "needs " + pm(effort[f]);
        boolean oneTeam = requiredTeam[f] != NONE;
        String who = oneTeam ? teamName(requiredTeam[f]) : null;
        long most = 0;
        long mostFree = 0;
        long mostLater = 0;
        for (int t = 0; t < teams; t++) {
            if (oneTeam && t != requiredTeam[f]) {
                continue;
            }
            for (int per = 0; per < periods; per++) {
                most = Math.max(most, capacity[t][per]);
                if (per >= earliest) {
                    mostLater = Math.max(mostLater, capacity[t][per]);
                    mostFree = Math.max(mostFree, free[t][per]);
                }
            }
        }
        String whoHas = oneTeam ? "the most its required team " + who + " has" : "the most any team has";
        if (effort[f] > most) {
            return needs + "; " + whoHas + " in a period is " + pm(most);
        }
        String from = earliest > 0 ? " from " + periodLabel(earliest) + " on (after its prerequisites)" : "";
        if (effort[f] > mostLater) {
            return needs + "; " + whoHas + " in a period" + from + " is " + pm(mostLater);
        }
        return needs + "; "
                + (oneTeam ? "its required team " + who + " is full: the most it has" : "the most any team has")
                + " free in any period" + from + " is " + pm(Math.max(0, mostFree))
                + " (the rest went to higher-scoring work)";
    }

    static String pm(long thousandths) {
        double v = thousandths / (double) SCALE;
        String s = v == Math.rint(v)
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
        return s + (s.equals("1") ? " person-month" : " person-months");
    }

    private int[] topologicalOrder(List<FieldError> errors) {
        int[] indegree = new int[n];
        for (int f = 0; f < n; f++) {
            indegree[f] = prerequisites[f].length;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int f = 0; f < n; f++) {
            if (indegree[f] == 0) {
                ready.add(f);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int f = ready.poll();
            order[k++] = f;
            for (int a : dependents[f]) {
                if (--indegree[a] == 0) {
                    ready.add(a);
                }
            }
        }
        if (k < n) {
            errors.add(new FieldError("dependencies", "Dependency cycle: " + cycle(indegree)));
        }
        return order;
    }

    /** Names one cycle among the features a topological sort could not place. */
    private String cycle(int[] indegree) {
        int start =
                IntStream.range(0, n).filter(f -> indegree[f] > 0).findFirst().orElseThrow();
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<Integer> path = new ArrayList<>();
        int f = start;
        while (!seenAt.containsKey(f)) {
            seenAt.put(f, path.size());
            path.add(f);
            int next = f;
            for (int b : prerequisites[f]) {
                if (indegree[b] > 0) {
                    next = b;
                    break;
                }
            }
            f = next;
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(f), path.size()));
        loop.add(f);
        return loop.stream().map(x -> "\"" + title(x) + "\"").collect(Collectors.joining(" needs "));
    }

    private void checkCommitments(List<FieldError> errors) {
        long[][] free = free(fixedSlot);
        for (int t = 0; t < teams; t++) {
            for (int per = 0; per < periods; per++) {
                if (free[t][per] < 0) {
                    errors.add(new FieldError(
                            "commitments",
                            "Commitments give " + teamName(t) + " "
                                    + pm(capacity[t][per] - free[t][per]) + " of work in " + periodLabel(per)
                                    + " but it has " + pm(capacity[t][per])));
                }
            }
        }
        Arrays.fill(deadline, periods - 1);
        for (int i = n - 1; i >= 0; i--) {
            int a = topo[i];
            int limit = fixed(a) ? period(fixedSlot[a]) : deadline[a];
            boolean needed = fixed(a) || mustSchedule[a];
            for (int b : prerequisites[a]) {
                if (needed) {
                    mustSchedule[b] = true;
                    deadline[b] = Math.min(deadline[b], limit);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int b = i;
            if (fixed(b) && mustSchedule[b] && period(fixedSlot[b]) > deadline[b]) {
                int a = IntStream.range(0, n)
                        .filter(x -> fixed(x) && needs(x, b) && period(fixedSlot[x]) < period(fixedSlot[b]))
                        .findFirst()
                        .orElse(b);
                errors.add(new FieldError(
                        "commitments",
                        "\"" + title(a) + "\" is fixed in "
                                + periodLabel(period(fixedSlot[a])) + " but needs \"" + title(b) + "\", fixed later in "
                                + periodLabel(period(fixedSlot[b]))));
            } else if (!fixed(b) && mustSchedule[b]) {
                boolean fits = false;
                for (int t = 0; t < teams; t++) {
                    for (int per = 0; per <= deadline[b]; per++) {
                        fits |= (requiredTeam[b] == NONE || requiredTeam[b] == t) && capacity[t][per] >= effort[b];
                    }
                }
                if (!fits) {
                    errors.add(new FieldError(
                            "commitments",
                            "A commitment needs \"" + title(b) + "\" ("
                                    + pm(effort[b]) + ") done by " + periodLabel(deadline[b])
                                    + ", but no team it may go to has that much capacity in any period by then"));
                }
            }
        }
    }

    private static Map<String, Integer> index(List<String> ids, String field, String noun, List<FieldError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (index.putIfAbsent(ids.get(i), i) != null) {
                errors.add(new FieldError(field, "Two " + noun + "s share the id " + ids.get(i)));
            }
        }
        return index;
    }
}
