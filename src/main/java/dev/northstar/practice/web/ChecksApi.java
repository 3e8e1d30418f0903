package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.AnswerChecks;
import dev.northstar.practice.CheckResult;
import dev.northstar.workspace.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practice/checks")
@Tag(
        name = "Practice checks",
        description = "Structural feedback on an answer (STAR, CARL, CIRCLES, product sense, metrics, estimation"
                + " and every exercise kind); it judges form, never substance, and says what it cannot judge")
class ChecksApi {

    record CheckAnswer(
            String framework,
            boolean complete,
            List<dev.northstar.practice.CheckFinding> findings,
            List<String> cannotJudge) {

        static CheckAnswer of(CheckResult r) {
            return new CheckAnswer(r.framework(), r.complete(), r.findings(), r.cannotJudge());
        }
    }

    private final AnswerChecks checks;
    private final Access access;

    ChecksApi(AnswerChecks checks, Access access) {
        this.checks = checks;
        this.access = access;
    }

    @Operation(summary = "The frameworks that have a checker")
    @GetMapping
    Map<String, List<String>> frameworks() {
        access.current();
        return Map.of("frameworks", checks.frameworks());
    }

    @Operation(summary = "Check an answer, e.g. star: {\"situation\", \"task\", \"action\", \"result\"}")
    @PostMapping("/{framework}")
    CheckAnswer check(@PathVariable String framework, @RequestBody(required = false) Object body) {
        access.current();
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidInputException("body", "send the answer as a JSON object of its fields");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) map;
        return CheckAnswer.of(checks.check(framework, answer));
    }
}
