package dev.northstar.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * The planning horizon of a product: {@code horizon} periods of {@code granularity} from {@code start} (null = the
 * current period, so the horizon rolls forward by itself).
 */
public record RoadmapSettings(Granularity granularity, int horizon, Period start) {

    public static final RoadmapSettings DEFAULT = new RoadmapSettings(Granularity.QUARTER, 4, null);

    /** The first period of the horizon on {@code today}. */
    public Period first(LocalDate today) {
        return start != null ? start : Period.containing(granularity, today);
    }

    public List<Period> periods(LocalDate today) {
        return first(today).following(horizon);
    }
}
