package dev.northstar.discovery;

import java.time.Instant;
import java.util.List;

/**
 * A product's themes, biggest first. {@code computedAt} is null before the first computation;
 * {@code notes} counts the inbox, {@code pending} the notes whose meaning is still being read (they
 * join the themes at the next computation); fewer than {@code minimum} read notes make no themes.
 */
public record ThemeList(List<ThemeView> items, long total, Instant computedAt, long notes, long pending, int minimum) {

    public ThemeList {
        items = List.copyOf(items);
    }
}
