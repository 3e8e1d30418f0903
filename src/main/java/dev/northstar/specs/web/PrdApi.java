package dev.northstar.specs.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.specs.PrdInput;
import dev.northstar.specs.PrdQuestion;
import dev.northstar.specs.PrdView;
import dev.northstar.specs.Prds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/features/{featureId}")
@Tag(name = "PRDs", description = "A feature's PRD: problem, goals, evidence, non-goals, metrics, stories, questions")
class PrdApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PrdRequest(List<String> nonGoals, List<String> metrics, List<QuestionRequest> questions) {

        PrdInput input() {
            List<PrdQuestion> qs = new java.util.ArrayList<>();
            if (questions != null) {
                for (int i = 0; i < questions.size(); i++) {
                    QuestionRequest q = questions.get(i);
                    if (q == null) {
                        throw new dev.northstar.common.InvalidInputException(
                                "questions[" + i + "]", "a question is {\"text\", \"answer\", \"resolved\"}");
                    }
                    qs.add(new PrdQuestion(
                            SpecsWeb.uuid(q.id(), "questions[" + i + "].id"),
                            q.text(),
                            q.answer(),
                            Boolean.TRUE.equals(q.resolved())));
                }
            }
            return new PrdInput(nonGoals, metrics, qs);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionRequest(String id, String text, String answer, Boolean resolved) {}

    private final Prds prds;
    private final PrdExport export;

    PrdApi(Prds prds, PrdExport export) {
        this.prds = prds;
        this.export = export;
    }

    @Operation(summary = "The PRD of a feature as assembled from the feature, its stories and the PRD's own parts")
    @GetMapping("/prd")
    PrdView get(@PathVariable UUID productId, @PathVariable UUID featureId) {
        return prds.get(productId, featureId);
    }

    @Operation(
            summary = "Replace the PRD's non-goals, metrics and open questions ([{id?, text, answer, resolved}]); "
                    + "questions that send their id keep it")
    @PutMapping("/prd")
    PrdView save(@PathVariable UUID productId, @PathVariable UUID featureId, @RequestBody PrdRequest body) {
        return prds.save(productId, featureId, body.input());
    }

    @Operation(summary = "The PRD as a Markdown file")
    @GetMapping("/prd.md")
    ResponseEntity<byte[]> markdown(@PathVariable UUID productId, @PathVariable UUID featureId) {
        return export.markdown(productId, featureId);
    }
}
