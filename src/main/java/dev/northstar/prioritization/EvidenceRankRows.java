package dev.northstar.prioritization;

import dev.northstar.common.Rows;
import dev.northstar.discovery.Importance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The highlights every ranked feature of a product cites, in one query, for the evidence ranking.
 * Reads the same things {@link Scores#evidence} reads through discovery's facades (the highlight's
 * importance, its note's date and first customer) but for the whole product at once, joining
 * feature_evidence (index feature_evidence_feature) to highlights and notes by primary key. Only
 * highlights linked directly count, as in {@link Scores#evidence}; linked needs and opportunities do not.
 */
@Repository
class EvidenceRankRows {

    /** A ranked feature's title and status with its evidence items (quotes left out). */
    record Cited(UUID id, String title, FeatureStatus status, List<EvidenceScore.Item> items) {}

    private final JdbcClient jdbc;

    EvidenceRankRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Non-archived features with at least one highlight, with their items; customers only when {@code customers}. */
    List<Cited> cited(UUID productId, boolean customers) {
        // a note's first customer sits on the note row (discovery's V2_17)
        String customerColumns = customers
                ? "n.customer_segment as segment, n.customer_revenue as revenue"
                : "null as segment, null as revenue";
        Map<UUID, Cited> out = new LinkedHashMap<>();
        jdbc.sql("""
                select f.id, f.title, f.status, h.id as highlight_id, h.importance, n.note_date, e.created_at, %s
                from features f
                join feature_evidence e on e.feature_id = f.id
                join highlights h on h.id = e.highlight_id and h.product_id = f.product_id
                join notes n on n.id = h.note_id
                where f.product_id = ? and f.status <> 'ARCHIVED'
                order by f.id, e.position""".formatted(customerColumns)).param(productId).query(rs -> {
            UUID id = Rows.uuid(rs, "id");
            Cited cited = out.get(id);
            if (cited == null) {
                cited = new Cited(
                        id,
                        rs.getString("title"),
                        FeatureStatus.valueOf(rs.getString("status")),
                        new java.util.ArrayList<>());
                out.put(id, cited);
            }
            LocalDate date = Rows.date(rs, "note_date");
            Instant at = date == null
                    ? Rows.instant(rs, "created_at")
                    : date.atStartOfDay().toInstant(ZoneOffset.UTC);
            String importance = rs.getString("importance");
            BigDecimal revenue = rs.getBigDecimal("revenue");
            cited.items()
                    .add(new EvidenceScore.Item(
                            Rows.uuid(rs, "highlight_id"),
                            null,
                            importance == null ? Importance.NICE_TO_HAVE : Importance.parse(importance, "importance"),
                            at,
                            rs.getString("segment"),
                            revenue));
        });
        return List.copyOf(out.values());
    }

    /** Quotes of a few highlights (one page of the ranking), by primary key. */
    Map<UUID, String> quotes(List<UUID> highlightIds) {
        Map<UUID, String> out = new HashMap<>();
        if (highlightIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, quote from highlights where id in (:ids)")
                .param("ids", highlightIds)
                .query(rs -> {
                    out.put(Rows.uuid(rs, "id"), rs.getString("quote"));
                });
        return out;
    }
}
