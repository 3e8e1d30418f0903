package dev.northstar.career;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The "Where I stand" page in one read: the standing on the ladder, the plan's progress, the follow-ups due. */
@Service
@Transactional
public class CareerOverview {

    /** The overview; {@code plan} is empty until the first assessment. */
    public record View(Standing standing, LearningPlan plan, WeekView week, long applicationsActive) {}

    private final CareerLadder ladder;
    private final LearningPlans plans;
    private final FollowUps followUps;
    private final JobApplications applications;

    CareerOverview(CareerLadder ladder, LearningPlans plans, FollowUps followUps, JobApplications applications) {
        this.ladder = ladder;
        this.plans = plans;
        this.followUps = followUps;
        this.applications = applications;
    }

    public View get() {
        long active = applications.board().stream()
                .filter(c -> c.stage() != ApplicationStage.REJECTED && c.stage() != ApplicationStage.WISHLIST)
                .mapToLong(c -> c.applications().size())
                .sum();
        return new View(ladder.standing(), plans.plan(), followUps.week(), active);
    }
}
