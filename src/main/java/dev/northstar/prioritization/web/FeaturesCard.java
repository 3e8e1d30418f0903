package dev.northstar.prioritization.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.Features;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many features there are and how many are on their way. */
@Component
class FeaturesCard implements OverviewCard.Contributor {

    private final Features features;
    private final MessageSource messages;

    FeaturesCard(Features features, MessageSource messages) {
        this.features = features;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        Map<FeatureStatus, Long> counts = features.countByStatus(productId);
        long total = counts.entrySet().stream()
                .filter(e -> e.getKey() != FeatureStatus.ARCHIVED)
                .mapToLong(Map.Entry::getValue)
                .sum();
        long moving =
                counts.getOrDefault(FeatureStatus.PLANNED, 0L) + counts.getOrDefault(FeatureStatus.IN_PROGRESS, 0L);
        long shipped = counts.getOrDefault(FeatureStatus.SHIPPED, 0L) + counts.getOrDefault(FeatureStatus.MEASURED, 0L);
        return List.of(new OverviewCard(
                40,
                text("features.card.title"),
                total == 0 ? null : String.valueOf(total),
                total == 0 ? text("features.card.empty") : text("features.card.detail", moving, shipped),
                "/products/" + productId + "/features",
                text("features.card.action"),
                List.of()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
