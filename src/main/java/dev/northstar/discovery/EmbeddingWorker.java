package dev.northstar.discovery;

import dev.northstar.common.AfterCommit;
import dev.northstar.common.Rows;
import dev.northstar.common.WorkspaceRestored;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computes note embeddings behind the request path. Added and changed notes are queued after their
 * transaction commits; one daemon thread takes them in batches, runs the model, stores the vectors
 * and puts them into the note index. On start every note without a vector is queued, so a restored
 * or imported database fills in behind.
 */
@Component
class EmbeddingWorker {

    static final int BATCH = 64;
    /** When idle this long, look for notes that arrived without an event (a restore, a direct insert) and embed them too. */
    static final long SWEEP_MILLIS = 5 * 60_000;

    private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

    private final JdbcClient jdbc;
    private final NoteVectors vectors;
    private final SentenceEncoder encoder;
    private final NoteIndex index;
    private final ThemeScheduler themes;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition idle = lock.newCondition();
    /** note id → product id, in arrival order; a note queued twice is embedded once. */
    private final LinkedHashMap<UUID, UUID> queue = new LinkedHashMap<>();
    /**
     * Notes added a few at a time (a form, an interview note) go before bulk imports, so a PM sees
     * similar notes for what they just wrote while a large import is still being read.
     */
    private final LinkedHashMap<UUID, UUID> urgent = new LinkedHashMap<>();
    /** Products of the batch being embedded now. */
    private final Set<UUID> inFlight = new java.util.HashSet<>();

    private boolean busy;
    private volatile boolean stopping;
    private Thread thread;

    EmbeddingWorker(
            JdbcClient jdbc, NoteVectors vectors, SentenceEncoder encoder, NoteIndex index, ThemeScheduler themes) {
        this.jdbc = jdbc;
        this.vectors = vectors;
        this.encoder = encoder;
        this.index = index;
        this.themes = themes;
    }

    /** The first sweep runs on the worker's own thread: looking for notes without vectors scans every note, and start-up need not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        lock.lock();
        try {
            if (thread == null) {
                thread = Thread.ofPlatform().daemon().name("note-embeddings").start(() -> {
                    sweep();
                    run();
                });
            }
        } finally {
            lock.unlock();
        }
    }

    /** Queues every note that has no embedding of the current model. */
    private void sweep() {
        try {
            List<NoteVectors.Pending> missing = vectors.missing();
            if (!missing.isEmpty()) {
                log.info("{} notes have no embedding yet; computing them in the background", missing.size());
            }
            lock.lock();
            try {
                for (NoteVectors.Pending p : missing) {
                    queue.putIfAbsent(p.noteId(), p.productId());
                }
                work.signalAll();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Could not look for notes without embeddings", e);
            }
        }
    }

    @EventListener
    void on(NotesAdded added) {
        AfterCommit.run(() -> enqueue(added.productId(), added.noteIds()));
    }

    @EventListener
    void on(NotesChanged changed) {
        AfterCommit.run(() -> changed(changed));
    }

    private void changed(NotesChanged changed) {
        enqueue(changed.productId(), changed.changed());
        if (!changed.removed().isEmpty()) {
            themes.changed(changed.productId());
        }
    }

    /** A restored workspace may bring notes without embeddings (an older backup): fill them in now rather than at the next sweep. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkspaceRestored restored) {
        sweep();
    }

    void enqueue(UUID productId, List<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            Map<UUID, UUID> into = noteIds.size() <= BATCH ? urgent : queue;
            for (UUID id : noteIds) {
                if (!urgent.containsKey(id)) {
                    into.put(id, productId);
                }
            }
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every queued note is embedded and indexed; false when the time ran out first. */
    boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!queue.isEmpty() || !urgent.isEmpty() || busy) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** How many notes wait for their embedding. */
    int queued() {
        lock.lock();
        try {
            return queue.size() + (busy ? 1 : 0);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no note of the product waits for its embedding; false when the time ran out first. */
    boolean awaitProduct(UUID productId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (urgent.containsValue(productId) || queue.containsValue(productId) || inFlight.contains(productId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.awaitNanos(Math.min(left, 50_000_000L));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!stopping) {
            Map<UUID, UUID> batch = new LinkedHashMap<>();
            lock.lock();
            try {
                while (queue.isEmpty() && urgent.isEmpty() && !stopping) {
                    busy = false;
                    idle.signalAll();
                    if (!work.await(SWEEP_MILLIS, TimeUnit.MILLISECONDS) && queue.isEmpty() && urgent.isEmpty()) {
                        lock.unlock();
                        try {
                            sweep();
                        } finally {
                            lock.lock();
                        }
                    }
                }
                for (Map<UUID, UUID> source : List.of(urgent, queue)) {
                    Iterator<Map.Entry<UUID, UUID>> it = source.entrySet().iterator();
                    while (it.hasNext() && batch.size() < BATCH) {
                        Map.Entry<UUID, UUID> e = it.next();
                        batch.put(e.getKey(), e.getValue());
                        it.remove();
                    }
                }
                busy = !batch.isEmpty();
                inFlight.clear();
                inFlight.addAll(batch.values());
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                process(batch.keySet());
            } catch (RuntimeException e) {
                if (!stopping) {
                    log.warn("Could not embed {} notes; they are retried on the next start", batch.size(), e);
                }
            } finally {
                lock.lock();
                try {
                    inFlight.clear();
                    if (queue.isEmpty() && urgent.isEmpty()) {
                        busy = false;
                    }
                    idle.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private record Text(UUID id, UUID productId, String text) {}

    /** Embeds the notes whose text changed since their vector was made, stores and indexes them. */
    void process(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Text> texts = jdbc.sql("select id, product_id, text from notes where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Text(Rows.uuid(rs, "id"), Rows.uuid(rs, "product_id"), rs.getString("text")))
                .list();
        Map<UUID, String> known = vectors.hashes(ids);
        List<Text> todo = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Text t : texts) {
            String hash = SentenceEncoder.hash(t.text());
            if (!hash.equals(known.get(t.id()))) {
                todo.add(t);
                hashes.add(hash);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        float[][] out = encoder.encode(todo.stream().map(Text::text).toList());
        List<NoteVectors.Row> rows = new ArrayList<>(todo.size());
        Map<UUID, List<UUID>> byProduct = new HashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            rows.add(new NoteVectors.Row(todo.get(i).id(), hashes.get(i), out[i]));
            byProduct
                    .computeIfAbsent(todo.get(i).productId(), k -> new ArrayList<>())
                    .add(todo.get(i).id());
        }
        vectors.save(rows);
        Set<UUID> products = new LinkedHashSet<>(byProduct.keySet());
        byProduct.forEach((product, noteIds) -> index.reindex(product, noteIds, List.of()));
        products.forEach(themes::changed);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
