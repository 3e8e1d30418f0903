package dev.northstar.specs.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.specs.Stories;
import dev.northstar.specs.StoryStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many stories there are and how many are ready to build. */
@Component
class SpecsCard implements OverviewCard.Contributor {

    private final Stories stories;
    private final MessageSource messages;

    SpecsCard(Stories stories, MessageSource messages) {
        this.stories = stories;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        Map<StoryStatus, Long> counts = stories.countByStatus(productId);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return List.of(new OverviewCard(
                70,
                text("specs.card.title"),
                total == 0 ? null : String.valueOf(total),
                total == 0
                        ? text("specs.card.empty")
                        : text(
                                "specs.card.detail",
                                counts.getOrDefault(StoryStatus.READY, 0L),
                                counts.getOrDefault(StoryStatus.DONE, 0L)),
                "/products/" + productId + "/stories",
                text("specs.card.action"),
                List.of()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
