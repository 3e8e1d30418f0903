package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeanCanvasCheckerTests {

    final LeanCanvasChecker checker = new LeanCanvasChecker();

    static Map<String, Object> canvas() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("problem", "- Arranging client calls takes many emails\n- Double bookings across the team");
        c.put("customerSegments", "Agencies of 10 to 50 people; early adopters are those with clients abroad");
        c.put("uniqueValueProposition", "Client calls booked in one message, whoever needs to attend");
        c.put("solution", "Team booking pages that respect everyone's calendar");
        c.put("channels", "Every booking shows the tool to the client");
        c.put("keyMetrics", "- Teams booking 5+ client calls per week\n- Paid seats per team");
        c.put("unfairAdvantage", "Data from thousands of agency calendars that shows which times clients accept");
        c.put("revenueStreams", "Per seat per month; free for one user");
        c.put("costStructure", "Four engineers, calendar API costs, paid search");
        return c;
    }

    @Test
    void acceptsNineBoxesWithAnAdvantageThatCannotBeBought() {
        assertStrong(checker.check(canvas()));
    }

    @Test
    void flagsMissingBoxesTooManyProblemsAndACopyableAdvantage() {
        Map<String, Object> c = canvas();
        c.remove("channels");
        c.put("problem", "1. a\n2. b\n3. c\n4. d");
        c.put("unfairAdvantage", "Our passion and a better product");
        c.put("customerSegments", "Everyone");
        CheckResult r = checker.check(c);
        assertThat(levels(r))
                .containsEntry("channels", "missing")
                .containsEntry("problem", "weak")
                .containsEntry("unfairAdvantage", "weak")
                .containsEntry("customerSegments", "weak");
    }
}
