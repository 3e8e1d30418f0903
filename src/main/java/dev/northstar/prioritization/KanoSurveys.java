package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyResponseView;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Classifies a discovery survey's respondents with the Kano table: the PM names the functional and the
 * dysfunctional single-choice question; each respondent who answered both counts once in their category.
 * Options are recognised by their wording (like, expect, neutral, live with, dislike) or, when the
 * question has exactly five options, by their order.
 */
@Component
class KanoSurveys {

    private final Surveys surveys;

    KanoSurveys(Surveys surveys) {
        this.surveys = surveys;
    }

    KanoInput classify(UUID productId, UUID surveyId, String functionalKey, String dysfunctionalKey) {
        SurveyView survey;
        try {
            survey = surveys.get(productId, surveyId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("surveyId", "no survey with this id in the product");
        }
        Map<String, Kano.Answer> functional = answers(survey, functionalKey, "functionalQuestion");
        Map<String, Kano.Answer> dysfunctional = answers(survey, dysfunctionalKey, "dysfunctionalQuestion");
        if (functionalKey.equals(dysfunctionalKey)) {
            throw new InvalidInputException(
                    "dysfunctionalQuestion", "the dysfunctional question must differ from the functional one");
        }
        Map<Kano.Category, Integer> counts = new EnumMap<>(Kano.Category.class);
        int pairs = 0;
        for (int page = 0; page < 200; page++) {
            PageResult<SurveyResponseView> batch = surveys.responses(productId, surveyId, new Paging(page, 500));
            for (SurveyResponseView r : batch.items()) {
                Kano.Answer f = functional.get(r.display(functionalKey));
                Kano.Answer d = dysfunctional.get(r.display(dysfunctionalKey));
                if (f != null && d != null) {
                    counts.merge(Kano.classify(f, d), 1, Integer::sum);
                    pairs++;
                }
            }
            if (batch.items().size() < 500) {
                break;
            }
        }
        if (pairs == 0) {
            throw new InvalidInputException("surveyId", "no respondent answered both questions yet");
        }
        return new KanoInput(counts, surveyId, functionalKey, dysfunctionalKey);
    }

    private static Map<String, Kano.Answer> answers(SurveyView survey, String key, String field) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(field, "name the survey question (its key, e.g. q3)");
        }
        SurveyQuestion q = survey.questions().stream()
                .filter(x -> x.key().equals(key.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "the survey has no question " + key.strip()));
        if (q.type() != QuestionType.SINGLE_CHOICE) {
            throw new InvalidInputException(field, "a Kano question must be single choice");
        }
        List<String> options = q.options();
        Map<String, Kano.Answer> map = new HashMap<>();
        boolean recognised = true;
        for (String o : options) {
            Kano.Answer a = Kano.Answer.recognise(o);
            recognised &= a != null;
            map.put(o, a);
        }
        if (recognised && map.values().stream().distinct().count() == map.size()) {
            return map;
        }
        if (options.size() == 5) {
            map.clear();
            for (int i = 0; i < 5; i++) {
                map.put(options.get(i), Kano.Answer.values()[i]);
            }
            return map;
        }
        throw new InvalidInputException(
                field,
                "its options must be the five Kano answers: I like it, I expect it, I am neutral, I can live with it, I dislike it");
    }
}
