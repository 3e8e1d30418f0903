package dev.northstar.discovery;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The needs table; evidence counts come from highlights (highlights_need index). */
@Repository
class NeedRows {

    private static final String SELECT = """
            select n.*, p.name as persona_name,
                   (select count(*) from highlights h where h.need_id = n.id) as evidence,
                   (select count(*) from highlights h where h.need_id = n.id and h.importance = 'CRITICAL') as critical_evidence
            from needs n left join personas p on p.id = n.persona_id""";

    private static final String IMPORTANCE_RANK =
            "case n.importance when 'CRITICAL' then 2 when 'IMPORTANT' then 1 else 0 end";

    private final JdbcClient jdbc;

    NeedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, NeedInput in, Instant at) {
        jdbc.sql("""
                insert into needs (id, product_id, persona_id, title, description, importance, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.personaId(),
                        in.title(),
                        in.description(),
                        in.importance().name(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID productId, UUID id, int version, NeedInput in, Instant at) {
        return jdbc.sql("""
                update needs set persona_id = ?, title = ?, description = ?, importance = ?, updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.personaId(),
                                in.title(),
                                in.description(),
                                in.importance().name(),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from needs where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<NeedView> find(UUID productId, UUID id) {
        return jdbc.sql(SELECT + " where n.product_id = ? and n.id = ?")
                .params(productId, id)
                .query(NeedRows::map)
                .optional();
    }

    boolean exists(UUID productId, UUID id) {
        return jdbc.sql("select count(*) from needs where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<NeedView> list(UUID productId, NeedFilter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where n.product_id = :product");
        where(filter, sql, params);
        sql.append(
                switch (filter.order()) {
                    case EVIDENCE -> " order by evidence desc, " + IMPORTANCE_RANK + " desc, lower(n.title)";
                    case IMPORTANCE -> " order by " + IMPORTANCE_RANK + " desc, evidence desc, lower(n.title)";
                    case TITLE -> " order by lower(n.title)";
                });
        sql.append(", n.id limit :limit offset :offset");
        params.put("product", productId);
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(NeedRows::map).list();
    }

    long count(UUID productId, NeedFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select count(*) from needs n where n.product_id = :product");
        where(filter, sql, params);
        params.put("product", productId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(NeedFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.personaId() != null) {
            sql.append(" and n.persona_id = :persona");
            params.put("persona", filter.personaId());
        }
        if (filter.importance() != null) {
            sql.append(" and n.importance = :importance");
            params.put("importance", filter.importance().name());
        }
    }

    private static NeedView map(ResultSet rs, int n) throws SQLException {
        return new NeedView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                Rows.uuid(rs, "persona_id"),
                rs.getString("persona_name"),
                rs.getString("title"),
                rs.getString("description"),
                Importance.valueOf(rs.getString("importance")),
                rs.getInt("evidence"),
                rs.getInt("critical_evidence"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
