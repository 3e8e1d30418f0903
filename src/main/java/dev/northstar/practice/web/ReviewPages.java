package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.ReviewCard;
import dev.northstar.practice.ReviewOutcome;
import dev.northstar.practice.ReviewQueueItem;
import dev.northstar.practice.ReviewSettings;
import dev.northstar.practice.Reviews;
import dev.northstar.practice.Skill;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review page (one card at a time, scored 1–5) and the review settings. */
@Controller
@RequestMapping("/practice/reviews")
class ReviewPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Reviews reviews;
    private final MessageSource messages;

    ReviewPages(Reviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    /** The first card of today's queue, or the card asked for ({@code card=q:...}) to review it early. */
    @GetMapping
    String review(@RequestParam(name = "card", required = false) String cardId, Model model) {
        page(model);
        List<ReviewQueueItem> queue = reviews.today();
        ReviewCard card = null;
        ReviewQueueItem item = null;
        if (cardId != null && !cardId.isBlank()) {
            card = reviews.card(cardId.strip());
            item = queue.stream()
                    .filter(i -> i.cardId().equals(cardId.strip()))
                    .findFirst()
                    .orElse(null);
        } else if (!queue.isEmpty()) {
            item = queue.getFirst();
            card = reviews.card(item.cardId());
        }
        model.addAttribute("queue", queue);
        model.addAttribute("dueCount", queue.stream().filter(i -> !i.isNew()).count());
        model.addAttribute(
                "newCount", queue.stream().filter(ReviewQueueItem::isNew).count());
        model.addAttribute("item", item);
        model.addAttribute("card", card);
        if (card != null) {
            model.addAttribute("state", reviews.state(card.cardId()));
        } else {
            LocalDate next = reviews.summary().nextReview();
            model.addAttribute("nextReview", next == null ? null : DAY.format(next));
        }
        return "practice/reviews/review";
    }

    @PostMapping
    String score(
            @RequestParam(required = false) String cardId,
            @RequestParam(required = false) String score,
            RedirectAttributes redirect) {
        try {
            ReviewOutcome o = reviews.review(cardId, ReviewRequests.whole(score, "score"));
            redirect.addFlashAttribute(
                    "flash",
                    msg(
                            "reviews.scored",
                            o.score(),
                            msg("reviews.grade." + o.grade()),
                            o.intervalDays(),
                            DAY.format(o.dueDate())));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.errors().getFirst().field() + ": " + e.errors().getFirst().message());
        }
        return "redirect:/practice/reviews";
    }

    @GetMapping("/settings")
    String settings(Model model) {
        page(model);
        ReviewSettings s = reviews.settings();
        return settingsForm(model, s.dailyNewLimit() + "", s.timeZone(), s.focusCategories(), s.focusSkills());
    }

    @PostMapping("/settings")
    String saveSettings(
            @RequestParam(required = false) String dailyNewLimit,
            @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) List<String> focusCategories,
            @RequestParam(required = false) List<String> focusSkills,
            Model model,
            RedirectAttributes redirect) {
        List<String> categories = focusCategories == null ? List.of() : focusCategories;
        List<String> skills = focusSkills == null ? List.of() : focusSkills;
        try {
            Integer limit = ReviewRequests.whole(dailyNewLimit, "dailyNewLimit");
            if (limit == null) {
                throw new InvalidInputException("dailyNewLimit", "daily new cards is required");
            }
            reviews.updateSettings(new ReviewSettings.Change(limit, timeZone, categories, skills));
            redirect.addFlashAttribute("flash", msg("reviews.settings.saved"));
            return "redirect:/practice/reviews";
        } catch (InvalidInputException e) {
            page(model);
            model.addAttribute("error", e);
            return settingsForm(model, dailyNewLimit, timeZone, categories, skills);
        }
    }

    private String settingsForm(Model model, String limit, String zone, List<String> categories, List<String> skills) {
        model.addAttribute("dailyNewLimit", limit);
        model.addAttribute("timeZone", zone);
        model.addAttribute("focusCategories", categories);
        model.addAttribute("focusSkills", skills);
        model.addAttribute("categories", ReviewCategories.all());
        model.addAttribute("skills", Skill.values());
        model.addAttribute(
                "zones",
                java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "practice/reviews/settings";
    }

    private static void page(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "reviews");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
