package dev.northstar.practice.web;

import dev.northstar.practice.ProgressReport;
import dev.northstar.practice.ReviewProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Spaced-repetition progress: charts per week and the same numbers as tables. */
@Controller
class ProgressPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReviewProgress progress;

    ProgressPages(ReviewProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/practice/progress")
    String progress(
            @RequestParam(required = false) String by, @RequestParam(required = false) String weeks, Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "progress");
        ProgressReport report = progress.progress(
                by == null || by.isBlank() || by.equals("skill") ? by : "category",
                weeks == null || !weeks.strip().matches("\\d{1,3}")
                        ? null
                        : Math.min(Integer.parseInt(weeks.strip()), ReviewProgress.MAX_WEEKS));
        model.addAttribute("report", report);
        model.addAttribute("chart", JSON.writeValueAsString(chart(report)));
        return "practice/reviews/progress";
    }

    /** What the charts draw: per group with any review in the window, reviews and recall rate by week. */
    private static Map<String, Object> chart(ProgressReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("weeks", report.weeks().stream().map(Object::toString).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (ProgressReport.ProgressGroup g : report.groups()) {
            if (g.total().reviews() == 0) {
                continue;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", g.label());
            s.put(
                    "reviews",
                    g.weeks().stream().map(ProgressReport.ProgressWeek::reviews).toList());
            s.put(
                    "recall",
                    g.weeks().stream()
                            .map(w -> w.recallRate() == null ? null : Math.round(w.recallRate() * 100))
                            .toList());
            series.add(s);
        }
        out.put("series", series);
        out.put(
                "mature",
                report.overall().weeks().stream()
                        .map(ProgressReport.ProgressWeek::mature)
                        .toList());
        out.put(
                "learned",
                report.overall().weeks().stream()
                        .map(ProgressReport.ProgressWeek::learned)
                        .toList());
        return out;
    }
}
