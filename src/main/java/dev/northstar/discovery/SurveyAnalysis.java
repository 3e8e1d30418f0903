package dev.northstar.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns a survey's responses into its results; pure computation, no database. */
final class SurveyAnalysis {

    /** Free-text answers listed per question in the results; the responses list has them all. */
    static final int MAX_TEXTS = 500;

    private SurveyAnalysis() {}

    /**
     * @param responses newest first
     * @param notes inbox note ids by "responseId|text", to link free-text answers to their notes
     */
    static SurveyResults analyse(SurveyView survey, List<SurveyResponseView> responses, Map<String, UUID> notes) {
        List<SurveyResults.QuestionResult> results = new ArrayList<>();
        Nps headline = null;
        for (SurveyQuestion q : survey.questions()) {
            SurveyResults.QuestionResult r = switch (q.type()) {
                case NPS, RATING -> scale(q, responses);
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(q, responses);
                case FREE_TEXT -> text(q, responses, notes);
            };
            if (headline == null && r.nps() != null && r.answered() > 0) {
                headline = r.nps();
            }
            results.add(r);
        }
        return new SurveyResults(survey.id(), responses.size(), headline, results);
    }

    private static SurveyResults.QuestionResult scale(SurveyQuestion q, List<SurveyResponseView> responses) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int v = q.type().min(); v <= q.type().max(); v++) {
            counts.put(v, 0);
        }
        List<Integer> values = new ArrayList<>();
        for (SurveyResponseView r : responses) {
            if (r.answers().get(q.key()) instanceof Number n && counts.containsKey(n.intValue())) {
                values.add(n.intValue());
                counts.merge(n.intValue(), 1, Integer::sum);
            }
        }
        int answered = values.size();
        Double average = answered == 0
                ? null
                : Math.round(10.0 * values.stream().mapToInt(Integer::intValue).sum() / answered) / 10.0;
        Nps nps = q.type() == QuestionType.NPS ? Nps.of(values) : null;
        List<SurveyResults.Bucket> buckets = counts.entrySet().stream()
                .map(e -> new SurveyResults.Bucket(
                        String.valueOf(e.getKey()), e.getValue(), percent(e.getValue(), answered)))
                .toList();
        return new SurveyResults.QuestionResult(
                q.key(), q.type(), q.prompt(), answered, average, nps, buckets, List.of());
    }

    private static SurveyResults.QuestionResult choice(SurveyQuestion q, List<SurveyResponseView> responses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o, 0));
        int answered = 0;
        for (SurveyResponseView r : responses) {
            Object a = r.answers().get(q.key());
            List<?> picked = a instanceof List<?> l ? l : a == null ? List.of() : List.of(a);
            boolean any = false;
            for (Object p : picked) {
                if (p instanceof String s && counts.containsKey(s)) {
                    counts.merge(s, 1, Integer::sum);
                    any = true;
                }
            }
            answered += any ? 1 : 0;
        }
        int total = answered;
        List<SurveyResults.Bucket> buckets = counts.entrySet().stream()
                .map(e -> new SurveyResults.Bucket(e.getKey(), e.getValue(), percent(e.getValue(), total)))
                .toList();
        return new SurveyResults.QuestionResult(
                q.key(), q.type(), q.prompt(), answered, null, null, buckets, List.of());
    }

    private static SurveyResults.QuestionResult text(
            SurveyQuestion q, List<SurveyResponseView> responses, Map<String, UUID> notes) {
        List<SurveyResults.TextAnswer> texts = new ArrayList<>();
        int answered = 0;
        for (SurveyResponseView r : responses) {
            if (r.answers().get(q.key()) instanceof String s && !s.isBlank()) {
                answered++;
                if (texts.size() < MAX_TEXTS) {
                    texts.add(new SurveyResults.TextAnswer(
                            r.id(), r.respondent(), r.submittedAt(), s, notes.get(r.id() + "|" + s)));
                }
            }
        }
        return new SurveyResults.QuestionResult(q.key(), q.type(), q.prompt(), answered, null, null, List.of(), texts);
    }

    static int percent(int count, int of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * count / of);
    }
}
