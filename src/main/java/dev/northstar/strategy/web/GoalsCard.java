package dev.northstar.strategy.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: how many goals, and how far their key results have come on average. */
@Component
class GoalsCard implements OverviewCard.Contributor {

    private final Goals goals;
    private final MessageSource messages;

    GoalsCard(Goals goals, MessageSource messages) {
        this.goals = goals;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        List<GoalView> all = goals.all(productId);
        String href = "/products/" + productId + "/goals";
        if (all.isEmpty()) {
            return List.of(new OverviewCard(
                    30,
                    text("strategy.card.title"),
                    null,
                    text("strategy.card.empty"),
                    href,
                    text("strategy.card.start"),
                    List.of()));
        }
        List<Double> progress = all.stream()
                .flatMap(g -> g.keyResults().stream())
                .map(k -> k.progress())
                .filter(Objects::nonNull)
                .toList();
        String detail = progress.isEmpty()
                ? text("strategy.card.noKeyResults")
                : text(
                        "strategy.card.detail",
                        progress.size(),
                        Math.round(100
                                * progress.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .average()
                                        .orElse(0)));
        List<String> lines = all.stream()
                .limit(3)
                .map(g -> g.percent() == null ? g.title() : g.title() + " (" + g.percent() + "%)")
                .toList();
        return List.of(new OverviewCard(
                30,
                text("strategy.card.title"),
                text("strategy.card.value", all.size()),
                detail,
                href,
                text("strategy.card.action"),
                lines));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
