package dev.northstar.roadmap.planner;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A feature as the solver sees it; {@code slot} null = unscheduled. */
@PlanningEntity
class Job {

    int index;
    long effort;
    long value;
    int requiredTeam;
    int deadline;
    boolean mustSchedule;

    @PlanningPin
    boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    Slot slot;

    Job() {}

    Job(
            int index,
            long effort,
            long value,
            int requiredTeam,
            int deadline,
            boolean mustSchedule,
            boolean pinned,
            Slot slot) {
        this.index = index;
        this.effort = effort;
        this.value = value;
        this.requiredTeam = requiredTeam;
        this.deadline = deadline;
        this.mustSchedule = mustSchedule;
        this.pinned = pinned;
        this.slot = slot;
    }

    int index() {
        return index;
    }

    long effort() {
        return effort;
    }

    Slot slot() {
        return slot;
    }

    boolean wrongTeam() {
        return requiredTeam != Model.NONE && slot.team() != requiredTeam;
    }

    boolean late() {
        return slot.period() > deadline;
    }

    long gain() {
        return value * slot.weight();
    }
}
