package dev.northstar.discovery;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunity–solution tree of each product: desired outcome → opportunities (unmet needs or free
 * text) → solutions → assumption tests. Viewers read; editors change it, whole or node by node.
 */
@Service
@Transactional
public class OpportunityTrees {

    static final int MAX_OUTCOME = 1000;
    static final int MAX_TITLE = 300;
    static final int MAX_ASSUMPTION = 1000;
    static final int MAX_TEST = 2000;

    private final Access access;
    private final TreeRows rows;
    private final NeedRows needs;

    OpportunityTrees(Access access, TreeRows rows, NeedRows needs) {
        this.access = access;
        this.rows = rows;
        this.needs = needs;
    }

    /** The whole tree; without an outcome yet, {@code outcome} is null. */
    @Transactional(readOnly = true)
    public OpportunityTree get(UUID productId) {
        access.product(productId, Role.VIEWER);
        return rows.load(productId);
    }

    /** The opportunities in the tree that are this need. */
    @Transactional(readOnly = true)
    public List<OpportunityTree.Opportunity> forNeed(UUID productId, UUID needId) {
        access.product(productId, Role.VIEWER);
        return rows.forNeed(productId, needId);
    }

    /** Replaces the whole tree; every error names its place, e.g. {@code opportunities[1].solutions[0].title}. Editors and up. */
    public OpportunityTree replace(UUID productId, OpportunityTreeInput tree) {
        access.product(productId, Role.EDITOR);
        Checks checks = Checks.start();
        String outcome = Checks.trimToNull(tree.outcome());
        checks.notBlank(outcome, "outcome", "The desired outcome")
                .maxLength(outcome, MAX_OUTCOME, "outcome", "The desired outcome");
        for (int i = 0; i < tree.opportunities().size(); i++) {
            OpportunityTreeInput.Opportunity o = tree.opportunities().get(i);
            String at = "opportunities[" + i + "]";
            if (o == null) {
                checks.require(false, at, "an opportunity must be an object");
                continue;
            }
            if (o.needId() != null) {
                checks.require(
                        needs.exists(productId, o.needId()),
                        at + ".needId",
                        "no unmet need with this id in the product");
            } else {
                checks.notBlank(o.title(), at + ".title", "An opportunity without a need needs a title");
            }
            checks.maxLength(Checks.trimToNull(o.title()), MAX_TITLE, at + ".title", "Title");
            for (int j = 0; j < o.solutions().size(); j++) {
                OpportunityTreeInput.Solution s = o.solutions().get(j);
                String sat = at + ".solutions[" + j + "]";
                if (s == null) {
                    checks.require(false, sat, "a solution must be an object");
                    continue;
                }
                String title = Checks.trimToNull(s.title());
                checks.notBlank(title, sat + ".title", "Title").maxLength(title, MAX_TITLE, sat + ".title", "Title");
                for (int k = 0; k < s.assumptionTests().size(); k++) {
                    OpportunityTreeInput.Test t = s.assumptionTests().get(k);
                    String tat = sat + ".assumptionTests[" + k + "]";
                    if (t == null) {
                        checks.require(false, tat, "an assumption test must be an object");
                        continue;
                    }
                    checkTest(checks, tat + ".", Checks.trimToNull(t.assumption()), Checks.trimToNull(t.test()));
                }
            }
        }
        checks.orThrow();

        Set<UUID> keepable = rows.nodeIds(productId);
        Set<UUID> used = new HashSet<>();
        rows.clear(productId);
        Instant now = Instant.now();
        rows.setOutcome(productId, outcome, now);
        int op = 0;
        for (OpportunityTreeInput.Opportunity o : tree.opportunities()) {
            UUID oid = idFor(o.id(), keepable, used);
            rows.insertOpportunity(
                    productId, oid, o.needId(), opportunityTitle(productId, o.needId(), o.title()), op++);
            int sp = 0;
            for (OpportunityTreeInput.Solution s : o.solutions()) {
                UUID sid = idFor(s.id(), keepable, used);
                rows.insertSolution(oid, sid, Checks.trimToNull(s.title()), sp++);
                int tp = 0;
                for (OpportunityTreeInput.Test t : s.assumptionTests()) {
                    rows.insertTest(
                            sid,
                            idFor(t.id(), keepable, used),
                            Checks.trimToNull(t.assumption()),
                            Checks.trimToNull(t.test()),
                            t.status() == null ? AssumptionStatus.PLANNED : t.status(),
                            tp++);
                }
            }
        }
        return rows.load(productId);
    }

    /** Sets the desired outcome the tree works towards. Editors and up. */
    public OpportunityTree setOutcome(UUID productId, String outcome) {
        access.product(productId, Role.EDITOR);
        String clean = Checks.trimToNull(outcome);
        Checks.start()
                .notBlank(clean, "outcome", "The desired outcome")
                .maxLength(clean, MAX_OUTCOME, "outcome", "The desired outcome")
                .orThrow();
        rows.setOutcome(productId, clean, Instant.now());
        return rows.load(productId);
    }

    /** Adds an opportunity at the end: an unmet need ({@code needId}) or a free-text title. Needs an outcome first. */
    public UUID addOpportunity(UUID productId, UUID needId, String title) {
        access.product(productId, Role.EDITOR);
        requireOutcome(productId);
        String clean = checkOpportunity(productId, needId, title);
        UUID id = UUID.randomUUID();
        rows.insertOpportunity(productId, id, needId, clean, rows.nextOpportunityPosition(productId));
        rows.touch(productId, Instant.now());
        return id;
    }

    /** Points an opportunity at another need, or makes it free text with {@code needId} null. */
    public void editOpportunity(UUID productId, UUID opportunityId, UUID needId, String title) {
        access.product(productId, Role.EDITOR);
        requireOpportunity(productId, opportunityId);
        rows.updateOpportunity(productId, opportunityId, needId, checkOpportunity(productId, needId, title));
        rows.touch(productId, Instant.now());
    }

    /** Removes an opportunity with its solutions and their tests. */
    public void removeOpportunity(UUID productId, UUID opportunityId) {
        access.product(productId, Role.EDITOR);
        requireOpportunity(productId, opportunityId);
        rows.deleteOpportunity(productId, opportunityId);
        rows.touch(productId, Instant.now());
    }

    /** Adds a solution under an opportunity. */
    public UUID addSolution(UUID productId, UUID opportunityId, String title) {
        access.product(productId, Role.EDITOR);
        requireOpportunity(productId, opportunityId);
        String clean = checkTitle(title);
        UUID id = UUID.randomUUID();
        rows.insertSolution(opportunityId, id, clean, rows.nextSolutionPosition(opportunityId));
        rows.touch(productId, Instant.now());
        return id;
    }

    public void editSolution(UUID productId, UUID solutionId, String title) {
        access.product(productId, Role.EDITOR);
        requireSolution(productId, solutionId);
        rows.updateSolution(solutionId, checkTitle(title));
        rows.touch(productId, Instant.now());
    }

    /** Removes a solution with its assumption tests. */
    public void removeSolution(UUID productId, UUID solutionId) {
        access.product(productId, Role.EDITOR);
        requireSolution(productId, solutionId);
        rows.deleteSolution(solutionId);
        rows.touch(productId, Instant.now());
    }

    /** Adds a test of one of a solution's assumptions; a null status means planned. */
    public UUID addTest(UUID productId, UUID solutionId, String assumption, String test, AssumptionStatus status) {
        access.product(productId, Role.EDITOR);
        requireSolution(productId, solutionId);
        String a = Checks.trimToNull(assumption);
        String t = Checks.trimToNull(test);
        Checks checks = Checks.start();
        checkTest(checks, "", a, t);
        checks.orThrow();
        UUID id = UUID.randomUUID();
        rows.insertTest(
                solutionId,
                id,
                a,
                t,
                status == null ? AssumptionStatus.PLANNED : status,
                rows.nextTestPosition(solutionId));
        rows.touch(productId, Instant.now());
        return id;
    }

    public void editTest(UUID productId, UUID testId, String assumption, String test, AssumptionStatus status) {
        access.product(productId, Role.EDITOR);
        requireTest(productId, testId);
        String a = Checks.trimToNull(assumption);
        String t = Checks.trimToNull(test);
        Checks checks = Checks.start();
        checkTest(checks, "", a, t);
        checks.orThrow();
        rows.updateTest(testId, a, t, status == null ? AssumptionStatus.PLANNED : status);
        rows.touch(productId, Instant.now());
    }

    public void removeTest(UUID productId, UUID testId) {
        access.product(productId, Role.EDITOR);
        requireTest(productId, testId);
        rows.deleteTest(testId);
        rows.touch(productId, Instant.now());
    }

    private void requireOutcome(UUID productId) {
        if (rows.head(productId).isEmpty()) {
            throw new InvalidInputException("outcome", "set the desired outcome first: the tree grows from it");
        }
    }

    private void requireOpportunity(UUID productId, UUID id) {
        if (!rows.hasOpportunity(productId, id)) {
            throw new NotFoundException("opportunity");
        }
    }

    private void requireSolution(UUID productId, UUID id) {
        rows.opportunityOfSolution(productId, id).orElseThrow(() -> new NotFoundException("solution"));
    }

    private void requireTest(UUID productId, UUID id) {
        rows.solutionOfTest(productId, id).orElseThrow(() -> new NotFoundException("assumption test"));
    }

    /** The title to store: a need's own title when it is a need (kept if the need is deleted later), else the free text. */
    private String checkOpportunity(UUID productId, UUID needId, String title) {
        String clean = Checks.trimToNull(title);
        if (needId != null) {
            return needs.find(productId, needId)
                    .map(NeedView::title)
                    .orElseThrow(
                            () -> new InvalidInputException("needId", "no unmet need with this id in the product"));
        }
        Checks.start()
                .notBlank(clean, "title", "An opportunity without a need needs a title")
                .maxLength(clean, MAX_TITLE, "title", "Title")
                .orThrow();
        return clean;
    }

    private String opportunityTitle(UUID productId, UUID needId, String title) {
        return needId == null
                ? Checks.trimToNull(title)
                : needs.find(productId, needId).map(NeedView::title).orElseThrow();
    }

    private static String checkTitle(String title) {
        String clean = Checks.trimToNull(title);
        Checks.start()
                .notBlank(clean, "title", "Title")
                .maxLength(clean, MAX_TITLE, "title", "Title")
                .orThrow();
        return clean;
    }

    private static void checkTest(Checks checks, String prefix, String assumption, String test) {
        checks.notBlank(assumption, prefix + "assumption", "The assumption")
                .maxLength(assumption, MAX_ASSUMPTION, prefix + "assumption", "The assumption")
                .maxLength(test, MAX_TEST, prefix + "test", "The test");
    }

    private static UUID idFor(UUID wanted, Set<UUID> keepable, Set<UUID> used) {
        UUID id = wanted != null && keepable.contains(wanted) && !used.contains(wanted) ? wanted : UUID.randomUUID();
        used.add(id);
        return id;
    }
}
