package dev.northstar.prioritization.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import dev.northstar.prioritization.EvidenceScore;
import dev.northstar.prioritization.EvidenceSettings;
import dev.northstar.prioritization.FeatureScore;
import dev.northstar.prioritization.IceInput;
import dev.northstar.prioritization.Kano;
import dev.northstar.prioritization.MoscowInput;
import dev.northstar.prioritization.RiceInput;
import dev.northstar.prioritization.ScoreChange;
import dev.northstar.prioritization.Scorecard;
import dev.northstar.prioritization.Scorecards;
import dev.northstar.prioritization.Scores;
import dev.northstar.prioritization.WsjfInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The scores panel of a feature page: a form per framework with its scales and guided choices, the
 * current score and breakdown beside each, the evidence score and the latest changes. Templates call
 * it as {@code @scorePanels.panel(productId, featureId)}, so the feature page needs no extra model.
 */
@Component("scorePanels")
public class ScorePanels {

    public record Choice(String value, String label) {}

    /** One input: a number field (with guided values as a datalist) or a select. */
    public record Field(
            String name,
            String label,
            String help,
            List<Choice> choices,
            String min,
            String max,
            String step,
            List<String> guided,
            String value) {

        public boolean select() {
            return choices != null;
        }

        public String id(String form) {
            return "score-" + form + "-" + name.replace('.', '-');
        }
    }

    public record Form(
            String key, String label, String formula, List<Field> fields, FeatureScore current, List<String> lines) {}

    public record Panel(
            UUID productId,
            UUID featureId,
            List<Form> forms,
            EvidenceScore evidence,
            EvidenceSettings settings,
            List<ScoreChange> history,
            long historyTotal,
            List<Choice> kanoQuestions,
            String open) {}

    private final Scores scores;
    private final Scorecards scorecards;
    private final Surveys surveys;

    ScorePanels(Scores scores, Scorecards scorecards, Surveys surveys) {
        this.scores = scores;
        this.scorecards = scorecards;
        this.surveys = surveys;
    }

    public Panel panel(UUID productId, UUID featureId) {
        return panel(productId, featureId, null, Map.of());
    }

    /** {@code open}: the framework whose form was just sent, with what was entered ({@code entered}) after an error. */
    public Panel panel(UUID productId, UUID featureId, String open, Map<String, String> entered) {
        Map<String, FeatureScore> current = new HashMap<>();
        scores.of(productId, featureId).forEach(s -> current.put(s.framework(), s));
        List<Form> forms = new ArrayList<>();
        forms.add(form(
                "rice",
                "RICE",
                "Reach × Impact × Confidence / Effort",
                current,
                open,
                entered,
                List.of(
                        number("reach", "Reach (people per quarter, 0 or more)", "0", null, "1", List.of()),
                        select(
                                "impact",
                                "Impact",
                                List.of(
                                        new Choice("3", "3: massive"),
                                        new Choice("2", "2: high"),
                                        new Choice("1", "1: medium"),
                                        new Choice("0.5", "0.5: low"),
                                        new Choice("0.25", "0.25: minimal"))),
                        number(
                                "confidence",
                                "Confidence % (above 0, at most 100; guided 100 high, 80 medium, 50 low)",
                                "0.1",
                                "100",
                                "any",
                                List.of("100", "80", "50")),
                        number(
                                "effort",
                                "Effort (person-months, above 0)",
                                "0.1",
                                null,
                                "any",
                                List.of("0.5", "1", "2", "3", "6")))));
        List<Choice> oneToTen = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new Choice("" + i, "" + i))
                .toList();
        forms.add(form(
                "ice",
                "ICE",
                "Impact × Confidence × Ease (1–10 each)",
                current,
                open,
                entered,
                List.of(
                        select("impact", "Impact (1–10)", oneToTen),
                        select("confidence", "Confidence (1–10)", oneToTen),
                        select("ease", "Ease (1–10)", oneToTen))));
        List<Choice> fib = WsjfInput.SCALE.stream()
                .map(d -> new Choice("" + d.intValue(), "" + d.intValue()))
                .toList();
        forms.add(form(
                "wsjf",
                "WSJF",
                "(Business value + Time criticality + Risk reduction) / Job size, each on 1, 2, 3, 5, 8, 13, 20",
                current,
                open,
                entered,
                List.of(
                        select("businessValue", "Business value", fib),
                        select("timeCriticality", "Time criticality", fib),
                        select("riskReduction", "Risk reduction / opportunity enablement", fib),
                        select("jobSize", "Job size", fib))));
        forms.add(form(
                "value-effort",
                "Value vs effort",
                "Value / Effort (1–10 each); above 5 is high: quick win, big bet, fill-in, money pit",
                current,
                open,
                entered,
                List.of(select("value", "Value (1–10)", oneToTen), select("effort", "Effort (1–10)", oneToTen))));
        forms.add(form(
                "moscow",
                "MoSCoW",
                "Must 4 · Should 3 · Could 2 · Won't 1",
                current,
                open,
                entered,
                List.of(select(
                        "category",
                        "Category",
                        List.of(MoscowInput.Category.values()).stream()
                                .map(c -> new Choice(c.key(), c.label()))
                                .toList()))));
        List<Field> kano = new ArrayList<>();
        for (Kano.Category c : Kano.Category.values()) {
            kano.add(number("counts." + c.key(), c.label() + " respondents", "0", null, "1", List.of()));
        }
        forms.add(form(
                "kano",
                "Kano",
                "The most frequent category over respondents (ties: must-be, one-dimensional, attractive, indifferent)",
                current,
                open,
                entered,
                kano));
        for (Scorecard card : scorecards.list(productId)) {
            List<Field> fields = new ArrayList<>();
            for (Scorecard.Driver d : card.drivers()) {
                fields.add(number(
                        "values." + d.name(),
                        d.name() + " (" + Breakdowns.num(d.min()) + "–" + Breakdowns.num(d.max()) + ", weight "
                                + Breakdowns.num(d.weight()) + ")",
                        Breakdowns.num(d.min()),
                        Breakdowns.num(d.max()),
                        "any",
                        List.of()));
            }
            forms.add(form(
                    "scorecard-" + card.id(),
                    "Scorecard: " + card.name(),
                    "100 × Σ weight × normalised value / Σ weights",
                    current,
                    open,
                    entered,
                    fields));
        }
        PageResult<ScoreChange> history = scores.history(productId, featureId, new Paging(0, 10));
        return new Panel(
                productId,
                featureId,
                forms,
                scores.evidence(productId, featureId),
                scores.evidenceSettings(productId),
                history.items(),
                history.total(),
                kanoQuestions(productId),
                open);
    }

    private List<Choice> kanoQuestions(UUID productId) {
        List<Choice> out = new ArrayList<>();
        for (SurveyView s : surveys.list(productId, new Paging(0, 50)).items()) {
            for (SurveyQuestion q : s.questions()) {
                if (q.type() == QuestionType.SINGLE_CHOICE) {
                    out.add(new Choice(s.id() + "|" + q.key(), s.title() + ": " + q.shortPrompt()));
                }
            }
        }
        return out;
    }

    private static Form form(
            String key,
            String label,
            String formula,
            Map<String, FeatureScore> current,
            String open,
            Map<String, String> entered,
            List<Field> fields) {
        FeatureScore now = current.get(key);
        List<Field> filled = new ArrayList<>();
        for (Field f : fields) {
            String v = key.equals(open) ? entered.get(f.name()) : value(now, f.name());
            filled.add(
                    new Field(f.name(), f.label(), f.help(), f.choices(), f.min(), f.max(), f.step(), f.guided(), v));
        }
        return new Form(
                key, label, formula, filled, now, now == null ? List.of() : Breakdowns.lines(key, now.breakdown()));
    }

    private static String value(FeatureScore s, String name) {
        if (s == null) {
            return null;
        }
        Object v;
        int dot = name.indexOf('.');
        if (dot > 0 && s.inputs().get(name.substring(0, dot)) instanceof Map<?, ?> m) {
            v = m.get(name.substring(dot + 1));
        } else {
            v = s.inputs().get(name);
        }
        return v == null ? null : Breakdowns.num(v);
    }

    private static Field number(String name, String label, String min, String max, String step, List<String> guided) {
        return new Field(name, label, null, null, min, max, step, guided, null);
    }

    private static Field select(String name, String label, List<Choice> choices) {
        return new Field(name, label, null, choices, null, null, null, List.of(), null);
    }

    static String riceImpactLabel(double v) {
        return RiceInput.impactLabel(v);
    }

    static List<Double> iceScale() {
        return IceInput.SCALE;
    }
}
