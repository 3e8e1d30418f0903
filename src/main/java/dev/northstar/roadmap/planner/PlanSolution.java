package dev.northstar.roadmap.planner;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;

/** The solver's working plan: slots to choose from, precedences, and the features (jobs) being placed. */
@PlanningSolution
class PlanSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    List<Slot> slots;

    @ProblemFactCollectionProperty
    List<Precedence> precedences;

    @PlanningEntityCollectionProperty
    List<Job> jobs;

    @PlanningScore
    HardSoftLongScore score;

    PlanSolution() {}

    PlanSolution(List<Slot> slots, List<Precedence> precedences, List<Job> jobs) {
        this.slots = slots;
        this.precedences = precedences;
        this.jobs = jobs;
    }
}
