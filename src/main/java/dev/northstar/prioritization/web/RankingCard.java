package dev.northstar.prioritization.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.prioritization.Rankings;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many features are scored, and the way to the ranking. */
@Component
class RankingCard implements OverviewCard.Contributor {

    private final Rankings rankings;
    private final MessageSource messages;

    RankingCard(Rankings rankings, MessageSource messages) {
        this.rankings = rankings;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        long scored = rankings.scoredFeatures(productId);
        return List.of(new OverviewCard(
                45,
                text("ranking.card.title"),
                scored == 0 ? null : String.valueOf(scored),
                scored == 0 ? text("ranking.card.empty") : text("ranking.card.detail", scored),
                "/products/" + productId + "/ranking",
                text(scored == 0 ? "ranking.card.start" : "ranking.card.action"),
                List.of()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
