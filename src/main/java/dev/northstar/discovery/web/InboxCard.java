package dev.northstar.discovery.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NoteState;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The inbox on a product's overview: how many notes, how many still wait for triage. */
@Component
class InboxCard implements OverviewCard.Contributor {

    private final FeedbackInbox inbox;
    private final MessageSource messages;

    InboxCard(FeedbackInbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        Map<NoteState, Long> counts = inbox.countByState(productId);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long fresh = counts.getOrDefault(NoteState.NEW, 0L);
        String href = "/products/" + productId + "/notes";
        if (total == 0) {
            return List.of(new OverviewCard(
                    10,
                    msg("inbox.card.title"),
                    "0",
                    msg("inbox.card.empty"),
                    href,
                    msg("inbox.card.start"),
                    List.of()));
        }
        String detail = fresh == 0 ? msg("inbox.card.allTriaged") : msg("inbox.card.new", fresh);
        return List.of(new OverviewCard(
                10,
                msg("inbox.card.title"),
                Long.toString(total),
                detail,
                fresh == 0 ? href : href + "?state=new",
                msg("inbox.card.open"),
                List.of()));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
