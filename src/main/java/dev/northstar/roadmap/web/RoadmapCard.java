package dev.northstar.roadmap.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.roadmap.Board;
import dev.northstar.roadmap.Roadmaps;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many features are now, next and later. */
@Component
class RoadmapCard implements OverviewCard.Contributor {

    private final Roadmaps roadmaps;
    private final MessageSource messages;

    RoadmapCard(Roadmaps roadmaps, MessageSource messages) {
        this.roadmaps = roadmaps;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        Board board = roadmaps.board(productId);
        int[] n = board.columns().stream().mapToInt(c -> c.cards().size()).toArray();
        int total = n[0] + n[1] + n[2];
        return List.of(new OverviewCard(
                50,
                text("roadmap.card.title"),
                total == 0 ? null : String.valueOf(total),
                total == 0 ? text("roadmap.card.empty") : text("roadmap.card.detail", n[0], n[1], n[2]),
                "/products/" + productId + "/roadmap",
                text("roadmap.card.action"),
                List.of()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
