package dev.northstar.practice.web;

import dev.northstar.practice.Reviews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of practice: what is due today and where to go next. */
@Controller
class TodayPages {

    private final Reviews reviews;

    TodayPages(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/practice")
    String today(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "today");
        model.addAttribute("summary", reviews.summary());
        return "practice/reviews/today";
    }
}
