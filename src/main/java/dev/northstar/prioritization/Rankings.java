package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Features ranked best first in a framework (from the stored score column: one indexed query), the
 * product's manual ranking with the reason for every move, and the sensitivity of two adjacent
 * features. Archived features are never ranked. Viewers read; editors move.
 */
@Service
@Transactional
public class Rankings {

    /** The pseudo-framework for the PM's own order. */
    public static final String MANUAL = "manual";

    /** The pseudo-framework for the evidence score (see {@link EvidenceScore}), computed when asked. */
    public static final String EVIDENCE = "evidence";

    private final Access access;
    private final RankRows rows;
    private final FeatureRows features;
    private final Scores scores;
    private final EvidenceRankRows evidence;

    Rankings(Access access, RankRows rows, FeatureRows features, Scores scores, EvidenceRankRows evidence) {
        this.access = access;
        this.rows = rows;
        this.features = features;
        this.scores = scores;
        this.evidence = evidence;
    }

    /**
     * Features scored in {@code framework} ({@code rice}, …, {@code scorecard-<id>}, or {@code manual}),
     * best first, with each score's breakdown; unscored features are left out (manual lists every feature).
     * {@code evidence} ranks the features citing at least one highlight by their evidence score now, the
     * breakdown holding a line per highlight as {@link Scores#evidence(UUID, UUID)} gives it.
     */
    @Transactional(readOnly = true)
    public PageResult<RankedFeature> rank(UUID productId, String framework, Paging paging) {
        access.product(productId, Role.VIEWER);
        if (framework != null && framework.strip().equalsIgnoreCase(MANUAL)) {
            return manual(productId, paging);
        }
        if (framework != null && framework.strip().equalsIgnoreCase(EVIDENCE)) {
            return evidence(productId, paging, Instant.now());
        }
        ScoreKey key = ScoreKey.parse(framework, "rankBy");
        List<RankRows.Line> lines = rows.ranked(productId, key.value(), paging);
        List<RankedFeature> out = new ArrayList<>(lines.size());
        int rank = (int) paging.offset();
        for (RankRows.Line l : lines) {
            out.add(new RankedFeature(l.id(), l.title(), l.status(), ++rank, l.score(), Json.read(l.breakdown())));
        }
        return new PageResult<>(out, rows.count(productId, key.value()));
    }

    private PageResult<RankedFeature> manual(UUID productId, Paging paging) {
        List<RankedFeature> out = new ArrayList<>();
        int rank = (int) paging.offset();
        for (RankRows.Line l : rows.manual(productId, paging)) {
            rank++;
            out.add(new RankedFeature(l.id(), l.title(), l.status(), rank, rank, Map.of("position", rank)));
        }
        return new PageResult<>(out, rows.countFeatures(productId));
    }

    /*
     * Computed on every request, not stored: the score decays with time and depends on discovery's
     * highlights, notes and customers, so a stored value would need refreshing on every change there.
     * One query reads every cited highlight of the product; the quotes only for the page shown.
     */
    PageResult<RankedFeature> evidence(UUID productId, Paging paging, Instant now) {
        EvidenceSettings s = scores.settings(productId);
        List<EvidenceRankRows.Cited> cited =
                evidence.cited(productId, s.weighting() != EvidenceSettings.Weighting.NONE);
        record Scored(EvidenceRankRows.Cited feature, EvidenceScore score, String sortTitle) {}
        List<Scored> all = new ArrayList<>(cited.size());
        for (EvidenceRankRows.Cited c : cited) {
            all.add(new Scored(
                    c, EvidenceScore.compute(c.items(), s, now), c.title().toLowerCase(java.util.Locale.ROOT)));
        }
        all.sort(java.util.Comparator.comparingDouble((Scored x) -> -x.score().score())
                .thenComparing(Scored::sortTitle)
                .thenComparing(x -> x.feature().id()));
        int from = (int) Math.min(paging.offset(), all.size());
        List<Scored> page = all.subList(from, (int) Math.min(from + (long) paging.size(), all.size()));
        List<UUID> highlightIds = new ArrayList<>();
        page.forEach(
                x -> x.score().lines().forEach(l -> highlightIds.add(l.item().highlightId())));
        Map<UUID, String> quotes = evidence.quotes(highlightIds);
        List<RankedFeature> out = new ArrayList<>(page.size());
        int rank = from;
        for (Scored x : page) {
            out.add(new RankedFeature(
                    x.feature().id(),
                    x.feature().title(),
                    x.feature().status(),
                    ++rank,
                    x.score().score(),
                    breakdown(x.score(), s, quotes)));
        }
        return new PageResult<>(out, all.size());
    }

    private static Map<String, Object> breakdown(EvidenceScore score, EvidenceSettings s, Map<UUID, String> quotes) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (EvidenceScore.Line l : score.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("highlightId", l.item().highlightId().toString());
            line.put("quote", quotes.get(l.item().highlightId()));
            line.put("importance", l.item().importance().label());
            line.put("importanceWeight", l.importanceWeight());
            line.put("customerWeight", l.customerWeight());
            line.put("ageDays", l.ageDays());
            line.put("decay", l.decay());
            line.put("contribution", l.contribution());
            lines.add(line);
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("halfLifeDays", s.halfLifeDays());
        b.put("weighting", s.weighting().key());
        b.put("formula", "Σ importance weight × customer weight × 0.5^(age days / " + s.halfLifeDays() + ")");
        b.put("lines", lines);
        return b;
    }

    /**
     * Moves a feature to {@code position} (1 first) in the manual ranking; the reason is required and
     * kept with who and when. Answers the new page holding the feature. Editors and up.
     */
    public List<RankedFeature> move(UUID productId, UUID featureId, int position, String reason) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        String why = Checks.trimToNull(reason);
        Checks.start()
                .notBlank(why, "reason", "A reason for the move")
                .maxLength(why, 2000, "reason", "The reason")
                .require(position >= 1, "position", "Position must be 1 or more")
                .orThrow();
        FeatureRows.Row feature =
                features.find(productId, featureId).orElseThrow(() -> new NotFoundException("feature"));
        if (feature.status() == FeatureStatus.ARCHIVED) {
            throw new InvalidInputException("featureId", "archived features are not ranked");
        }
        List<UUID> order = new ArrayList<>(rows.manualOrder(productId));
        int from = order.indexOf(featureId);
        order.remove(featureId);
        int to = Math.min(position, order.size() + 1);
        order.add(to - 1, featureId);
        rows.writeOrder(productId, order);
        rows.recordMove(productId, featureId, feature.title(), from + 1, to, why, pa.actor(), Instant.now());
        return manual(productId, new Paging(0, Math.max(to, 50) > 500 ? 500 : Math.max(to, 50)))
                .items();
    }

    /** How many features have a score in at least one framework. Viewers and up. */
    @Transactional(readOnly = true)
    public long scoredFeatures(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.countScored(productId);
    }

    /** Manual moves with their reasons, newest first; {@code featureId} narrows to one feature's. Viewers and up. */
    @Transactional(readOnly = true)
    public PageResult<RankMove> moves(UUID productId, UUID featureId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.moves(productId, featureId, paging), rows.countMoves(productId, featureId));
    }

    /**
     * For two features scored in {@code framework}, {@code upper} ranked above {@code lower}: how far each
     * input must move alone to swap them (see {@link Sensitivity}). Without ids, the top two. Viewers and up.
     */
    @Transactional(readOnly = true)
    public Sensitivity sensitivity(UUID productId, String framework, UUID upper, UUID lower) {
        access.product(productId, Role.VIEWER);
        ScoreKey key = ScoreKey.parse(framework, "framework");
        if (upper == null || lower == null) {
            List<RankRows.Line> top = rows.ranked(productId, key.value(), new Paging(0, 2));
            if (top.size() < 2) {
                throw new InvalidInputException("framework", "fewer than two features are scored in " + key.value());
            }
            upper = top.get(0).id();
            lower = top.get(1).id();
        }
        ScoreInput a = scored(productId, upper, key, "upper");
        ScoreInput b = scored(productId, lower, key, "lower");
        if (a.score() < b.score()) {
            throw new InvalidInputException("upper", "the upper feature must score at least as high as the lower one");
        }
        return new Sensitivity(
                key,
                new Sensitivity.Side(upper, title(productId, upper), a.score(), Sensitivity.moves(a, b.score(), true)),
                new Sensitivity.Side(
                        lower, title(productId, lower), b.score(), Sensitivity.moves(b, a.score(), false)));
    }

    /** Value vs effort of every scored feature, for the 2×2 chart: value, effort, quadrant by feature. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> valueEffortPoints(UUID productId) {
        access.product(productId, Role.VIEWER);
        List<Map<String, Object>> points = new ArrayList<>();
        for (RankRows.Line l : rows.ranked(productId, Framework.VALUE_EFFORT.key(), new Paging(0, 500))) {
            Map<String, Object> b = Json.read(l.breakdown());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", l.id().toString());
            p.put("title", l.title());
            p.put("value", b.get("value"));
            p.put("effort", b.get("effort"));
            p.put("quadrant", b.get("quadrant"));
            points.add(p);
        }
        return points;
    }

    private ScoreInput scored(UUID productId, UUID featureId, ScoreKey key, String field) {
        if (!features.exists(productId, featureId)) {
            throw new InvalidInputException(field, "no feature with this id in the product");
        }
        ScoreInput input = scores.input(productId, featureId, key);
        if (input == null) {
            throw new InvalidInputException(field, "this feature has no " + key.value() + " score");
        }
        return input;
    }

    private String title(UUID productId, UUID featureId) {
        return features.find(productId, featureId).map(FeatureRows.Row::title).orElse("");
    }
}
