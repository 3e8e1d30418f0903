package dev.northstar.prioritization;

import dev.northstar.common.Rows;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** evidence_settings: one row per product that changed the defaults. */
@Repository
class EvidenceSettingsRows {

    private final JdbcClient jdbc;

    EvidenceSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EvidenceSettings find(UUID productId) {
        return jdbc.sql("select * from evidence_settings where product_id = ?")
                .param(productId)
                .query((rs, n) -> {
                    Map<String, Double> weights = new LinkedHashMap<>();
                    Map<String, Object> raw = Json.read(rs.getString("segment_weights"));
                    if (raw != null) {
                        raw.forEach((k, v) -> weights.put(k, ((Number) v).doubleValue()));
                    }
                    return new EvidenceSettings(
                            rs.getInt("half_life_days"),
                            EvidenceSettings.Weighting.valueOf(rs.getString("weighting")),
                            weights);
                })
                .optional()
                .orElse(EvidenceSettings.DEFAULT);
    }

    void save(UUID productId, EvidenceSettings s, Instant at) {
        jdbc.sql("delete from evidence_settings where product_id = ?")
                .param(productId)
                .update();
        jdbc.sql("""
                insert into evidence_settings (product_id, half_life_days, weighting, segment_weights, updated_at)
                values (?, ?, ?, ?, ?)""")
                .params(productId, s.halfLifeDays(), s.weighting().name(), Json.write(s.segmentWeights()), Rows.ts(at))
                .update();
    }
}
