package dev.northstar.decisions.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.decisions.Decisions;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many decisions are recorded. */
@Component
class DecisionsCard implements OverviewCard.Contributor {

    private final Decisions decisions;
    private final MessageSource messages;

    DecisionsCard(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        long n = decisions.count(productId);
        return List.of(new OverviewCard(
                80,
                text("decisions.card.title"),
                n == 0 ? null : String.valueOf(n),
                n == 0 ? text("decisions.card.empty") : text("decisions.card.detail"),
                "/products/" + productId + "/decisions",
                text("decisions.card.action"),
                List.of()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
