package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Structural feedback that needs no outside service: runs the checker of a framework over an answer. */
@Service
public class AnswerChecks {

    private final Map<String, Checker> checkers = new TreeMap<>();

    AnswerChecks(List<Checker> all) {
        for (Checker c : all) {
            if (checkers.put(c.framework(), c) != null) {
                throw new IllegalStateException("two checkers for " + c.framework());
            }
        }
    }

    /** The frameworks that have a checker, alphabetically. */
    public List<String> frameworks() {
        return List.copyOf(checkers.keySet());
    }

    /** Checks {@code answer} against {@code framework}'s structure; 400 naming "framework" when there is no such checker. */
    public CheckResult check(String framework, Map<String, Object> answer) {
        Checker checker =
                framework == null ? null : checkers.get(framework.trim().toLowerCase(java.util.Locale.ROOT));
        if (checker == null) {
            throw new InvalidInputException("framework", "no checker for '" + framework + "'; known: " + frameworks());
        }
        return checker.check(answer == null ? Map.of() : answer);
    }
}
