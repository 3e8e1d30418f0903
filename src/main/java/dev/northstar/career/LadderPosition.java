package dev.northstar.career;

import java.time.Instant;

/** Where the user says they are on the ladder and where they aim; either may be unset (null). */
public record LadderPosition(LadderLevel current, LadderLevel target, Instant updatedAt) {

    public static final LadderPosition UNSET = new LadderPosition(null, null, null);
}
