package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The highlights table, read with the need's title and the note's date and first customer. */
@Repository
class HighlightRows {

    // the note text comes along to tell whether the quote is still at its offsets; this is checked in Java
    // because offsets count UTF-16 units and PostgreSQL's substring counts code points
    private static final String SELECT = """
            select h.*, d.title as need_title, n.note_date, n.text as note_text, n.customer_name, n.customer_company
            from highlights h
            join notes n on n.id = h.note_id
            left join needs d on d.id = h.need_id""";

    private final JdbcClient jdbc;

    HighlightRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> noteText(UUID productId, UUID noteId) {
        return jdbc.sql("select text from notes where id = ? and product_id = ?")
                .params(noteId, productId)
                .query(String.class)
                .optional();
    }

    void insert(
            UUID productId,
            UUID id,
            UUID noteId,
            int start,
            int end,
            String quote,
            UUID needId,
            Importance importance,
            UUID by,
            Instant at) {
        jdbc.sql("""
                insert into highlights (id, product_id, note_id, start_offset, end_offset, quote, need_id, importance, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, productId, noteId, start, end, quote, needId, importance.name(), by, Rows.ts(at))
                .update();
    }

    boolean exists(UUID noteId, UUID needId, int start, int end) {
        return jdbc.sql(
                                "select count(*) from highlights where note_id = ? and need_id = ? and start_offset = ? and end_offset = ?")
                        .params(noteId, needId, start, end)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void move(UUID id, int start, int end, String quote) {
        jdbc.sql("update highlights set start_offset = ?, end_offset = ?, quote = ? where id = ?")
                .params(start, end, quote, id)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from highlights where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<HighlightView> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where h.product_id = ? and h.id = ?")
                .params(productId, id)
                .query(HighlightRows::map)
                .optional();
    }

    /** The named highlights of the product that exist, in no particular order. */
    List<HighlightView> byIds(UUID productId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where h.product_id = :product and h.id in (:ids)")
                .param("product", productId)
                .param("ids", ids)
                .query(HighlightRows::map)
                .list();
    }

    /** Newest first, for pickers; at most a page of them. */
    List<HighlightView> recent(UUID productId, Paging paging) {
        return jdbc.sql(SELECT + " where h.product_id = ? order by h.created_at desc, h.id limit ? offset ?")
                .params(productId, paging.size(), paging.offset())
                .query(HighlightRows::map)
                .list();
    }

    long count(UUID productId) {
        return jdbc.sql("select count(*) from highlights where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    /** In reading order; relies on highlights_note. */
    List<HighlightView> forNote(UUID productId, UUID noteId) {
        return jdbc.sql(
                        SELECT
                                + " where h.product_id = ? and h.note_id = ? order by h.start_offset, h.end_offset, h.created_at")
                .params(productId, noteId)
                .query(HighlightRows::map)
                .list();
    }

    /** Strongest evidence first, then newest notes; relies on highlights_need. */
    List<HighlightView> forNeed(UUID productId, UUID needId, Paging paging) {
        return jdbc.sql(SELECT + " " + """
                         where h.product_id = ? and h.need_id = ?
                         order by case h.importance when 'CRITICAL' then 2 when 'IMPORTANT' then 1 else 0 end desc,
                                  n.note_date desc, h.created_at desc, h.id
                         limit ? offset ?""")
                .params(productId, needId, paging.size(), paging.offset())
                .query(HighlightRows::map)
                .list();
    }

    long countForNeed(UUID productId, UUID needId) {
        return jdbc.sql("select count(*) from highlights where product_id = ? and need_id = ?")
                .params(productId, needId)
                .query(Long.class)
                .single();
    }

    /** Highlights of a note whose quote is no longer at its offsets, with their note's current text. */
    List<HighlightView> adrift(UUID noteId) {
        return jdbc.sql(SELECT + " where h.note_id = ?").param(noteId).query(HighlightRows::map).list().stream()
                .filter(h -> !h.anchored())
                .toList();
    }

    static boolean anchored(String text, int start, int end, String quote) {
        return start >= 0
                && start < end
                && end <= text.length()
                && text.regionMatches(start, quote, 0, quote.length())
                && end - start == quote.length();
    }

    private static HighlightView map(ResultSet rs, int n) throws SQLException {
        Customer customer =
                new Customer(rs.getString("customer_name"), rs.getString("customer_company"), null, null, null);
        return new HighlightView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                Rows.uuid(rs, "note_id"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("quote"),
                Rows.uuid(rs, "need_id"),
                rs.getString("need_title"),
                Importance.valueOf(rs.getString("importance")),
                anchored(
                        rs.getString("note_text"),
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        rs.getString("quote")),
                Rows.date(rs, "note_date"),
                customer.display(),
                Rows.uuid(rs, "created_by"),
                Rows.instant(rs, "created_at"));
    }
}
