package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.discovery.HighlightView;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.OpportunityTree;
import dev.northstar.discovery.OpportunityTrees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads the discovery evidence features cite through discovery's facades: checks that references
 * exist in the product and resolves them to quotes and titles. One {@link Lookup} per request keeps a
 * list of features from asking for the opportunity tree once per feature.
 */
@Component
class EvidenceCatalog {

    private final Highlights highlights;
    private final Needs needs;
    private final OpportunityTrees trees;

    EvidenceCatalog(Highlights highlights, Needs needs, OpportunityTrees trees) {
        this.highlights = highlights;
        this.needs = needs;
        this.trees = trees;
    }

    Lookup lookup(UUID productId) {
        return new Lookup(productId);
    }

    /** Refuses evidence that is not this product's, naming the entry. */
    void check(UUID productId, List<EvidenceRef> refs) {
        Lookup lookup = lookup(productId);
        for (int i = 0; i < refs.size(); i++) {
            EvidenceRef ref = refs.get(i);
            if (lookup.resolve(ref, null).isEmpty()) {
                throw new InvalidInputException(
                        "evidence[" + i + "].refId", "no " + ref.kind().label() + " with this id in the product");
            }
        }
    }

    final class Lookup {
        private final UUID productId;
        private final Map<UUID, Optional<HighlightView>> highlightCache = new HashMap<>();
        private final Map<UUID, Optional<NeedView>> needCache = new HashMap<>();
        private Map<UUID, OpportunityTree.Opportunity> opportunities;

        private Lookup(UUID productId) {
            this.productId = productId;
        }

        /** Reads every highlight the links cite in one go, so resolving them costs no query each. */
        void prefetch(java.util.Collection<List<FeatureRows.Link>> links) {
            List<UUID> wanted = links.stream()
                    .flatMap(List::stream)
                    .filter(l -> l.kind() == EvidenceKind.HIGHLIGHT && !highlightCache.containsKey(l.refId()))
                    .map(FeatureRows.Link::refId)
                    .distinct()
                    .toList();
            if (wanted.isEmpty()) {
                return;
            }
            wanted.forEach(id -> highlightCache.put(id, Optional.empty()));
            highlights.byIds(productId, wanted).forEach(h -> highlightCache.put(h.id(), Optional.of(h)));
        }

        List<EvidenceLink> resolve(List<FeatureRows.Link> links) {
            List<EvidenceLink> out = new ArrayList<>();
            for (FeatureRows.Link link : links) {
                resolve(new EvidenceRef(link.kind(), link.refId()), link.at()).ifPresent(out::add);
            }
            return out;
        }

        Optional<EvidenceLink> resolve(EvidenceRef ref, java.time.Instant linkedAt) {
            return switch (ref.kind()) {
                case HIGHLIGHT ->
                    highlightCache
                            .computeIfAbsent(ref.refId(), id -> quietly(() -> highlights.get(productId, id)))
                            .map(h -> new EvidenceLink(
                                    EvidenceKind.HIGHLIGHT,
                                    h.id(),
                                    h.quote(),
                                    h.importance().label(),
                                    h.noteDate(),
                                    h.customer(),
                                    h.noteId(),
                                    linkedAt));
                case NEED ->
                    needCache
                            .computeIfAbsent(ref.refId(), id -> quietly(() -> needs.get(productId, id)))
                            .map(n -> new EvidenceLink(
                                    EvidenceKind.NEED,
                                    n.id(),
                                    n.title(),
                                    n.importance().label(),
                                    null,
                                    null,
                                    null,
                                    linkedAt));
                case OPPORTUNITY ->
                    Optional.ofNullable(opportunities().get(ref.refId()))
                            .map(o -> new EvidenceLink(
                                    EvidenceKind.OPPORTUNITY,
                                    o.id(),
                                    o.title(),
                                    o.needImportance() == null
                                            ? null
                                            : o.needImportance().label(),
                                    null,
                                    null,
                                    null,
                                    linkedAt));
            };
        }

        private Map<UUID, OpportunityTree.Opportunity> opportunities() {
            if (opportunities == null) {
                opportunities = new HashMap<>();
                trees.get(productId).opportunities().forEach(o -> opportunities.put(o.id(), o));
            }
            return opportunities;
        }

        private static <T> Optional<T> quietly(java.util.function.Supplier<T> read) {
            try {
                return Optional.of(read.get());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }
    }
}
