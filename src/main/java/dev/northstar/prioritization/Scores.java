package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.NoteView;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Actor;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Features' scores in each framework: set from the framework's inputs (validated on its scales),
 * kept as a column per framework for ranking, with every change of inputs in the history (who, when).
 * Also the evidence score from linked highlights under the product's evidence settings.
 * Viewers read; editors score.
 */
@Service
@Transactional
public class Scores {

    private final Access access;
    private final ScoreRows rows;
    private final FeatureRows features;
    private final ScorecardRows scorecards;
    private final KanoSurveys kano;
    private final EvidenceSettingsRows settings;
    private final Features featureFacade;
    private final FeedbackInbox inbox;

    Scores(
            Access access,
            ScoreRows rows,
            FeatureRows features,
            ScorecardRows scorecards,
            KanoSurveys kano,
            EvidenceSettingsRows settings,
            Features featureFacade,
            FeedbackInbox inbox) {
        this.access = access;
        this.rows = rows;
        this.features = features;
        this.scorecards = scorecards;
        this.kano = kano;
        this.settings = settings;
        this.featureFacade = featureFacade;
        this.inbox = inbox;
    }

    /**
     * Sets a feature's inputs in one framework ({@code rice}, {@code ice}, {@code wsjf}, {@code value-effort},
     * {@code moscow}, {@code kano}, {@code scorecard-<id>}) and answers the new score. Invalid inputs are
     * refused naming the field and nothing is saved. Editors and up.
     */
    public FeatureScore put(UUID productId, UUID featureId, String framework, Map<String, ?> body) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        ScoreKey key = ScoreKey.parse(framework, "framework");
        requireFeature(productId, featureId);
        ScoreInput input = parse(productId, key, body == null ? Map.of() : body);
        return save(productId, featureId, key, input, pa.actor(), null);
    }

    /** The feature's current scores, by framework. Viewers and up. */
    @Transactional(readOnly = true)
    public List<FeatureScore> of(UUID productId, UUID featureId) {
        access.product(productId, Role.VIEWER);
        requireFeature(productId, featureId);
        Map<UUID, String> names = cardNames(productId);
        return rows.forFeature(featureId).stream().map(s -> view(s, names)).toList();
    }

    /** Removes a feature's score in one framework (kept in the history). Editors and up. */
    public void remove(UUID productId, UUID featureId, String framework) {
        ProductAccess pa = access.product(productId, Role.EDITOR);
        ScoreKey key = ScoreKey.parse(framework, "framework");
        requireFeature(productId, featureId);
        if (rows.delete(featureId, key.value())) {
            rows.history(productId, featureId, key.value(), null, null, "removed", pa.actor(), Instant.now());
        }
    }

    /** Every change of the feature's inputs, newest first. Viewers and up. */
    @Transactional(readOnly = true)
    public PageResult<ScoreChange> history(UUID productId, UUID featureId, Paging paging) {
        access.product(productId, Role.VIEWER);
        requireFeature(productId, featureId);
        return new PageResult<>(rows.changes(featureId, paging), rows.countChanges(featureId));
    }

    /** What a survey's answers say about a feature in Kano terms, without saving anything. Viewers and up. */
    @Transactional(readOnly = true)
    public KanoInput kanoFromSurvey(
            UUID productId, UUID surveyId, String functionalQuestion, String dysfunctionalQuestion) {
        access.product(productId, Role.VIEWER);
        return kano.classify(productId, surveyId, functionalQuestion, dysfunctionalQuestion);
    }

    /** The feature's evidence score with a line per linked highlight. Viewers and up. */
    @Transactional(readOnly = true)
    public EvidenceScore evidence(UUID productId, UUID featureId) {
        FeatureView feature = featureFacade.get(productId, featureId);
        return evidence(productId, feature, settings.find(productId), Instant.now());
    }

    @Transactional(readOnly = true)
    public EvidenceSettings evidenceSettings(UUID productId) {
        access.product(productId, Role.VIEWER);
        return settings.find(productId);
    }

    /** Changes the half-life and customer weighting of evidence. Editors and up. */
    public EvidenceSettings changeEvidenceSettings(UUID productId, EvidenceSettings next) {
        access.product(productId, Role.EDITOR);
        settings.save(productId, next, Instant.now());
        return settings.find(productId);
    }

    // --- inside the module

    EvidenceScore evidence(UUID productId, FeatureView feature, EvidenceSettings s, Instant now) {
        List<EvidenceScore.Item> items = new ArrayList<>();
        Map<UUID, NoteView> notes = new HashMap<>();
        for (EvidenceLink link : feature.evidence()) {
            if (link.kind() != EvidenceKind.HIGHLIGHT) {
                continue;
            }
            String segment = null;
            java.math.BigDecimal revenue = null;
            if (s.weighting() != EvidenceSettings.Weighting.NONE && link.noteId() != null) {
                NoteView note = notes.computeIfAbsent(link.noteId(), id -> {
                    try {
                        return inbox.get(productId, id);
                    } catch (NotFoundException e) {
                        return null;
                    }
                });
                if (note != null) {
                    segment = note.customer().segment();
                    revenue = note.customer().revenue();
                }
            }
            Instant at = link.noteDate() == null
                    ? link.linkedAt()
                    : link.noteDate().atStartOfDay().toInstant(ZoneOffset.UTC);
            items.add(new EvidenceScore.Item(
                    link.refId(),
                    link.title(),
                    link.importance() == null
                            ? Importance.NICE_TO_HAVE
                            : Importance.parse(link.importance(), "importance"),
                    at,
                    segment,
                    revenue));
        }
        return EvidenceScore.compute(items, s, now);
    }

    EvidenceSettings settings(UUID productId) {
        return settings.find(productId);
    }

    /** Stored scores of several features (no access check: callers have checked). */
    List<ScoreRows.Stored> stored(List<UUID> featureIds) {
        return rows.forFeatures(featureIds);
    }

    Map<UUID, String> cardNames(UUID productId) {
        Map<UUID, String> names = new HashMap<>();
        scorecards.all(productId).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /** The stored inputs of a feature in a framework as a live input, for sensitivity; null when unscored. */
    ScoreInput input(UUID productId, UUID featureId, ScoreKey key) {
        return rows.find(featureId, key.value())
                .map(s -> restore(productId, key, s.inputs()))
                .orElse(null);
    }

    /** Scores every feature on a changed scorecard again; values of drivers that went are dropped, new drivers start at their minimum. */
    void rescore(UUID productId, Scorecard card) {
        Actor actor = access.current();
        for (ScoreRows.Stored s : rows.forFramework(productId, card.key().value())) {
            Map<UUID, Double> values = new LinkedHashMap<>();
            Object raw = s.inputs().get("values");
            Map<?, ?> byId = raw instanceof Map<?, ?> m ? m : Map.of();
            for (Scorecard.Driver d : card.drivers()) {
                Object v = byId.get(d.id().toString());
                values.put(d.id(), v instanceof Number n ? Math.clamp(n.doubleValue(), d.min(), d.max()) : d.min());
            }
            save(productId, s.featureId(), card.key(), new ScorecardInput(card, values), actor, "scorecard changed");
        }
    }

    void dropFramework(UUID productId, ScoreKey key) {
        rows.deleteFramework(productId, key.value());
    }

    private FeatureScore save(
            UUID productId, UUID featureId, ScoreKey key, ScoreInput input, Actor actor, String note) {
        Map<String, Object> stored = storedForm(input);
        Instant now = Instant.now();
        boolean changed = rows.find(featureId, key.value())
                .map(s -> !Objects.equals(Json.write(s.inputs()), Json.write(stored)))
                .orElse(true);
        rows.upsert(productId, featureId, key.value(), input.score(), stored, input.breakdown(), actor, now);
        if (changed) {
            rows.history(productId, featureId, key.value(), stored, input.score(), note, actor, now);
        }
        return view(rows.find(featureId, key.value()).orElseThrow(), cardNames(productId));
    }

    private ScoreInput parse(UUID productId, ScoreKey key, Map<String, ?> body) {
        return switch (key.framework()) {
            case RICE -> RiceInput.from(body);
            case ICE -> IceInput.from(body);
            case WSJF -> WsjfInput.from(body);
            case VALUE_EFFORT -> ValueEffortInput.from(body);
            case MOSCOW -> MoscowInput.from(body);
            case KANO -> {
                String survey = Inputs.text(body, "surveyId");
                if (survey != null && !survey.isBlank()) {
                    UUID surveyId;
                    try {
                        surveyId = UUID.fromString(survey);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("surveyId", "'" + survey + "' is not a survey id");
                    }
                    yield kano.classify(
                            productId,
                            surveyId,
                            Inputs.text(body, "functionalQuestion"),
                            Inputs.text(body, "dysfunctionalQuestion"));
                }
                yield KanoInput.from(body);
            }
            case SCORECARD -> ScorecardInput.from(card(productId, key), body);
        };
    }

    private ScoreInput restore(UUID productId, ScoreKey key, Map<String, Object> stored) {
        if (key.framework() == Framework.KANO) {
            KanoInput counts = KanoInput.from(stored);
            Object survey = stored.get("surveyId");
            return survey == null
                    ? counts
                    : new KanoInput(
                            counts.counts(),
                            UUID.fromString(survey.toString()),
                            Inputs.text(stored, "functionalQuestion"),
                            Inputs.text(stored, "dysfunctionalQuestion"));
        }
        return parse(productId, key, stored);
    }

    private Scorecard card(UUID productId, ScoreKey key) {
        return scorecards
                .find(productId, key.scorecardId())
                .orElseThrow(() -> new InvalidInputException("framework", "no scorecard with this id in the product"));
    }

    /** Scorecard values are stored by driver id so renaming a driver keeps them. */
    private static Map<String, Object> storedForm(ScoreInput input) {
        if (input instanceof ScorecardInput s) {
            Map<String, Object> byId = new LinkedHashMap<>();
            s.driverValues().forEach((id, v) -> byId.put(id.toString(), v));
            return Map.of("values", byId);
        }
        return input.values();
    }

    private void requireFeature(UUID productId, UUID featureId) {
        if (!features.exists(productId, featureId)) {
            throw new NotFoundException("feature");
        }
    }

    static String label(String framework, Map<UUID, String> cardNames) {
        if (framework.startsWith("scorecard-")) {
            String name = cardNames.get(UUID.fromString(framework.substring("scorecard-".length())));
            return "Scorecard: " + (name == null ? "(deleted)" : name);
        }
        return Framework.parse(framework, "framework").label();
    }

    /** Scorecard inputs go out by driver name, as the API takes them. */
    private FeatureScore view(ScoreRows.Stored s, Map<UUID, String> names) {
        Map<String, Object> inputs = s.inputs();
        if (s.framework().startsWith("scorecard-") && s.breakdown().get("drivers") instanceof List<?> drivers) {
            Map<String, Object> byName = new LinkedHashMap<>();
            for (Object d : drivers) {
                if (d instanceof Map<?, ?> m) {
                    byName.put(String.valueOf(m.get("driver")), m.get("value"));
                }
            }
            inputs = Map.of("values", byName);
        }
        return new FeatureScore(
                s.featureId(),
                s.framework(),
                label(s.framework(), names),
                s.score(),
                inputs,
                s.breakdown(),
                s.updatedBy(),
                s.updatedAt());
    }
}
