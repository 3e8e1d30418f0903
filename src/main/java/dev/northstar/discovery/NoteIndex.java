package dev.northstar.discovery;

import dev.northstar.common.NorthstarProperties;
import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Full-text index of the inbox (Lucene, BM25) under the data directory. It is a cache of the
 * database: rebuilt on start when missing or out of step, and kept current after each commit
 * that adds, changes or removes notes.
 */
@Component
class NoteIndex {

    record Hits(List<UUID> ids, long total) {}

    private static final Logger log = LoggerFactory.getLogger(NoteIndex.class);
    static final String ID = "id";
    static final String PRODUCT = "product";
    static final String TEXT = "text";
    static final String CUSTOMER = "customer";
    static final String TAG = "tag";
    static final String STATE = "state";
    static final String SOURCE = "source";
    /** The note's sentence embedding (unit length, so dot product is cosine), once the embedding worker made it. */
    static final String VECTOR = "vector";

    static final String SORT_DATE = "sort_date";
    static final String SORT_ADDED = "sort_added";
    static final String SORT_ID = "sort_id";
    private static final Sort NEWEST = new Sort(
            new SortField(SORT_DATE, SortField.Type.LONG, true),
            new SortField(SORT_ADDED, SortField.Type.LONG, true),
            new SortField(SORT_ID, SortField.Type.STRING));
    /** Bumped when documents gain fields; an index written with another layout is rebuilt on start. */
    static final String LAYOUT = "2";
    /** From this many new notes in one transaction on, they are analysed on a helper thread into a side index. */
    static final int SIDE_INDEX_FROM = 1_000;

    private final JdbcClient jdbc;
    private final Notes notes;
    private final NoteVectors vectors;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private boolean dirty;
    /** Counts rebuilds, so documents prepared before one are not added on top of it. */
    private volatile long generation;

    NoteIndex(NorthstarProperties properties, JdbcClient jdbc, Notes notes, NoteVectors vectors) throws IOException {
        this.jdbc = jdbc;
        this.notes = notes;
        this.vectors = vectors;
        Path dir = properties.dir("lucene/notes");
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(
                directory,
                new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
        if (writer.getDocStats().numDocs == 0) {
            writer.setLiveCommitData(Map.of("layout", LAYOUT).entrySet());
        }
    }

    /** Rebuilds the index when it does not hold exactly the notes (and note vectors) the database holds. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void rebuildIfStale() {
        long inDb = jdbc.sql("select count(*) from notes").query(Long.class).single();
        long inIndex = writer.getDocStats().numDocs;
        long vectorsInIndex = countVectors();
        // counting every row is cheap, counting only the usable vectors reads them all (a second on a
        // large inbox): the exact count is needed only when the cheap one disagrees (the index holds
        // the usable ones, so equal counts mean there are no others)
        long vectorsInDb = vectors.countAll();
        if (vectorsInDb != vectorsInIndex) {
            vectorsInDb = vectors.count();
        }
        String layout = layout();
        if (inDb != inIndex || vectorsInDb != vectorsInIndex || !LAYOUT.equals(layout)) {
            log.info(
                    "Rebuilding the note index ({} notes and {} vectors in the database, {} and {} in the index)",
                    inDb,
                    vectorsInDb,
                    inIndex,
                    vectorsInIndex);
            rebuild();
        }
    }

    private String layout() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if ("layout".equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private long countVectors() {
        return search(searcher -> (long) searcher.count(new FieldExistsQuery(VECTOR)));
    }

    synchronized void rebuild() {
        generation++;
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of("layout", LAYOUT).entrySet());
            List<UUID> products = jdbc.sql("select distinct product_id from notes")
                    .query((rs, n) -> Rows.uuid(rs, "product_id"))
                    .list();
            for (UUID product : products) {
                List<UUID> ids = jdbc.sql("select id from notes where product_id = ?")
                        .param(product)
                        .query((rs, n) -> Rows.uuid(rs, "id"))
                        .list();
                for (int i = 0; i < ids.size(); i += 1000) {
                    List<UUID> slice = ids.subList(i, Math.min(ids.size(), i + 1000));
                    Map<UUID, float[]> vs = vectors.find(slice);
                    for (NoteView note : notes.load(product, slice)) {
                        writer.addDocument(document(note, vs.get(note.id())));
                    }
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @EventListener
    void on(NotesChanged changed) {
        follow(changed.productId(), changed.changed(), changed.removed());
    }

    /**
     * Indexes notes just inserted from the rows themselves, without reading them back: they become
     * searchable when the transaction commits (at once outside one). A large batch is analysed on a
     * helper thread while the transaction goes on, into a side index that joins this one in a single
     * step at commit, so an import's answer waits for the database, not for the analysis.
     */
    void added(UUID productId, List<Notes.Stored> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending(generation);
            now.added(productId, rows);
            apply(now);
            return;
        }
        pending().added(productId, rows);
    }

    /**
     * Indexes the notes a transaction touched once it commits, all in one pass: an import saves its
     * notes in chunks, and one refresh for the lot is much cheaper than one per chunk. Outside a
     * transaction the notes are indexed at once.
     */
    private void follow(UUID productId, List<UUID> changed, List<UUID> removed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(productId, changed, removed);
            return;
        }
        pending().changed(productId, changed, removed);
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending fresh = new Pending(generation);
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // before anything else that follows the commit: the embedding worker, queued after
                // commit too, must find the new notes in the index when it adds their vectors
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE + 10;
                }

                @Override
                public void afterCommit() {
                    apply(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NoteIndex.this);
                    fresh.discard();
                }
            });
            pending = fresh;
        }
        return pending;
    }

    /** Applies what a committed transaction did to the notes: new documents first, then changes and removals. */
    private synchronized void apply(Pending pending) {
        long started = System.nanoTime();
        try {
            int added = 0;
            for (Map.Entry<UUID, Pending.Added> e : pending.added.entrySet()) {
                Pending.Added a = e.getValue();
                added += a.ids.size();
                if (pending.generation != generation || !a.addTo(writer)) {
                    // the index was rebuilt meanwhile (it may hold these notes already) or the side index
                    // failed: read the notes back instead, which replaces rather than adds
                    update(e.getKey(), a.ids, List.of());
                }
            }
            for (Map.Entry<UUID, Pending.Touched> e : pending.touched.entrySet()) {
                update(e.getKey(), List.copyOf(e.getValue().changed), List.copyOf(e.getValue().removed));
            }
            dirty = true;
            searchers.maybeRefreshBlocking();
            if (added >= 10_000) {
                log.info(
                        "Indexed {} new notes in {} ms after commit", added, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pending.discard();
        }
    }

    /** What one transaction did to the notes, per product, in order. */
    private final class Pending {

        final long generation;
        final Map<UUID, Added> added = new java.util.LinkedHashMap<>();
        final Map<UUID, Touched> touched = new java.util.LinkedHashMap<>();

        Pending(long generation) {
            this.generation = generation;
        }

        void added(UUID productId, List<Notes.Stored> rows) {
            added.computeIfAbsent(productId, Added::new).add(rows);
        }

        void changed(UUID productId, List<UUID> changed, List<UUID> removed) {
            Touched t = touched.computeIfAbsent(productId, p -> new Touched());
            t.changed.addAll(changed);
            t.removed.addAll(removed);
            t.changed.removeAll(removed);
        }

        void discard() {
            added.values().forEach(Added::discard);
        }

        final class Touched {
            final java.util.LinkedHashSet<UUID> changed = new java.util.LinkedHashSet<>();
            final java.util.LinkedHashSet<UUID> removed = new java.util.LinkedHashSet<>();
        }

        /** New notes of one product: a few documents kept in memory, or a side index built on a helper thread. */
        final class Added {
            final UUID productId;
            final List<UUID> ids = new ArrayList<>();
            final List<Document> docs = new ArrayList<>();
            private SideIndex side;

            Added(UUID productId) {
                this.productId = productId;
            }

            void add(List<Notes.Stored> rows) {
                for (Notes.Stored s : rows) {
                    ids.add(s.id());
                }
                if (side == null && ids.size() < SIDE_INDEX_FROM) {
                    for (Notes.Stored s : rows) {
                        docs.add(document(productId, s));
                    }
                    return;
                }
                if (side == null) {
                    side = new SideIndex(analyzer);
                    side.add(List.copyOf(docs));
                    docs.clear();
                }
                side.addRows(productId, rows);
            }

            /** Adds the documents to the index; false when the side index failed and nothing was added. */
            boolean addTo(IndexWriter target) throws IOException {
                if (side != null) {
                    return side.addTo(target);
                }
                target.addDocuments(docs);
                return true;
            }

            void discard() {
                docs.clear();
                if (side != null) {
                    side.close();
                }
            }
        }
    }

    /**
     * Documents analysed off the calling thread into an in-memory index, in the order given; at commit
     * its segments are copied into the note index whole ({@link IndexWriter#addIndexes}), which costs a
     * file copy instead of the analysis.
     */
    private static final class SideIndex {

        private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        private final IndexWriter writer;
        private final java.util.concurrent.ExecutorService worker;
        private volatile Throwable failure;

        SideIndex(Analyzer analyzer) {
            try {
                this.writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig(analyzer)
                                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE)
                                // flushed in steps on the helper thread, so little is left to write at commit
                                .setMaxBufferedDocs(10_000)
                                .setRAMBufferSizeMB(256));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.worker = java.util.concurrent.Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().daemon().name("note-index-side").factory());
        }

        void add(List<Document> docs) {
            submit(() -> writer.addDocuments(docs));
        }

        void addRows(UUID productId, List<Notes.Stored> rows) {
            submit(() -> {
                List<Document> docs = new ArrayList<>(rows.size());
                for (Notes.Stored s : rows) {
                    docs.add(document(productId, s));
                }
                writer.addDocuments(docs);
            });
        }

        private interface Work {
            void run() throws IOException;
        }

        private void submit(Work work) {
            worker.execute(() -> {
                if (failure != null) {
                    return;
                }
                try {
                    work.run();
                } catch (Throwable t) {
                    failure = t;
                }
            });
        }

        boolean addTo(IndexWriter target) throws IOException {
            worker.shutdown();
            try {
                if (!worker.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES)) {
                    failure = new IllegalStateException("the side index did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            }
            if (failure != null) {
                log.warn("Could not build the side index of an import; reading the notes back instead", failure);
                return false;
            }
            writer.commit();
            writer.close();
            target.addIndexes(directory);
            return true;
        }

        void close() {
            worker.shutdownNow();
            try {
                worker.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
                writer.close();
                directory.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing a side index", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Changes are searchable at once (near-real-time refresh) and made durable every few seconds
     * rather than per change: an fsync per saved note would cost more than the save. A crash loses at
     * most those seconds, and the index then no longer matches the database and is rebuilt on start.
     */
    @Scheduled(fixedDelay = 5_000)
    synchronized void commitIfDirty() {
        if (!dirty) {
            return;
        }
        try {
            writer.commit();
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // rebuild and reindex take turns: a rebuild's deleteAll must not drop an update (say a new vector) made meanwhile
    synchronized void reindex(UUID productId, List<UUID> changed, List<UUID> removed) {
        long started = System.nanoTime();
        try {
            update(productId, changed, removed);
            dirty = true;
            searchers.maybeRefreshBlocking();
            if (changed.size() >= 10_000) {
                log.info("Indexed {} notes in {} ms", changed.size(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the documents of these notes with what the database holds now (none for a note that is gone). */
    private void update(UUID productId, List<UUID> changed, List<UUID> removed) throws IOException {
        for (UUID id : removed) {
            writer.deleteDocuments(new Term(ID, id.toString()));
        }
        for (int i = 0; i < changed.size(); i += 1000) {
            List<UUID> slice = changed.subList(i, Math.min(changed.size(), i + 1000));
            java.util.Set<UUID> found = new java.util.HashSet<>();
            Map<UUID, float[]> vs = vectors.find(slice);
            for (NoteView note : notes.load(productId, slice)) {
                writer.updateDocument(new Term(ID, note.id().toString()), document(note, vs.get(note.id())));
                found.add(note.id());
            }
            for (UUID id : slice) {
                if (!found.contains(id)) {
                    writer.deleteDocuments(new Term(ID, id.toString()));
                }
            }
        }
    }

    /** Best match first; text counts most, then customer and company, then tags. */
    Hits search(UUID productId, NoteFilter filter, Paging paging) {
        BooleanQuery.Builder q = filters(productId, filter);
        if (filter.q() != null) {
            SimpleQueryParser parser = new PhraseSafeParser(analyzer);
            parser.setDefaultOperator(Occur.SHOULD);
            Query parsed = parser.parse(filter.q());
            if (parsed == null) {
                return new Hits(List.of(), 0);
            }
            q.add(parsed, Occur.MUST);
        }
        return page(q.build(), null, paging);
    }

    /**
     * The search box's parser: words match text, customer and tags; a quoted phrase matches text and
     * customer only, since tags are kept whole without word positions (a phrase there cannot be run).
     */
    private static final class PhraseSafeParser extends SimpleQueryParser {

        private static final java.util.Map<String, Float> WEIGHTS =
                java.util.Map.of(TEXT, 1.0f, CUSTOMER, 0.5f, TAG, 0.7f);

        PhraseSafeParser(Analyzer analyzer) {
            super(analyzer, WEIGHTS);
        }

        @Override
        protected Query newPhraseQuery(String text, int slop) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : List.of(TEXT, CUSTOMER)) {
                Query phrase = createPhraseQuery(field, text, slop);
                if (phrase != null) {
                    any.add(new org.apache.lucene.search.BoostQuery(phrase, WEIGHTS.get(field)), Occur.SHOULD);
                }
            }
            BooleanQuery built = any.build();
            return built.clauses().isEmpty() ? null : built;
        }
    }

    /** The inbox without a query: newest first (note date, then when it was added, then id), filtered. */
    Hits newest(UUID productId, NoteFilter filter, Paging paging) {
        return page(filters(productId, filter).build(), NEWEST, paging);
    }

    private static BooleanQuery.Builder filters(UUID productId, NoteFilter filter) {
        BooleanQuery.Builder q =
                new BooleanQuery.Builder().add(new TermQuery(new Term(PRODUCT, productId.toString())), Occur.FILTER);
        if (filter.state() != null) {
            q.add(new TermQuery(new Term(STATE, filter.state().name())), Occur.FILTER);
        }
        if (filter.source() != null) {
            q.add(new TermQuery(new Term(SOURCE, filter.source().name())), Occur.FILTER);
        }
        if (filter.tag() != null) {
            q.add(new TermQuery(new Term(TAG, filter.tag())), Occur.FILTER);
        }
        return q;
    }

    private Hits page(Query query, Sort sort, Paging paging) {
        return search(searcher -> {
            int want = (int) Math.min(Integer.MAX_VALUE, paging.offset() + paging.size());
            TopDocs top = sort == null
                    ? searcher.search(query, Math.max(1, want))
                    : searcher.search(query, Math.max(1, want), sort);
            List<UUID> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (int) paging.offset(); i < docs.length; i++) {
                ids.add(UUID.fromString(stored.document(docs[i].doc).get(ID)));
            }
            long total = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value()
                    : searcher.count(query);
            return new Hits(ids, total);
        });
    }

    record Scored(UUID id, double score) {}

    /**
     * The nearest notes by meaning within the product (HNSW over the note vectors, filtered to the
     * product), best first, with their cosine similarity; {@code exclude} is left out.
     */
    List<Scored> nearest(UUID productId, float[] vector, int k, UUID exclude) {
        // a wider beam than asked for: HNSW recall grows with it and the cost barely does
        int beam = Math.max(k + 1, 32);
        Query q = new KnnFloatVectorQuery(VECTOR, vector, beam, new TermQuery(new Term(PRODUCT, productId.toString())));
        return search(searcher -> {
            TopDocs top = searcher.search(q, beam);
            // DOT_PRODUCT scores are (1 + cosine) / 2
            return scored(searcher, top, k, exclude, s -> 2 * s - 1);
        });
    }

    /**
     * Notes sharing the distinctive words of {@code text} (MoreLikeThis over BM25) within the product,
     * for a note that has no vector yet. Scores are relative to how well the note matches itself, so
     * 1 is a copy and the scale is not cosine.
     */
    List<Scored> sharingWords(UUID productId, String text, int k, UUID exclude) {
        return search(searcher -> {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(TEXT, new StringReader(text));
            Query q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new Term(PRODUCT, productId.toString())), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(q, k + 1);
            Query own = new BooleanQuery.Builder()
                    .add(q, Occur.MUST)
                    .add(new TermQuery(new Term(ID, exclude.toString())), Occur.FILTER)
                    .build();
            ScoreDoc[] self = searcher.search(own, 1).scoreDocs;
            double best = self.length > 0 ? self[0].score : top.scoreDocs.length > 0 ? top.scoreDocs[0].score : 1;
            return scored(searcher, top, k, exclude, s -> Math.min(1, s / best));
        });
    }

    /**
     * Notes per state in a product, read from the index: counting there costs a few posting-list
     * intersections, where the database would scan every note of the product.
     */
    Map<NoteState, Long> countByState(UUID productId) {
        return search(searcher -> {
            Map<NoteState, Long> out = new java.util.LinkedHashMap<>();
            for (NoteState state : NoteState.values()) {
                Query q = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(PRODUCT, productId.toString())), Occur.FILTER)
                        .add(new TermQuery(new Term(STATE, state.name())), Occur.FILTER)
                        .build();
                out.put(state, (long) searcher.count(q));
            }
            return out;
        });
    }

    /** The tags used in a product, sorted; one pass over the tag terms, each stopping at its first note of the product. */
    List<String> tags(UUID productId) {
        return search(searcher -> {
            java.util.TreeSet<String> out = new java.util.TreeSet<>();
            for (org.apache.lucene.index.LeafReaderContext leaf :
                    searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.LeafReader reader = leaf.reader();
                org.apache.lucene.index.Terms terms = reader.terms(TAG);
                org.apache.lucene.index.PostingsEnum productDocs =
                        reader.postings(new Term(PRODUCT, productId.toString()));
                if (terms == null || productDocs == null) {
                    continue;
                }
                org.apache.lucene.util.FixedBitSet ofProduct = new org.apache.lucene.util.FixedBitSet(reader.maxDoc());
                for (int d = productDocs.nextDoc();
                        d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        d = productDocs.nextDoc()) {
                    ofProduct.set(d);
                }
                org.apache.lucene.util.Bits live = reader.getLiveDocs();
                org.apache.lucene.index.TermsEnum each = terms.iterator();
                org.apache.lucene.index.PostingsEnum docs = null;
                for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
                    String tag = term.utf8ToString();
                    if (out.contains(tag)) {
                        continue;
                    }
                    docs = each.postings(docs, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = docs.nextDoc();
                            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                            d = docs.nextDoc()) {
                        if (ofProduct.get(d) && (live == null || live.get(d))) {
                            out.add(tag);
                            break;
                        }
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T search(Search<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Scored> scored(
            IndexSearcher searcher, TopDocs top, int k, UUID exclude, java.util.function.DoubleUnaryOperator toScore)
            throws IOException {
        List<Scored> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            UUID id = UUID.fromString(stored.document(d.doc).get(ID));
            if (!id.equals(exclude) && out.size() < k) {
                out.add(new Scored(id, toScore.applyAsDouble(d.score)));
            }
        }
        return out;
    }

    /** The document of a note just inserted: one customer at most, no vector yet. */
    private static Document document(UUID productId, Notes.Stored s) {
        NewNote n = s.note();
        return document(
                new NoteView(
                        s.id(),
                        productId,
                        n.text(),
                        n.source(),
                        n.date(),
                        n.state(),
                        n.customer().isEmpty() ? List.of() : List.of(n.customer()),
                        n.tags(),
                        s.interviewSessionId(),
                        s.surveyResponseId(),
                        s.at(),
                        s.at(),
                        0),
                null);
    }

    private static Document document(NoteView note, float[] vector) {
        Document d = new Document();
        d.add(new StringField(ID, note.id().toString(), Field.Store.YES));
        d.add(new StringField(PRODUCT, note.productId().toString(), Field.Store.NO));
        d.add(new TextField(TEXT, note.text(), Field.Store.NO));
        for (Customer c : note.customers()) {
            // every imported note passes here: no streams
            StringBuilder who = new StringBuilder();
            for (String part : new String[] {c.name(), c.company(), c.segment(), c.plan()}) {
                if (part != null) {
                    if (!who.isEmpty()) {
                        who.append(' ');
                    }
                    who.append(part);
                }
            }
            if (!who.isEmpty()) {
                d.add(new TextField(CUSTOMER, who.toString(), Field.Store.NO));
            }
        }
        for (String tag : note.tags()) {
            d.add(new StringField(TAG, tag, Field.Store.NO));
        }
        d.add(new StringField(STATE, note.state().name(), Field.Store.NO));
        d.add(new StringField(SOURCE, note.source().name(), Field.Store.NO));
        d.add(new NumericDocValuesField(SORT_DATE, note.date().toEpochDay()));
        d.add(new NumericDocValuesField(SORT_ADDED, note.createdAt().toEpochMilli()));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(note.id().toString())));
        if (vector != null) {
            d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return d;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
