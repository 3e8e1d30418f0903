package dev.northstar.discovery.web;

import dev.northstar.common.OverviewCard;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTree;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.discovery.PersonaKind;
import dev.northstar.discovery.Personas;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Overview cards: how many personas and segments, the needs with the most evidence, and the state of the tree. */
@Component
class PersonaCards implements OverviewCard.Contributor {

    private final Personas personas;
    private final Needs needs;
    private final OpportunityTrees trees;
    private final MessageSource messages;

    PersonaCards(Personas personas, Needs needs, OpportunityTrees trees, MessageSource messages) {
        this.personas = personas;
        this.needs = needs;
        this.trees = trees;
        this.messages = messages;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        String base = "/products/" + productId;
        long people = personas.count(productId, PersonaKind.PERSONA);
        long segments = personas.count(productId, PersonaKind.SEGMENT);
        OverviewCard personaCard = people + segments == 0
                ? new OverviewCard(
                        40,
                        msg("card.personas"),
                        "0",
                        msg("card.personas.empty"),
                        base + "/personas",
                        msg("card.personas.action"),
                        List.of())
                : new OverviewCard(
                        40,
                        msg("card.personas"),
                        String.valueOf(people + segments),
                        msg("card.personas.detail", people, segments),
                        base + "/personas",
                        null,
                        List.of());

        long needCount = needs.count(productId);
        List<NeedView> top = needs.mostEvidenced(productId, 3);
        OverviewCard needCard = needCount == 0
                ? new OverviewCard(
                        41,
                        msg("card.needs"),
                        "0",
                        msg("card.needs.empty"),
                        base + "/needs",
                        msg("card.needs.action"),
                        List.of())
                : new OverviewCard(
                        41,
                        msg("card.needs"),
                        String.valueOf(needCount),
                        top.isEmpty() ? msg("card.needs.none") : msg("card.needs.detail"),
                        base + "/needs",
                        null,
                        top.stream()
                                .map(n ->
                                        msg("card.needs.line", n.title(), msg("need.evidenceCount", n.evidenceCount())))
                                .toList());

        OpportunityTree tree = trees.get(productId);
        int solutions = tree.opportunities().stream()
                .mapToInt(o -> o.solutions().size())
                .sum();
        int tests = tree.opportunities().stream()
                .flatMap(o -> o.solutions().stream())
                .mapToInt(s -> s.assumptionTests().size())
                .sum();
        OverviewCard treeCard = tree.outcome() == null
                ? new OverviewCard(
                        42,
                        msg("card.tree"),
                        null,
                        msg("card.tree.empty"),
                        base + "/opportunities",
                        msg("card.tree.action"),
                        List.of())
                : new OverviewCard(
                        42,
                        msg("card.tree"),
                        null,
                        msg("card.tree.detail", tree.opportunities().size(), solutions, tests),
                        base + "/opportunities",
                        null,
                        List.of(tree.outcome()));
        return List.of(personaCard, needCard, treeCard);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
