package dev.northstar.discovery.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.discovery.ThemeView;
import dev.northstar.discovery.Themes;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The overview card: the three biggest themes of the inbox. */
@Component
class ThemesCard implements OverviewCard.Contributor {

    private final Themes themes;
    private final MessageSource messages;

    ThemesCard(Themes themes, MessageSource messages) {
        this.themes = themes;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        List<ThemeView> top = themes.top(productId, 3);
        String href = "/products/" + productId + "/themes";
        if (top.isEmpty()) {
            return List.of(new OverviewCard(
                    20,
                    text("themes.card.title"),
                    null,
                    text("themes.card.empty"),
                    href,
                    text("themes.card.open"),
                    List.of()));
        }
        List<String> lines =
                top.stream().map(t -> t.label() + " (" + t.size() + ")").toList();
        return List.of(new OverviewCard(
                20,
                text("themes.card.title"),
                null,
                text("themes.card.detail"),
                href,
                text("themes.card.action"),
                lines));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
