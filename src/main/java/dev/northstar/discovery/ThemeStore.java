package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The themes and theme_notes rows of each product: the last clustering, replaced as a whole. */
@Repository
class ThemeStore {

    record Stored(UUID id, String label, List<String> keywords, int size, int position, Instant computedAt) {}

    record Member(UUID noteId, double score) {}

    record NewTheme(UUID id, String label, List<String> keywords, List<Member> members) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ThemeStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Biggest first; the size counts the notes still there (a deleted note leaves its theme at once). */
    List<Stored> list(UUID productId) {
        return jdbc
                .sql("""
                select t.id, t.label, t.keywords, t.position, t.computed_at,
                       (select count(*) from theme_notes tn where tn.theme_id = t.id) as live_size
                from themes t where t.product_id = ? order by t.position""")
                .param(productId)
                .query((rs, n) -> new Stored(
                        Rows.uuid(rs, "id"),
                        rs.getString("label"),
                        keywords(rs.getString("keywords")),
                        rs.getInt("live_size"),
                        rs.getInt("position"),
                        Rows.instant(rs, "computed_at")))
                .list()
                .stream()
                .filter(t -> t.size() > 0)
                .sorted(java.util.Comparator.comparingInt(Stored::size)
                        .reversed()
                        .thenComparingInt(Stored::position))
                .toList();
    }

    Optional<Stored> find(UUID productId, UUID themeId) {
        return list(productId).stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    Optional<Instant> computedAt(UUID productId) {
        return jdbc.sql("select max(computed_at) as at from themes where product_id = ?")
                .param(productId)
                .query((rs, n) -> Optional.ofNullable(Rows.instant(rs, "at")))
                .single();
    }

    /** The notes nearest the theme's centre first; relies on the theme_notes primary key. */
    List<UUID> notes(UUID themeId, Paging paging) {
        return jdbc.sql(
                        "select note_id from theme_notes where theme_id = ? order by score desc, note_id limit ? offset ?")
                .params(themeId, paging.size(), paging.offset())
                .query((rs, n) -> Rows.uuid(rs, "note_id"))
                .list();
    }

    /** Which theme each note of the product was in, to keep a theme's id when it comes back much the same. */
    Map<UUID, UUID> membership(UUID productId) {
        Map<UUID, UUID> out = new HashMap<>();
        jdbc.sql(
                        "select tn.note_id, tn.theme_id from theme_notes tn join themes t on t.id = tn.theme_id where t.product_id = ?")
                .param(productId)
                .query((rs, n) -> out.put(Rows.uuid(rs, "note_id"), Rows.uuid(rs, "theme_id")))
                .list();
        return out;
    }

    /** Replaces the product's themes; fails on a note deleted meanwhile (the caller drops it and tries again). */
    void replace(UUID productId, List<NewTheme> themes, Instant at) {
        // theme by theme, each delete a range of the theme_notes primary key
        List<UUID> old = jdbc.sql("select id from themes where product_id = ?")
                .param(productId)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
        for (UUID id : old) {
            jdbc.sql("delete from theme_notes where theme_id = ?").param(id).update();
        }
        jdbc.sql("delete from themes where product_id = ?").param(productId).update();
        for (int i = 0; i < themes.size(); i++) {
            NewTheme t = themes.get(i);
            jdbc.sql(
                            "insert into themes (id, product_id, label, keywords, size, position, computed_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            t.id(),
                            productId,
                            cut(t.label(), 300),
                            cut(String.join(", ", t.keywords()), 1000),
                            t.members().size(),
                            i,
                            Rows.ts(at))
                    .update();
            template.batchUpdate(
                    "insert into theme_notes (theme_id, note_id, score) values (?, ?, ?)",
                    t.members(),
                    1000,
                    (ps, m) -> {
                        ps.setObject(1, t.id());
                        ps.setObject(2, m.noteId());
                        ps.setDouble(3, m.score());
                    });
        }
    }

    private static List<String> keywords(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(", ")).toList();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
