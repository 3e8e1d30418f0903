package dev.northstar.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Computes a product's themes from its note embeddings and stores them; one computation per product at a time. */
@Component
class ThemeEngine {

    /** Fewer notes than this make no themes worth the name. */
    static final int MIN_NOTES = 5;

    static final long SEED = 20_240_601L;

    private static final Logger log = LoggerFactory.getLogger(ThemeEngine.class);

    private final NoteVectors vectors;
    private final ThemeStore store;
    private final TransactionTemplate tx;
    private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

    ThemeEngine(NoteVectors vectors, ThemeStore store, TransactionTemplate tx) {
        this.vectors = vectors;
        this.store = store;
        this.tx = tx;
    }

    void compute(UUID productId) {
        synchronized (locks.computeIfAbsent(productId, k -> new Object())) {
            long start = System.nanoTime();
            List<UUID> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<float[]> vs = new ArrayList<>();
            vectors.forEachInProduct(productId, p -> {
                ids.add(p.noteId());
                texts.add(p.text());
                vs.add(p.vector());
            });
            long loaded = System.nanoTime();
            List<ThemeStore.NewTheme> themes =
                    ids.size() < MIN_NOTES ? List.of() : themes(productId, ids, texts, vs.toArray(float[][]::new));
            long computed = System.nanoTime();
            store(productId, themes);
            long end = System.nanoTime();
            log.info(
                    "Themes of product {}: {} themes from {} notes in {} ms (loading {} ms, clustering and labelling {} ms, storing {} ms)",
                    productId,
                    themes.size(),
                    ids.size(),
                    (end - start) / 1_000_000,
                    (loaded - start) / 1_000_000,
                    (computed - loaded) / 1_000_000,
                    (end - computed) / 1_000_000);
        }
    }

    private void store(UUID productId, List<ThemeStore.NewTheme> themes) {
        try {
            tx.executeWithoutResult(s -> store.replace(productId, themes, Instant.now()));
        } catch (DataIntegrityViolationException e) {
            // a note was deleted while the themes were computed: leave out whatever is gone and store the rest
            Set<UUID> alive = new HashSet<>(vectors.noteIds(productId));
            List<ThemeStore.NewTheme> kept = new ArrayList<>();
            for (ThemeStore.NewTheme t : themes) {
                List<ThemeStore.Member> members = t.members().stream()
                        .filter(m -> alive.contains(m.noteId()))
                        .toList();
                if (!members.isEmpty()) {
                    kept.add(new ThemeStore.NewTheme(t.id(), t.label(), t.keywords(), members));
                }
            }
            tx.executeWithoutResult(s -> store.replace(productId, kept, Instant.now()));
        }
    }

    private List<ThemeStore.NewTheme> themes(UUID productId, List<UUID> ids, List<String> texts, float[][] vs) {
        ThemeClustering.Result result = ThemeClustering.cluster(vs, SEED);
        int[] clusterOf = new int[ids.size()];
        List<ThemeClustering.Cluster> clusters = result.clusters();
        for (int c = 0; c < clusters.size(); c++) {
            for (int m : clusters.get(c).members()) {
                clusterOf[m] = c;
            }
        }
        List<ThemeLabels.Label> labels = ThemeLabels.label(texts, clusterOf, clusters.size());
        Map<UUID, UUID> before = store.membership(productId);
        Map<UUID, Integer> oldSizes = new HashMap<>();
        for (UUID old : before.values()) {
            oldSizes.merge(old, 1, Integer::sum);
        }
        Set<UUID> reused = new HashSet<>();
        List<ThemeStore.NewTheme> out = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            ThemeClustering.Cluster cluster = clusters.get(c);
            List<ThemeStore.Member> members = new ArrayList<>(cluster.size());
            for (int i = 0; i < cluster.size(); i++) {
                members.add(new ThemeStore.Member(
                        ids.get(cluster.members()[i]), Math.round(cluster.similarity()[i] * 10_000) / 10_000.0));
            }
            UUID id = previousId(members, before, oldSizes, reused);
            out.add(new ThemeStore.NewTheme(
                    id, labels.get(c).label(), labels.get(c).keywords(), members));
        }
        return out;
    }

    /** The id of the old theme most of these notes were in, when the two overlap by more than half; else a new id. */
    private static UUID previousId(
            List<ThemeStore.Member> members, Map<UUID, UUID> before, Map<UUID, Integer> oldSizes, Set<UUID> reused) {
        Map<UUID, Integer> overlap = new HashMap<>();
        for (ThemeStore.Member m : members) {
            UUID old = before.get(m.noteId());
            if (old != null) {
                overlap.merge(old, 1, Integer::sum);
            }
        }
        return overlap.entrySet().stream()
                .filter(e -> !reused.contains(e.getKey()))
                .filter(e -> e.getValue() * 2 > members.size() && e.getValue() * 2 > oldSizes.get(e.getKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .map(id -> {
                    reused.add(id);
                    return id;
                })
                .orElseGet(UUID::randomUUID);
    }
}
