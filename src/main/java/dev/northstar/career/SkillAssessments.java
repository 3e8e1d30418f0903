package dev.northstar.career;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.practice.Skill;
import dev.northstar.workspace.Access;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's skill self-assessments: each rates all seven skills 1–5 on a given day and is kept, so the
 * history shows how the ratings moved. Another user's assessment answers "not found".
 */
@Service
@Transactional
public class SkillAssessments {

    static final int NOTE_MAX = 2000;

    private final Access access;
    private final AssessmentRows rows;
    private final Clock clock;

    SkillAssessments(Access access, AssessmentRows rows) {
        this.access = access;
        this.rows = rows;
        this.clock = Clock.systemDefaultZone();
    }

    /** Records an assessment; every skill needs a level 1–5, the day may not lie in the future. */
    public AssessmentView record(AssessmentInput input) {
        UUID user = user();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = input.assessedOn() == null ? today : input.assessedOn();
        Checks checks = Checks.start();
        checks.require(!on.isAfter(today), "assessedOn", "The assessment date cannot be in the future");
        List<Rating> ratings = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            Integer level = input.levels().get(skill);
            String field = "ratings." + skill.key();
            if (level == null) {
                checks.require(false, field, "Rate " + skill.label() + ": choose the level whose description fits");
                continue;
            }
            checks.require(level >= 1 && level <= 5, field, skill.label() + " must be rated 1 to 5");
            String note = Checks.trimToNull(input.notes().get(skill));
            checks.maxLength(note, NOTE_MAX, "notes." + skill.key(), "The note on " + skill.label());
            ratings.add(new Rating(skill, level, note));
        }
        checks.orThrow();
        UUID id = UUID.randomUUID();
        rows.insert(user, id, on, ratings, Instant.now(clock));
        return get(id);
    }

    @Transactional(readOnly = true)
    public AssessmentView get(UUID assessmentId) {
        return rows.find(user(), assessmentId).orElseThrow(() -> new NotFoundException("assessment"));
    }

    /** The assessments, newest first. */
    @Transactional(readOnly = true)
    public PageResult<AssessmentView> list(Paging paging) {
        UUID user = user();
        return new PageResult<>(rows.page(user, paging), rows.count(user));
    }

    /** Every assessment, oldest first: the history behind the charts. */
    @Transactional(readOnly = true)
    public List<AssessmentView> history() {
        return rows.all(user());
    }

    /** The most recent assessment (by its day, then when it was entered). */
    @Transactional(readOnly = true)
    public Optional<AssessmentView> latest() {
        return rows.latest(user());
    }

    /** Two assessments side by side, skill by skill; {@code from} is usually the older one. */
    @Transactional(readOnly = true)
    public AssessmentComparison compare(UUID from, UUID to) {
        UUID user = user();
        if (from == null) {
            throw new InvalidInputException("from", "Choose the first assessment to compare");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Choose the second assessment to compare");
        }
        AssessmentView a = rows.find(user, from).orElseThrow(() -> new NotFoundException("assessment"));
        AssessmentView b = rows.find(user, to).orElseThrow(() -> new NotFoundException("assessment"));
        return AssessmentComparison.of(a, b);
    }

    public void delete(UUID assessmentId) {
        if (!rows.delete(user(), assessmentId)) {
            throw new NotFoundException("assessment");
        }
    }

    private UUID user() {
        return access.current().userId();
    }
}
