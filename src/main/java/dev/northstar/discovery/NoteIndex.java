package dev.northstar.discovery;

import dev.northstar.common.NorthstarProperties;
import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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

    private final JdbcClient jdbc;
    private final Notes notes;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    NoteIndex(NorthstarProperties properties, JdbcClient jdbc, Notes notes) throws IOException {
        this.jdbc = jdbc;
        this.notes = notes;
        Path dir = properties.dir("lucene/notes");
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Rebuilds the index when it does not hold exactly the notes the database holds. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfStale() {
        long inDb = jdbc.sql("select count(*) from notes").query(Long.class).single();
        long inIndex = writer.getDocStats().numDocs;
        if (inDb != inIndex) {
            log.info("Rebuilding the note index ({} notes in the database, {} in the index)", inDb, inIndex);
            rebuild();
        }
    }

    void rebuild() {
        try {
            writer.deleteAll();
            List<UUID> products = jdbc.sql("select distinct product_id from notes").query((rs, n) -> Rows.uuid(rs, "product_id")).list();
            for (UUID product : products) {
                List<UUID> ids = jdbc.sql("select id from notes where product_id = ?").param(product).query((rs, n) -> Rows.uuid(rs, "id")).list();
                for (int i = 0; i < ids.size(); i += 1000) {
                    for (NoteView note : notes.load(product, ids.subList(i, Math.min(ids.size(), i + 1000)))) {
                        writer.addDocument(document(note));
                    }
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TransactionalEventListener
    void on(NotesAdded added) {
        reindex(added.productId(), added.noteIds(), List.of());
    }

    @TransactionalEventListener
    void on(NotesChanged changed) {
        reindex(changed.productId(), changed.changed(), changed.removed());
    }

    void reindex(UUID productId, List<UUID> changed, List<UUID> removed) {
        try {
            for (UUID id : removed) {
                writer.deleteDocuments(new Term(ID, id.toString()));
            }
            for (int i = 0; i < changed.size(); i += 1000) {
                List<UUID> slice = changed.subList(i, Math.min(changed.size(), i + 1000));
                List<UUID> found = new ArrayList<>();
                for (NoteView note : notes.load(productId, slice)) {
                    writer.updateDocument(new Term(ID, note.id().toString()), document(note));
                    found.add(note.id());
                }
                for (UUID id : slice) {
                    if (!found.contains(id)) {
                        writer.deleteDocuments(new Term(ID, id.toString()));
                    }
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best match first; text counts most, then customer and company, then tags. */
    Hits search(UUID productId, NoteFilter filter, Paging paging) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(PRODUCT, productId.toString())), Occur.FILTER);
        if (filter.q() != null) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, java.util.Map.of(TEXT, 1.0f, CUSTOMER, 0.5f, TAG, 0.7f));
            parser.setDefaultOperator(Occur.SHOULD);
            Query parsed = parser.parse(filter.q());
            if (parsed == null) {
                return new Hits(List.of(), 0);
            }
            q.add(parsed, Occur.MUST);
        }
        if (filter.state() != null) {
            q.add(new TermQuery(new Term(STATE, filter.state().name())), Occur.FILTER);
        }
        if (filter.source() != null) {
            q.add(new TermQuery(new Term(SOURCE, filter.source().name())), Occur.FILTER);
        }
        if (filter.tag() != null) {
            q.add(new TermQuery(new Term(TAG, filter.tag())), Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int want = (int) Math.min(Integer.MAX_VALUE, paging.offset() + paging.size());
                TopDocs top = searcher.search(q.build(), Math.max(1, want));
                List<UUID> ids = new ArrayList<>();
                var stored = searcher.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (int) paging.offset(); i < docs.length; i++) {
                    ids.add(UUID.fromString(stored.document(docs[i].doc).get(ID)));
                }
                long total = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value()
                        : searcher.count(q.build());
                return new Hits(ids, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(NoteView note) {
        Document d = new Document();
        d.add(new StringField(ID, note.id().toString(), Field.Store.YES));
        d.add(new StringField(PRODUCT, note.productId().toString(), Field.Store.NO));
        d.add(new TextField(TEXT, note.text(), Field.Store.NO));
        for (Customer c : note.customers()) {
            String who = String.join(" ", java.util.stream.Stream.of(c.name(), c.company(), c.segment(), c.plan()).filter(java.util.Objects::nonNull).toList());
            if (!who.isEmpty()) {
                d.add(new TextField(CUSTOMER, who, Field.Store.NO));
            }
        }
        for (String tag : note.tags()) {
            d.add(new StringField(TAG, tag, Field.Store.NO));
        }
        d.add(new StringField(STATE, note.state().name(), Field.Store.NO));
        d.add(new StringField(SOURCE, note.source().name(), Field.Store.NO));
        return d;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
