package dev.northstar.discovery.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.discovery.PublicSurvey;
import dev.northstar.discovery.SubmissionsLimitedException;
import dev.northstar.discovery.Surveys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A survey's public link: the form for people without an account, and the thank-you page after it. */
@Controller
@RequestMapping("/public/surveys/{token}")
class PublicSurveyPages {

    /** Form fields named a.{key} carry answers; "website" is a honeypot that people never see. */
    static final String ANSWER = "a.";

    static final String HONEYPOT = "website";

    private final Surveys surveys;

    PublicSurveyPages(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        PublicSurvey survey = surveys.publicSurvey(token);
        model.addAttribute("survey", survey);
        if (!survey.isOpen()) {
            return closed(response, HttpStatus.OK);
        }
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
        }
        return "discovery/public-survey/form";
    }

    @PostMapping
    String answer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), values);
            }
        });
        String respondent = params.getFirst("respondent");
        String honeypot = params.getFirst(HONEYPOT);
        if (honeypot != null && !honeypot.isBlank()) {
            // a bot filled the field people cannot see: thank it and keep nothing
            return "redirect:/public/surveys/" + token + "/thanks";
        }
        try {
            surveys.submit(token, respondent, answers, request.getRemoteAddr());
            return "redirect:/public/surveys/" + token + "/thanks";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return again(token, model, answers, respondent, e, null);
        } catch (SubmissionsLimitedException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            return again(token, model, answers, respondent, null, e.getMessage());
        } catch (ConflictException e) {
            model.addAttribute("survey", surveys.publicSurvey(token));
            return closed(response, HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, Model model) {
        model.addAttribute("survey", surveys.publicSurvey(token));
        return "discovery/public-survey/thanks";
    }

    @ExceptionHandler(NotFoundException.class)
    String missing(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "discovery/public-survey/missing";
    }

    private String again(
            String token,
            Model model,
            Map<String, List<String>> answers,
            String respondent,
            InvalidInputException error,
            String problem) {
        model.addAttribute("survey", surveys.publicSurvey(token));
        model.addAttribute("answers", answers);
        model.addAttribute("respondent", respondent);
        model.addAttribute("error", error);
        model.addAttribute("problem", problem);
        return "discovery/public-survey/form";
    }

    private static String closed(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return "discovery/public-survey/closed";
    }
}
