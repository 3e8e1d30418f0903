package dev.northstar.decisions;

import dev.northstar.common.Checks;
import java.util.List;
import java.util.Objects;

/** An option that was considered, with its pros and cons (one point each). */
public record DecisionOption(String title, List<String> pros, List<String> cons) {

    public DecisionOption {
        title = Checks.trimToNull(title);
        pros = clean(pros);
        cons = clean(cons);
    }

    boolean isEmpty() {
        return title == null && pros.isEmpty() && cons.isEmpty();
    }

    static List<String> clean(List<String> points) {
        return points == null
                ? List.of()
                : points.stream()
                        .filter(Objects::nonNull)
                        .map(p -> p.replaceAll("\\s*\\R\\s*", " ").strip())
                        .filter(p -> !p.isEmpty())
                        .toList();
    }
}
