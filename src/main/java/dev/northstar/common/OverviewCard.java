package dev.northstar.common;

import java.util.List;

/**
 * A card on a product's overview page. Modules contribute cards through {@link Contributor} beans,
 * so the overview can show discovery, planning and metrics without the workspace module knowing them.
 */
public record OverviewCard(
        int order, String title, String value, String detail, String href, String action, List<String> lines) {

    public interface Contributor {
        /** Cards for a product the current user can see; called while rendering the overview. */
        List<OverviewCard> cards(java.util.UUID productId);
    }
}
