package dev.northstar.discovery;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes a product's themes in the background after its notes change, at most once per
 * debounce period: a burst of imports or edits costs one computation at its end.
 */
@Component
class ThemeScheduler {

    private static final Logger log = LoggerFactory.getLogger(ThemeScheduler.class);

    private final ThemeEngine engine;
    private volatile Duration debounce;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("themes").unstarted(r));
    /** Products with a computation scheduled and not yet started. */
    private final Map<UUID, Boolean> scheduled = new ConcurrentHashMap<>();
    /** How long each product's last computation took: a big inbox waits longer, so themes never take more than a sixth of a core. */
    private final Map<UUID, Long> lastMillis = new ConcurrentHashMap<>();

    private volatile boolean stopping;

    ThemeScheduler(ThemeEngine engine, @Value("${northstar.themes.debounce:PT30S}") Duration debounce) {
        this.engine = engine;
        this.debounce = debounce;
    }

    /** Tests shorten the wait. */
    void debounce(Duration debounce) {
        this.debounce = debounce;
    }

    /** Notes of the product changed: recompute its themes once things have been quiet for a moment. */
    void changed(UUID productId) {
        if (stopping || scheduled.putIfAbsent(productId, Boolean.TRUE) != null) {
            return;
        }
        long wait = Math.max(debounce.toMillis(), 5 * lastMillis.getOrDefault(productId, 0L));
        executor.schedule(() -> run(productId), wait, TimeUnit.MILLISECONDS);
    }

    private void run(UUID productId) {
        scheduled.remove(productId);
        if (stopping) {
            return;
        }
        long start = System.nanoTime();
        try {
            engine.compute(productId);
            lastMillis.put(productId, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Could not recompute the themes of product {}", productId, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        executor.shutdownNow();
    }
}
