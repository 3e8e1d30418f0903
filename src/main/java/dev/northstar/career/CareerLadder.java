package dev.northstar.career;

import dev.northstar.common.InvalidInputException;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career ladder (Associate PM … VP) with the signed-in user's position on it, and where their latest assessment
 * puts them: which rung's expectations they meet and what the next (or their target) rung asks that they do not.
 */
@Service
@Transactional
public class CareerLadder {

    private final Access access;
    private final CareerLibrary library;
    private final PositionRows positions;
    private final SkillAssessments assessments;

    CareerLadder(Access access, CareerLibrary library, PositionRows positions, SkillAssessments assessments) {
        this.access = access;
        this.library = library;
        this.positions = positions;
        this.assessments = assessments;
    }

    /** The rungs in order from the first. */
    public List<LadderLevel> levels() {
        return library.ladder();
    }

    @Transactional(readOnly = true)
    public LadderPosition position() {
        UUID user = access.current().userId();
        return positions
                .find(user)
                .map(r -> new LadderPosition(
                        library.level(r.current()).orElse(null),
                        library.level(r.target()).orElse(null),
                        r.updatedAt()))
                .orElse(LadderPosition.UNSET);
    }

    /**
     * Sets the current and target rungs by key (blank = unset); the target may not lie below the current rung.
     * Changing the target changes what the learning plan aims at.
     */
    public LadderPosition setPosition(String current, String target) {
        UUID user = access.current().userId();
        LadderLevel c = library.parseLevel(current, "current");
        LadderLevel t = library.parseLevel(target, "target");
        if (c != null && t != null && t.rank() < c.rank()) {
            throw new InvalidInputException(
                    "target", "The target level must be at or above your current level (" + c.name() + ")");
        }
        positions.save(user, c == null ? null : c.key(), t == null ? null : t.key(), Instant.now());
        return position();
    }

    /** Where the latest assessment puts the user on the ladder, and the gaps to the rung they work toward. */
    @Transactional(readOnly = true)
    public Standing standing() {
        return Standing.of(library.ladder(), assessments.latest().orElse(null), position());
    }
}
