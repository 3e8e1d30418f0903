package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports feedback notes from CSV files into a product's inbox: generic files, Productboard notes
 * exports and Jira issue exports. A file is imported whole or not at all; every problem is reported
 * by line and column. Editors and up import.
 */
@Service
public class NoteImports {

    private static final Logger log = LoggerFactory.getLogger(NoteImports.class);
    /**
     * Notes saved per step (the progress bar moves per step); all steps share one transaction, so a
     * failure in any of them keeps nothing. Each step publishes one NotesAdded event of about 200 kB
     * (the event publication table holds large events, see V0_01) and costs the search index one refresh.
     */
    static final int CHUNK = 5_000;

    private final Access access;
    private final FeedbackInbox inbox;
    private final StagedImports staged;
    private final TransactionTemplate tx;

    NoteImports(Access access, FeedbackInbox inbox, StagedImports staged, PlatformTransactionManager transactions) {
        this.access = access;
        this.inbox = inbox;
        this.staged = staged;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Imports a whole CSV file (header row first); answers how many notes were added. Fails naming every bad line and column. */
    public int importCsv(UUID productId, Reader csv, NoteImportMapping mapping) {
        access.product(productId, Role.EDITOR);
        long t0 = System.nanoTime();
        try (Pipeline pipeline = new Pipeline(csv, mapping == null ? NoteImportMapping.recognised() : mapping)) {
            return save(productId, pipeline, t0);
        }
    }

    /**
     * Saves chunks of notes as a helper thread parses them, all in one transaction: the file is read
     * while the rows go into the database. A bad row anywhere fails the parse, and the transaction
     * rolls back with the notes saved so far.
     */
    private int save(UUID productId, Pipeline pipeline, long t0) {
        long[] parsed = new long[1];
        long[] committed = new long[1];
        Integer n = tx.execute(status -> {
            afterCommit(() -> committed[0] = System.nanoTime());
            int added = 0;
            for (List<NewNote> chunk = pipeline.next(); chunk != null; chunk = pipeline.next()) {
                added += inbox.addAll(productId, chunk);
            }
            parsed[0] = System.nanoTime();
            return added;
        });
        log.info(
                "parsed and saved {} notes in {} ms, committed in {} ms, indexed in {} ms",
                n,
                (parsed[0] - t0) / 1_000_000,
                (committed[0] - parsed[0]) / 1_000_000,
                (System.nanoTime() - committed[0]) / 1_000_000);
        return n == null ? 0 : n;
    }

    /** Runs first of the work that follows the commit, so the log tells the commit from the index update. */
    private static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** A CSV file parsed on a helper thread, handed over in chunks through a short queue. */
    private static final class Pipeline implements AutoCloseable {

        private static final Object END = new Object();

        private final java.util.concurrent.BlockingQueue<Object> chunks =
                new java.util.concurrent.ArrayBlockingQueue<>(4);
        private final Thread parser;
        private volatile boolean cancelled;

        Pipeline(Reader csv, NoteImportMapping mapping) {
            parser = Thread.ofPlatform().daemon().name("note-import-parse").start(() -> {
                Object last;
                try {
                    NoteCsv.stream(csv, mapping, CHUNK, this::put);
                    last = END;
                } catch (Cancelled e) {
                    return;
                } catch (RuntimeException | Error e) {
                    last = e;
                }
                put(last);
            });
        }

        private void put(Object item) {
            try {
                while (!chunks.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        /** The next chunk, or null at the end of a good file; throws what the parse threw (bad rows name line and column). */
        @SuppressWarnings("unchecked")
        List<NewNote> next() {
            Object item;
            try {
                item = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the file", e);
            }
            if (item == END) {
                return null;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof Error e) {
                throw e;
            }
            return (List<NewNote>) item;
        }

        /** Stops the parser if the save ended early, and waits for it: it reads the request body. */
        @Override
        public void close() {
            cancelled = true;
            chunks.clear();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static final class Cancelled extends RuntimeException {
            Cancelled() {
                super(null, null, false, false);
            }
        }
    }

    /** Whether the current user may import into the product (viewers and up may ask; strangers get "not found"). */
    public boolean canImport(UUID productId) {
        return access.product(productId, Role.VIEWER).role().atLeast(Role.EDITOR);
    }

    /** Keeps an uploaded file for the mapping step and answers its columns, first rows and recognised columns. */
    public NoteImportPreview stage(UUID productId, InputStream csv, String fileName) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        StagedImports.Upload u = staged.save(productId, pa.actor().userId(), csv, fileName);
        try {
            return preview(u);
        } catch (RuntimeException e) {
            staged.forget(u);
            throw e;
        }
    }

    /** The columns and first rows of a file uploaded by the current user. */
    public NoteImportPreview staged(UUID productId, String token) {
        return preview(upload(productId, token));
    }

    /** Imports an uploaded file at once; the file is dropped when it succeeds. */
    public int importStaged(UUID productId, String token, NoteImportMapping mapping) {
        StagedImports.Upload u = upload(productId, token);
        StagedImports.Job running = staged.job(token);
        if (running != null && running.running()) {
            throw new ConflictException("this file is being imported already");
        }
        int n = importFile(u, mapping, new StagedImports.Job());
        staged.forget(u);
        return n;
    }

    /** Starts importing an uploaded file in the background; follow it with {@link #progress}. */
    public NoteImportProgress start(UUID productId, String token, NoteImportMapping mapping) {
        StagedImports.Upload u = upload(productId, token);
        StagedImports.Job job = new StagedImports.Job();
        job.mapping = mapping;
        job.size = u.size();
        synchronized (staged) {
            StagedImports.Job current = staged.job(token);
            if (current != null && (current.running() || "done".equals(current.state))) {
                throw new ConflictException(
                        current.running() ? "this file is being imported already" : "this file was imported already");
            }
            staged.putJob(token, job);
        }
        Thread.ofVirtual()
                .name("note-import-" + token)
                .start(new DelegatingSecurityContextRunnable(() -> run(u, mapping, job)));
        return job.progress();
    }

    /** How far the import of an uploaded file has come; {@link NoteImportProgress#IDLE} before it starts. */
    public NoteImportProgress progress(UUID productId, String token) {
        upload(productId, token);
        StagedImports.Job job = staged.job(token);
        return job == null ? NoteImportProgress.IDLE : job.progress();
    }

    /** The mapping the last import attempt of an uploaded file used, if any. */
    public NoteImportMapping lastMapping(UUID productId, String token) {
        upload(productId, token);
        StagedImports.Job job = staged.job(token);
        return job == null ? null : job.mapping;
    }

    /** Forgets an uploaded file (and the outcome of its import). */
    public void discard(UUID productId, String token) {
        StagedImports.Upload u = upload(productId, token);
        StagedImports.Job job = staged.job(token);
        if (job != null && job.running()) {
            throw new ConflictException("this file is being imported; wait until it finishes");
        }
        staged.forget(u);
    }

    private void run(StagedImports.Upload u, NoteImportMapping mapping, StagedImports.Job job) {
        try {
            job.imported = importFile(u, mapping, job);
            job.state = "done";
            staged.dropFile(u);
        } catch (InvalidInputException e) {
            job.errors = e.errors();
            job.state = "failed";
        } catch (RuntimeException e) {
            log.warn("import of {} failed", u.fileName(), e);
            job.errors = List.of(new InvalidInputException.FieldError("file", "the import failed: " + e.getMessage()));
            job.state = "failed";
        }
    }

    private int importFile(StagedImports.Upload u, NoteImportMapping mapping, StagedImports.Job job) {
        access.product(u.productId(), Role.EDITOR);
        job.size = u.size();
        List<NewNote> notes;
        try (Reader r =
                new InputStreamReader(new Counting(Files.newInputStream(u.file()), job), StandardCharsets.UTF_8)) {
            notes = NoteCsv.parse(r, mapping == null ? NoteImportMapping.recognised() : mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(u.productId(), notes, job);
    }

    private int save(UUID productId, List<NewNote> notes, StagedImports.Job job) {
        if (job != null) {
            job.total = notes.size();
            job.phase = "saving";
        }
        long t0 = System.nanoTime();
        long[] inserted = new long[1];
        long[] committed = new long[1];
        Integer n = tx.execute(status -> {
            afterCommit(() -> committed[0] = System.nanoTime());
            int added = 0;
            for (int from = 0; from < notes.size(); from += CHUNK) {
                added += inbox.addAll(productId, notes.subList(from, Math.min(notes.size(), from + CHUNK)));
                if (job != null) {
                    job.saved = added;
                }
            }
            if (job != null) {
                job.phase = "finishing";
            }
            inserted[0] = System.nanoTime();
            return added;
        });
        log.info(
                "saved {} notes in {} ms, committed in {} ms, indexed in {} ms",
                n,
                (inserted[0] - t0) / 1_000_000,
                (committed[0] - inserted[0]) / 1_000_000,
                (System.nanoTime() - committed[0]) / 1_000_000);
        return n == null ? 0 : n;
    }

    private StagedImports.Upload upload(UUID productId, String token) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        return staged.get(productId, pa.actor().userId(), token);
    }

    private NoteImportPreview preview(StagedImports.Upload u) {
        if (!Files.exists(u.file())) {
            throw new NotFoundException("upload (it was imported already)");
        }
        try (Reader r = new InputStreamReader(Files.newInputStream(u.file()), StandardCharsets.UTF_8)) {
            NoteCsv.Preview p = NoteCsv.preview(r);
            return new NoteImportPreview(u.token(), u.fileName(), u.size(), p.header(), p.rows(), p.suggested());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read so the progress bar can follow the reading phase. */
    private static final class Counting extends FilterInputStream {

        private final StagedImports.Job job;
        private long count;

        Counting(InputStream in, StagedImports.Job job) {
            super(in);
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                job.read = ++count;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
                job.read = count;
            }
            return n;
        }
    }
}
