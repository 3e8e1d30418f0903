package dev.northstar.prioritization;

import dev.northstar.discovery.Importance;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A feature's evidence score: Σ over its linked highlights of importance weight (nice-to-have 1,
 * important 2, critical 3) × customer weight (segment or revenue, when the product asks for it) ×
 * 0.5^(age in days / half-life). A highlight without a date counts as new.
 */
public record EvidenceScore(double score, List<Line> lines) {

    public record Item(
            UUID highlightId, String quote, Importance importance, Instant at, String segment, BigDecimal revenue) {}

    public record Line(
            Item item,
            int importanceWeight,
            double customerWeight,
            double ageDays,
            double decay,
            double contribution) {}

    public static final EvidenceScore NONE = new EvidenceScore(0, List.of());

    public static int importanceWeight(Importance importance) {
        if (importance == null) {
            return 1;
        }
        return switch (importance) {
            case NICE_TO_HAVE -> 1;
            case IMPORTANT -> 2;
            case CRITICAL -> 3;
        };
    }

    public static double revenueWeight(BigDecimal revenue) {
        if (revenue == null || revenue.signum() <= 0) {
            return 1;
        }
        return 1 + Math.log10(1 + revenue.doubleValue() / 1000.0);
    }

    public static EvidenceScore compute(List<Item> items, EvidenceSettings settings, Instant now) {
        List<Line> lines = new ArrayList<>();
        double total = 0;
        for (Item item : items) {
            int w = importanceWeight(item.importance());
            double customer = switch (settings.weighting()) {
                case NONE -> 1;
                case SEGMENT -> settings.segmentWeight(item.segment());
                case REVENUE -> revenueWeight(item.revenue());
            };
            double age = item.at() == null || item.at().isAfter(now)
                    ? 0
                    : Duration.between(item.at(), now).toSeconds() / 86400.0;
            double decay = Math.pow(0.5, age / settings.halfLifeDays());
            double c = w * customer * decay;
            total += c;
            lines.add(new Line(item, w, customer, age, decay, c));
        }
        return new EvidenceScore(total, lines);
    }
}
