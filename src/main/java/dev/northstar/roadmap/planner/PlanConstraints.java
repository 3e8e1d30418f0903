package dev.northstar.roadmap.planner;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: no team-period over capacity, required teams, prerequisites scheduled and not later, features a commitment
 * needs scheduled in time. Hard penalties are in thousandths of a person-month so they weigh alike. Soft: value ×
 * (P − period index), i.e. the objective scaled by 1000 × P.
 *
 * <p>Public only because Timefold instantiates constraint providers reflectively and requires a public class.
 */
public class PlanConstraints implements ConstraintProvider {

    public PlanConstraints() {}

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            factory.forEach(Job.class)
                    .groupBy(Job::slot, sumLong(Job::effort))
                    .filter((slot, load) -> load > slot.capacity())
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, load) -> load - slot.capacity())
                    .asConstraint("capacity"),
            factory.forEach(Job.class)
                    .filter(Job::wrongTeam)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, Job::effort)
                    .asConstraint("required team"),
            factory.forEach(Job.class)
                    .filter(Job::late)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, Job::effort)
                    .asConstraint("needed by a commitment"),
            factory.forEachIncludingUnassigned(Job.class)
                    .filter(job -> job.mustSchedule && job.slot == null)
                    .penalizeLong(HardSoftLongScore.ONE_HARD, Job::effort)
                    .asConstraint("needed by a commitment but unscheduled"),
            factory.forEach(Job.class)
                    .join(Precedence.class, equal(Job::index, Precedence::dependent))
                    .join(
                            factory.forEachIncludingUnassigned(Job.class),
                            equal((job, precedence) -> precedence.prerequisite(), Job::index))
                    .filter((job, precedence, prerequisite) ->
                            prerequisite.slot == null || prerequisite.slot.period() > job.slot.period())
                    .penalizeLong(HardSoftLongScore.ONE_HARD, (job, precedence, prerequisite) -> job.effort)
                    .asConstraint("dependency"),
            factory.forEach(Job.class)
                    .rewardLong(HardSoftLongScore.ONE_SOFT, Job::gain)
                    .asConstraint("delivered value")
        };
    }
}
