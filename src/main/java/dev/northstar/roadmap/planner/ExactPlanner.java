package dev.northstar.roadmap.planner;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Exhaustive branch-and-bound search for the optimal plan. Exponential: meant for small instances (about a dozen
 * features) and for checking {@link Planner} against the true optimum.
 */
public final class ExactPlanner {

    private ExactPlanner() {}

    /** The optimal plan (proven); throws {@link dev.northstar.common.InvalidInputException} for an invalid problem. */
    public static PlanResult solve(PlanProblem problem) {
        long start = System.nanoTime();
        Model model = Model.of(problem);
        int[] plan = new Search(model, Long.MAX_VALUE).run();
        model.requireCommitmentsKept(plan);
        return model.result(
                plan,
                PlanResult.Optimality.PROVEN_OPTIMAL,
                model.gain(plan),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The optimal plan, or null when the search needs more than {@code nodeBudget} nodes. */
    static int[] search(Model model, long nodeBudget) {
        return new Search(model, nodeBudget).run();
    }

    private static final class Search {
        private final Model m;
        private final long budget;
        private final int[] order; // free features, prerequisites first, otherwise by value per effort
        private final int[] byDensity; // free features by value per effort, for the bound
        private final boolean[] decided;
        private final int[] plan;
        private final long[][] free;
        private int[] best;
        private long bestGain;
        private long nodes;
        private boolean exhausted;

        Search(Model m, long budget) {
            this.m = m;
            this.budget = budget;
            Comparator<Integer> density = Comparator.comparingDouble(f -> -(double) m.value[f] / m.effort[f]);
            this.order = densityFirstTopologicalOrder(density);
            this.byDensity = Arrays.stream(order)
                    .boxed()
                    .sorted(density)
                    .mapToInt(Integer::intValue)
                    .toArray();
            this.decided = new boolean[m.n];
            this.plan = m.fixedPlan();
            for (int f = 0; f < m.n; f++) {
                decided[f] = m.fixed(f);
            }
            this.free = m.free(plan);
        }

        int[] run() {
            best = m.repairAndFill(m.fixedPlan());
            bestGain = m.violation(best) == null && mustKept(best) ? m.gain(best) : -1;
            branch(0, m.gain(plan));
            if (exhausted) {
                return null;
            }
            return best;
        }

        private boolean mustKept(int[] p) {
            for (int f = 0; f < m.n; f++) {
                if (m.mustSchedule[f] && p[f] == Model.NONE) {
                    return false;
                }
            }
            return true;
        }

        private void branch(int depth, long gain) {
            if (exhausted || ++nodes > budget) {
                exhausted = true;
                return;
            }
            if (depth == order.length) {
                if (gain > bestGain) {
                    bestGain = gain;
                    best = plan.clone();
                }
                return;
            }
            if ((long) Math.floor(gain + bound() + 1e-6) <= bestGain) {
                return;
            }
            int f = order[depth];
            decided[f] = true;
            int earliest = m.earliestPeriod(f, plan);
            if (earliest >= 0) {
                for (int per = earliest; per <= m.deadline[f]; per++) {
                    for (int t = 0; t < m.teams; t++) {
                        if ((m.requiredTeam[f] == Model.NONE || m.requiredTeam[f] == t)
                                && free[t][per] >= m.effort[f]) {
                            plan[f] = t * m.periods + per;
                            free[t][per] -= m.effort[f];
                            branch(depth + 1, gain + m.gain(f, per));
                            free[t][per] += m.effort[f];
                            plan[f] = Model.NONE;
                        }
                    }
                }
            }
            if (!m.mustSchedule[f]) {
                branch(depth + 1, gain);
            }
            decided[f] = false;
        }

        /** The relaxation of {@link Model#gainBound()} over the undecided features and the room left. */
        private double bound() {
            long[] room = new long[m.periods];
            for (int t = 0; t < m.teams; t++) {
                for (int per = 0; per < m.periods; per++) {
                    room[per] += Math.max(0, free[t][per]);
                }
            }
            double bound = 0;
            int per = 0;
            for (int f : byDensity) {
                if (decided[f] || m.value[f] == 0 || blocked(f)) {
                    continue;
                }
                long rest = m.effort[f];
                double density = (double) m.value[f] / m.effort[f];
                while (rest > 0 && per < m.periods) {
                    long take = Math.min(rest, room[per]);
                    bound += density * take * (m.periods - per);
                    room[per] -= take;
                    rest -= take;
                    if (room[per] == 0) {
                        per++;
                    }
                }
                if (per == m.periods) {
                    break;
                }
            }
            return bound;
        }

        private boolean blocked(int f) {
            for (int b : m.prerequisites[f]) {
                if (decided[b] && plan[b] == Model.NONE) {
                    return true;
                }
            }
            return false;
        }

        private int[] densityFirstTopologicalOrder(Comparator<Integer> density) {
            int[] waiting = new int[m.n];
            PriorityQueue<Integer> ready = new PriorityQueue<>(density.thenComparingInt(f -> f));
            for (int f = 0; f < m.n; f++) {
                waiting[f] = m.prerequisites[f].length;
                if (waiting[f] == 0) {
                    ready.add(f);
                }
            }
            int[] result = new int[m.n];
            int k = 0;
            while (!ready.isEmpty()) {
                int f = ready.poll();
                if (!m.fixed(f)) {
                    result[k++] = f;
                }
                for (int a : m.dependents[f]) {
                    if (--waiting[a] == 0) {
                        ready.add(a);
                    }
                }
            }
            return Arrays.copyOf(result, k);
        }
    }
}
