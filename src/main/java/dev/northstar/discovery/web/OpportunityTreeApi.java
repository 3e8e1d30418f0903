package dev.northstar.discovery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.discovery.AssumptionStatus;
import dev.northstar.discovery.OpportunityTree;
import dev.northstar.discovery.OpportunityTreeInput;
import dev.northstar.discovery.OpportunityTrees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/opportunity-tree")
@Tag(
        name = "Opportunity tree",
        description = "Desired outcome → opportunities (unmet needs) → solutions → assumption tests")
class OpportunityTreeApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TreeRequest(String outcome, List<OpportunityRequest> opportunities) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpportunityRequest(String id, String needId, String title, List<SolutionRequest> solutions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SolutionRequest(String id, String title, List<TestRequest> assumptionTests) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TestRequest(String id, String assumption, String test, String status) {}

    private final OpportunityTrees trees;

    OpportunityTreeApi(OpportunityTrees trees) {
        this.trees = trees;
    }

    @Operation(summary = "The whole tree as nested JSON; outcome is null until set")
    @GetMapping
    OpportunityTree get(@PathVariable UUID productId) {
        return trees.get(productId);
    }

    @Operation(summary = "Replace the whole tree (editors); ids of existing nodes are kept, other nodes get new ids")
    @PutMapping
    OpportunityTree replace(@PathVariable UUID productId, @RequestBody TreeRequest body) {
        return trees.replace(productId, input(body));
    }

    @Operation(summary = "Set the desired outcome: {\"outcome\": \"...\"}")
    @PatchMapping
    OpportunityTree outcome(@PathVariable UUID productId, @RequestBody TreeRequest body) {
        return trees.setOutcome(productId, body.outcome());
    }

    @Operation(summary = "Add an opportunity: {\"needId\"} for an unmet need or {\"title\"} for free text")
    @PostMapping("/opportunities")
    @ResponseStatus(HttpStatus.CREATED)
    OpportunityTree.Opportunity addOpportunity(@PathVariable UUID productId, @RequestBody OpportunityRequest body) {
        UUID id = trees.addOpportunity(productId, PersonasWeb.uuid(body.needId(), "needId"), body.title());
        return opportunity(productId, id);
    }

    @Operation(summary = "Change an opportunity: another needId, or needId \"\" and a title for free text")
    @PatchMapping("/opportunities/{opportunityId}")
    OpportunityTree.Opportunity editOpportunity(
            @PathVariable UUID productId, @PathVariable UUID opportunityId, @RequestBody OpportunityRequest body) {
        OpportunityTree.Opportunity current = opportunity(productId, opportunityId);
        UUID needId = body.needId() == null ? current.needId() : PersonasWeb.uuid(body.needId(), "needId");
        String title = body.title() == null ? current.title() : body.title();
        trees.editOpportunity(productId, opportunityId, needId, title);
        return opportunity(productId, opportunityId);
    }

    @DeleteMapping("/opportunities/{opportunityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOpportunity(@PathVariable UUID productId, @PathVariable UUID opportunityId) {
        trees.removeOpportunity(productId, opportunityId);
    }

    @PostMapping("/opportunities/{opportunityId}/solutions")
    @ResponseStatus(HttpStatus.CREATED)
    OpportunityTree.Solution addSolution(
            @PathVariable UUID productId, @PathVariable UUID opportunityId, @RequestBody SolutionRequest body) {
        UUID id = trees.addSolution(productId, opportunityId, body.title());
        return solution(productId, id);
    }

    @PatchMapping("/solutions/{solutionId}")
    OpportunityTree.Solution editSolution(
            @PathVariable UUID productId, @PathVariable UUID solutionId, @RequestBody SolutionRequest body) {
        trees.editSolution(productId, solutionId, body.title());
        return solution(productId, solutionId);
    }

    @DeleteMapping("/solutions/{solutionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSolution(@PathVariable UUID productId, @PathVariable UUID solutionId) {
        trees.removeSolution(productId, solutionId);
    }

    @Operation(summary = "Add an assumption test: {assumption, test, status planned|running|validated|invalidated}")
    @PostMapping("/solutions/{solutionId}/tests")
    @ResponseStatus(HttpStatus.CREATED)
    OpportunityTree.AssumptionTest addTest(
            @PathVariable UUID productId, @PathVariable UUID solutionId, @RequestBody TestRequest body) {
        UUID id = trees.addTest(
                productId, solutionId, body.assumption(), body.test(), AssumptionStatus.parse(body.status(), "status"));
        return test(productId, id);
    }

    @Operation(summary = "Change an assumption test; parts left out stay as they are")
    @PatchMapping("/tests/{testId}")
    OpportunityTree.AssumptionTest editTest(
            @PathVariable UUID productId, @PathVariable UUID testId, @RequestBody TestRequest body) {
        OpportunityTree.AssumptionTest current = test(productId, testId);
        trees.editTest(
                productId,
                testId,
                body.assumption() == null ? current.assumption() : body.assumption(),
                body.test() == null ? current.test() : body.test(),
                body.status() == null ? current.status() : AssumptionStatus.parse(body.status(), "status"));
        return test(productId, testId);
    }

    @DeleteMapping("/tests/{testId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTest(@PathVariable UUID productId, @PathVariable UUID testId) {
        trees.removeTest(productId, testId);
    }

    private OpportunityTree.Opportunity opportunity(UUID productId, UUID id) {
        return trees.get(productId).opportunities().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("opportunity"));
    }

    private OpportunityTree.Solution solution(UUID productId, UUID id) {
        return trees.get(productId).opportunities().stream()
                .flatMap(o -> o.solutions().stream())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("solution"));
    }

    private OpportunityTree.AssumptionTest test(UUID productId, UUID id) {
        return trees.get(productId).opportunities().stream()
                .flatMap(o -> o.solutions().stream())
                .flatMap(s -> s.assumptionTests().stream())
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("assumption test"));
    }

    /** Request strings to typed input; an unreadable id or status names its place in the tree. */
    private static OpportunityTreeInput input(TreeRequest body) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<OpportunityTreeInput.Opportunity> opportunities = new ArrayList<>();
        List<OpportunityRequest> given = body.opportunities() == null ? List.of() : body.opportunities();
        for (int i = 0; i < given.size(); i++) {
            OpportunityRequest o = given.get(i);
            String at = "opportunities[" + i + "]";
            if (o == null) {
                opportunities.add(null);
                continue;
            }
            List<OpportunityTreeInput.Solution> solutions = new ArrayList<>();
            List<SolutionRequest> sols = o.solutions() == null ? List.of() : o.solutions();
            for (int j = 0; j < sols.size(); j++) {
                SolutionRequest s = sols.get(j);
                String sat = at + ".solutions[" + j + "]";
                if (s == null) {
                    solutions.add(null);
                    continue;
                }
                List<OpportunityTreeInput.Test> tests = new ArrayList<>();
                List<TestRequest> ts = s.assumptionTests() == null ? List.of() : s.assumptionTests();
                for (int k = 0; k < ts.size(); k++) {
                    TestRequest t = ts.get(k);
                    String tat = sat + ".assumptionTests[" + k + "]";
                    if (t == null) {
                        tests.add(null);
                        continue;
                    }
                    tests.add(new OpportunityTreeInput.Test(
                            id(t.id(), tat + ".id", errors),
                            t.assumption(),
                            t.test(),
                            status(t.status(), tat + ".status", errors)));
                }
                solutions.add(new OpportunityTreeInput.Solution(id(s.id(), sat + ".id", errors), s.title(), tests));
            }
            opportunities.add(new OpportunityTreeInput.Opportunity(
                    id(o.id(), at + ".id", errors), id(o.needId(), at + ".needId", errors), o.title(), solutions));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OpportunityTreeInput(body.outcome(), opportunities);
    }

    private static UUID id(String value, String field, List<InvalidInputException.FieldError> errors) {
        try {
            return PersonasWeb.uuid(value, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static AssumptionStatus status(String value, String field, List<InvalidInputException.FieldError> errors) {
        try {
            return AssumptionStatus.parse(value, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
