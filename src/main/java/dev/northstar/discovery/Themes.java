package dev.northstar.discovery;

import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox grouped into themes: clusters of notes with similar meaning, labelled by their
 * distinctive words. Recomputed in the background a little after notes change, or on demand.
 */
@Service
@Transactional(readOnly = true)
public class Themes {

    static final int EXAMPLES = 3;

    private final Access access;
    private final ThemeStore store;
    private final ThemeEngine engine;
    private final Notes notes;
    private final NoteVectors vectors;
    private final ThemeScheduler scheduler;

    Themes(
            Access access,
            ThemeStore store,
            ThemeEngine engine,
            Notes notes,
            NoteVectors vectors,
            ThemeScheduler scheduler) {
        this.access = access;
        this.store = store;
        this.engine = engine;
        this.notes = notes;
        this.vectors = vectors;
        this.scheduler = scheduler;
    }

    /** All themes of the product, biggest first, each with its three most typical notes. */
    public ThemeList list(UUID productId) {
        access.product(productId, Role.VIEWER);
        return read(productId, Integer.MAX_VALUE);
    }

    /** The {@code n} biggest themes, for summaries such as the product overview. */
    public List<ThemeView> top(UUID productId, int n) {
        access.product(productId, Role.VIEWER);
        return read(productId, n).items();
    }

    public ThemeView get(UUID productId, UUID themeId) {
        access.product(productId, Role.VIEWER);
        ThemeStore.Stored t = store.find(productId, themeId).orElseThrow(() -> new NotFoundException("theme"));
        return view(productId, t);
    }

    /** The notes of a theme, most typical first. */
    public PageResult<NoteView> notes(UUID productId, UUID themeId, Paging paging) {
        access.product(productId, Role.VIEWER);
        ThemeStore.Stored t = store.find(productId, themeId).orElseThrow(() -> new NotFoundException("theme"));
        return new PageResult<>(notes.load(productId, store.notes(themeId, paging)), t.size());
    }

    /** Recomputes the product's themes now from the notes read so far. Editors and up. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ThemeList recompute(UUID productId) {
        access.product(productId, Role.EDITOR);
        engine.compute(productId);
        return read(productId, Integer.MAX_VALUE);
    }

    private ThemeList read(UUID productId, int n) {
        List<ThemeStore.Stored> all = store.list(productId);
        List<ThemeView> items =
                all.stream().limit(n).map(t -> view(productId, t)).toList();
        long inbox = notes.count(productId);
        java.time.Instant computedAt = store.computedAt(productId).orElse(null);
        if (computedAt == null && inbox >= ThemeEngine.MIN_NOTES) {
            // a database restored or upgraded with its embeddings in place has nothing that would start the first
            // computation
            scheduler.changed(productId);
        }
        return new ThemeList(
                items, all.size(), computedAt, inbox, vectors.countMissing(productId), ThemeEngine.MIN_NOTES);
    }

    private ThemeView view(UUID productId, ThemeStore.Stored t) {
        List<NoteView> examples = notes.load(productId, store.notes(t.id(), new Paging(0, EXAMPLES)));
        return new ThemeView(t.id(), t.label(), t.keywords(), t.size(), examples);
    }
}
