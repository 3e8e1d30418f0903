package dev.northstar.strategy;

import dev.northstar.common.Paging;
import dev.northstar.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The competitors, competitor_criteria and competitor_ratings tables. */
@Repository
class CompetitorRows {

    private final JdbcClient jdbc;

    CompetitorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, CompetitorInput in, Instant at) {
        jdbc.sql("""
                insert into competitors (id, product_id, name, website, positioning, pricing, strengths, weaknesses, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        in.name(),
                        in.website(),
                        in.positioning(),
                        in.pricing(),
                        in.strengths(),
                        in.weaknesses(),
                        Rows.ts(at),
                        Rows.ts(at))
                .update();
    }

    boolean update(UUID productId, UUID id, int version, CompetitorInput in, Instant at) {
        return jdbc.sql("""
                update competitors set name = ?, website = ?, positioning = ?, pricing = ?, strengths = ?, weaknesses = ?,
                updated_at = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(
                                in.name(),
                                in.website(),
                                in.positioning(),
                                in.pricing(),
                                in.strengths(),
                                in.weaknesses(),
                                Rows.ts(at),
                                id,
                                productId,
                                version)
                        .update()
                == 1;
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("update competitors set updated_at = ?, version = version + 1 where id = ?")
                .params(Rows.ts(at), id)
                .update();
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from competitors where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    boolean nameTaken(UUID productId, String name, UUID except) {
        return jdbc
                .sql("select id from competitors where product_id = ? and lower(name) = lower(?)")
                .params(productId, name)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list()
                .stream()
                .anyMatch(id -> !id.equals(except));
    }

    long count(UUID productId) {
        return jdbc.sql("select count(*) from competitors where product_id = ?")
                .param(productId)
                .query(Long.class)
                .single();
    }

    Optional<CompetitorView> find(UUID productId, UUID id) {
        return withRatings(jdbc.sql("select * from competitors where product_id = ? and id = ?")
                        .params(productId, id)
                        .query(CompetitorRows::competitor)
                        .list())
                .stream()
                .findFirst();
    }

    /** A page of competitors by name (competitors_product index). */
    List<CompetitorView> list(UUID productId, Paging paging) {
        return withRatings(
                jdbc.sql("select * from competitors where product_id = ? order by lower(name), id limit ? offset ?")
                        .params(productId, paging.size(), paging.offset())
                        .query(CompetitorRows::competitor)
                        .list());
    }

    void setRating(UUID competitorId, RatingInput r) {
        jdbc.sql("delete from competitor_ratings where competitor_id = ? and criterion_id = ?")
                .params(competitorId, r.criterionId())
                .update();
        if (!r.isEmpty()) {
            jdbc.sql("insert into competitor_ratings (competitor_id, criterion_id, rating, note) values (?, ?, ?, ?)")
                    .params(competitorId, r.criterionId(), r.rating(), r.note())
                    .update();
        }
    }

    // criteria

    List<CriterionView> criteria(UUID productId) {
        return jdbc.sql("select * from competitor_criteria where product_id = ? order by position, created_at")
                .param(productId)
                .query(CompetitorRows::criterion)
                .list();
    }

    Optional<CriterionView> criterion(UUID productId, UUID id) {
        return jdbc.sql("select * from competitor_criteria where product_id = ? and id = ?")
                .params(productId, id)
                .query(CompetitorRows::criterion)
                .optional();
    }

    void insertCriterion(UUID productId, UUID id, int position, CriterionInput in, Instant at) {
        jdbc.sql("""
                insert into competitor_criteria (id, product_id, name, description, position, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, productId, in.name(), in.description(), position, Rows.ts(at))
                .update();
    }

    void updateCriterion(UUID productId, UUID id, CriterionInput in) {
        jdbc.sql("update competitor_criteria set name = ?, description = ? where id = ? and product_id = ?")
                .params(in.name(), in.description(), id, productId)
                .update();
    }

    void moveCriterion(UUID id, int position) {
        jdbc.sql("update competitor_criteria set position = ? where id = ?")
                .params(position, id)
                .update();
    }

    void deleteCriterion(UUID productId, UUID id) {
        jdbc.sql("delete from competitor_criteria where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    private List<CompetitorView> withRatings(List<CompetitorView> competitors) {
        if (competitors.isEmpty()) {
            return competitors;
        }
        Map<UUID, List<RatingView>> ratings = new HashMap<>();
        jdbc.sql("""
                        select r.competitor_id, r.criterion_id, r.rating, r.note, c.name as criterion
                        from competitor_ratings r join competitor_criteria c on c.id = r.criterion_id
                        where r.competitor_id in (:ids) order by c.position, c.created_at""")
                .param("ids", competitors.stream().map(CompetitorView::id).toList())
                .query((ResultSet rs, int n) -> {
                    int rating = rs.getInt("rating");
                    Integer value = rs.wasNull() ? null : rating;
                    return ratings.computeIfAbsent(Rows.uuid(rs, "competitor_id"), k -> new ArrayList<>())
                            .add(new RatingView(
                                    Rows.uuid(rs, "criterion_id"),
                                    rs.getString("criterion"),
                                    value,
                                    rs.getString("note")));
                })
                .list();
        return competitors.stream()
                .map(c -> new CompetitorView(
                        c.id(),
                        c.productId(),
                        c.name(),
                        c.website(),
                        c.positioning(),
                        c.pricing(),
                        c.strengths(),
                        c.weaknesses(),
                        List.copyOf(ratings.getOrDefault(c.id(), List.of())),
                        c.version(),
                        c.createdAt(),
                        c.updatedAt()))
                .toList();
    }

    private static CompetitorView competitor(ResultSet rs, int n) throws SQLException {
        return new CompetitorView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("name"),
                rs.getString("website"),
                rs.getString("positioning"),
                rs.getString("pricing"),
                rs.getString("strengths"),
                rs.getString("weaknesses"),
                List.of(),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    private static CriterionView criterion(ResultSet rs, int n) throws SQLException {
        return new CriterionView(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "product_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("position"));
    }
}
