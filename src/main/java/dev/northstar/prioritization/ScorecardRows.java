package dev.northstar.prioritization;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** scorecards and scorecard_drivers. */
@Repository
class ScorecardRows {

    private record Head(UUID id, UUID productId, String name, String description, int version, Instant createdAt) {}

    private final JdbcClient jdbc;

    ScorecardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID productId, UUID id, Scorecard card, Instant at) {
        jdbc.sql("insert into scorecards (id, product_id, name, description, created_at) values (?, ?, ?, ?, ?)")
                .params(id, productId, card.name(), card.description(), Rows.ts(at))
                .update();
        writeDrivers(id, card.drivers());
    }

    boolean update(UUID productId, UUID id, int version, Scorecard card) {
        boolean ok = jdbc.sql("""
                update scorecards set name = ?, description = ?, version = version + 1
                where id = ? and product_id = ? and version = ?""")
                        .params(card.name(), card.description(), id, productId, version)
                        .update()
                == 1;
        if (ok) {
            jdbc.sql("delete from scorecard_drivers where scorecard_id = ?")
                    .param(id)
                    .update();
            writeDrivers(id, card.drivers());
        }
        return ok;
    }

    private void writeDrivers(UUID cardId, List<Scorecard.Driver> drivers) {
        for (int i = 0; i < drivers.size(); i++) {
            Scorecard.Driver d = drivers.get(i);
            jdbc.sql("""
                    insert into scorecard_drivers (id, scorecard_id, name, weight, scale_min, scale_max, position)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), cardId, d.name(), d.weight(), d.min(), d.max(), i)
                    .update();
        }
    }

    void delete(UUID productId, UUID id) {
        jdbc.sql("delete from scorecards where id = ? and product_id = ?")
                .params(id, productId)
                .update();
    }

    Optional<Scorecard> find(UUID productId, UUID id) {
        return all(productId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    List<Scorecard> all(UUID productId) {
        List<Head> heads = jdbc.sql("select * from scorecards where product_id = ? order by lower(name), id")
                .param(productId)
                .query((rs, n) -> new Head(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "product_id"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getInt("version"),
                        Rows.instant(rs, "created_at")))
                .list();
        Map<UUID, List<Scorecard.Driver>> drivers = new LinkedHashMap<>();
        jdbc.sql("""
                select d.* from scorecard_drivers d join scorecards s on s.id = d.scorecard_id
                where s.product_id = ? order by d.position""")
                .param(productId)
                .query((rs, n) -> {
                    drivers.computeIfAbsent(Rows.uuid(rs, "scorecard_id"), k -> new ArrayList<>())
                            .add(new Scorecard.Driver(
                                    Rows.uuid(rs, "id"),
                                    rs.getString("name"),
                                    rs.getDouble("weight"),
                                    rs.getDouble("scale_min"),
                                    rs.getDouble("scale_max")));
                    return null;
                })
                .list();
        return heads.stream()
                .map(h -> new Scorecard(
                        h.id(),
                        h.productId(),
                        h.name(),
                        h.description(),
                        drivers.getOrDefault(h.id(), List.of()),
                        h.version(),
                        h.createdAt()))
                .toList();
    }
}
