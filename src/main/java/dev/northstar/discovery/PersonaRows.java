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

/** The personas table. */
@Repository
class PersonaRows {

    private static final String SELECT = """
            select p.*, (select count(*) from needs n where n.persona_id = p.id) as need_count
            from personas p""";

    private final JdbcClient jdbc;

    PersonaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, PersonaInput in, Instant at) {
        jdbc.sql("""
                insert into personas (id, product_id, kind, name, summary, feelings, thoughts, motivations, influences, behaviours,
                                      goals, preferences, frustrations, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.kind().name(),
                        in.name(),
                        in.summary(),
                        in.feelings(),
                        in.thoughts(),
                        in.motivations(),
                        in.influences(),
                        in.behaviours(),
                        in.goals(),
                        in.preferences(),
                        in.frustrations(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    /** False when the version no longer matches: someone else saved first. */
    boolean update(UUID productId, UUID id, int version, PersonaInput in, Instant at) {
        return jdbc.sql("""
                update personas set kind = ?, name = ?, summary = ?, feelings = ?, thoughts = ?, motivations = ?, influences = ?,
                                    behaviours = ?, goals = ?, preferences = ?, frustrations = ?, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.kind().name(),
                                in.name(),
                                in.summary(),
                                in.feelings(),
                                in.thoughts(),
                                in.motivations(),
                                in.influences(),
                                in.behaviours(),
                                in.goals(),
                                in.preferences(),
                                in.frustrations(),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from personas where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<PersonaView> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where p.product_id = ? and p.id = ?")
                .params(productId, id)
                .query(PersonaRows::map)
                .optional();
    }

    boolean exists(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from personas where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Personas first, then segments, each by name; relies on personas_product. */
    List<PersonaView> list(UUID productId, PersonaKind kind, Paging paging) {
        var spec = jdbc.sql(
                        SELECT + " where p.product_id = :product" + (kind == null ? "" : " and p.kind = :kind")
                                + " order by case when p.kind = 'PERSONA' then 0 else 1 end, lower(p.name), p.id limit :limit offset :offset")
                .param("product", productId)
                .param("limit", paging.size())
                .param("offset", paging.offset());
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        return spec.query(PersonaRows::map).list();
    }

    long count(UUID productId, PersonaKind kind) {
        var spec = jdbc.sql("select count(*) from personas where product_id = :product"
                        + (kind == null ? "" : " and kind = :kind"))
                .param("product", productId);
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        return spec.query(Long.class).single();
    }

    private static PersonaView map(ResultSet rs, int n) throws SQLException {
        return new PersonaView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                PersonaKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("summary"),
                rs.getString("feelings"),
                rs.getString("thoughts"),
                rs.getString("motivations"),
                rs.getString("influences"),
                rs.getString("behaviours"),
                rs.getString("goals"),
                rs.getString("preferences"),
                rs.getString("frustrations"),
                rs.getInt("need_count"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
