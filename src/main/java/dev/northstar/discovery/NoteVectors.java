package dev.northstar.discovery;

import dev.northstar.common.Rows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The note_embeddings rows: one unit vector per note, with the model and the hash of the text it came from. */
@Repository
class NoteVectors {

    record Row(UUID noteId, String textHash, float[] vector) {}

    record Pending(UUID productId, UUID noteId) {}

    record ProductVector(UUID noteId, String text, float[] vector) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NoteVectors(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Rows whose vector has the model's size; anything else (a hand-made or damaged row) is never searched or clustered. */
    static final String WELL_FORMED = "octet_length(vector) = " + SentenceEncoder.DIMENSION * Float.BYTES;

    Optional<float[]> find(UUID noteId) {
        return jdbc.sql("select vector from note_embeddings where note_id = ? and model = ? and " + WELL_FORMED)
                .params(noteId, SentenceEncoder.MODEL)
                .query((rs, n) -> Vectors.fromBytes(rs.getBytes("vector")))
                .optional();
    }

    Map<UUID, float[]> find(Collection<UUID> noteIds) {
        Map<UUID, float[]> out = new HashMap<>();
        if (noteIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select note_id, vector from note_embeddings where note_id in (:ids) and model = :model and "
                        + WELL_FORMED)
                .param("ids", noteIds)
                .param("model", SentenceEncoder.MODEL)
                .query((rs, n) -> out.put(Rows.uuid(rs, "note_id"), Vectors.fromBytes(rs.getBytes("vector"))))
                .list();
        return out;
    }

    /** Text hashes of the current model's vectors, to skip notes whose text did not change. */
    Map<UUID, String> hashes(Collection<UUID> noteIds) {
        Map<UUID, String> out = new HashMap<>();
        if (noteIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select note_id, text_hash from note_embeddings where note_id in (:ids) and model = :model")
                .param("ids", noteIds)
                .param("model", SentenceEncoder.MODEL)
                .query((rs, n) -> out.put(Rows.uuid(rs, "note_id"), String.valueOf(rs.getString("text_hash"))))
                .list();
        return out;
    }

    /** Replaces the vectors of these notes; a note deleted meanwhile is skipped rather than failing the batch. */
    void save(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("delete from note_embeddings where note_id in (:ids)")
                .param("ids", rows.stream().map(Row::noteId).toList())
                .update();
        template.batchUpdate("""
                insert into note_embeddings (note_id, model, vector, text_hash)
                select ?, ?, ?, ? where exists (select 1 from notes where id = ?)""", rows, 500, (ps, r) -> {
            ps.setObject(1, r.noteId());
            ps.setString(2, SentenceEncoder.MODEL);
            ps.setBytes(3, Vectors.toBytes(r.vector()));
            ps.setString(4, r.textHash());
            ps.setObject(5, r.noteId());
        });
    }

    /** Notes that have no vector of the current model yet, oldest first. */
    List<Pending> missing() {
        return jdbc.sql("""
                select n.product_id, n.id from notes n left join note_embeddings e on e.note_id = n.id and e.model = ?
                where e.note_id is null order by n.created_at""")
                .param(SentenceEncoder.MODEL)
                .query((rs, n) -> new Pending(Rows.uuid(rs, "product_id"), Rows.uuid(rs, "id")))
                .list();
    }

    /** Every row, whatever its model or shape; cheap (no row is read on H2). */
    long countAll() {
        return jdbc.sql("select count(*) from note_embeddings")
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from note_embeddings where model = ? and " + WELL_FORMED)
                .param(SentenceEncoder.MODEL)
                .query(Long.class)
                .single();
    }

    long countMissing(UUID productId) {
        return jdbc.sql("""
                select count(*) from notes n left join note_embeddings e on e.note_id = n.id and e.model = ?
                where n.product_id = ? and e.note_id is null""")
                .params(SentenceEncoder.MODEL, productId)
                .query(Long.class)
                .single();
    }

    /** The product's notes that have a vector of the current model. */
    List<UUID> noteIds(UUID productId) {
        return jdbc.sql(
                        "select n.id from notes n join note_embeddings e on e.note_id = n.id where n.product_id = ? and e.model = ? and "
                                + WELL_FORMED)
                .params(productId, SentenceEncoder.MODEL)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    /**
     * Walks a product's notes that have vectors, with their text, in a stable order (by id). The ids
     * come first (notes_product_date covers the product), then rows in slices by primary key, so memory
     * and time stay linear however big the inbox.
     */
    void forEachInProduct(UUID productId, Consumer<ProductVector> each) {
        List<UUID> ids = new ArrayList<>(noteIds(productId));
        ids.sort(null);
        for (int i = 0; i < ids.size(); i += 2000) {
            List<UUID> slice = ids.subList(i, Math.min(ids.size(), i + 2000));
            Map<UUID, ProductVector> rows = new HashMap<>();
            jdbc.sql(
                            "select n.id, n.text, e.vector from notes n join note_embeddings e on e.note_id = n.id where n.id in (:ids) and e.model = :model and "
                                    + WELL_FORMED)
                    .param("ids", slice)
                    .param("model", SentenceEncoder.MODEL)
                    .query((rs, n) -> rows.put(
                            Rows.uuid(rs, "id"),
                            new ProductVector(
                                    Rows.uuid(rs, "id"),
                                    rs.getString("text"),
                                    Vectors.fromBytes(rs.getBytes("vector")))))
                    .list();
            for (UUID id : slice) {
                ProductVector row = rows.get(id);
                if (row != null) {
                    each.accept(row);
                }
            }
        }
    }
}
