package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.MockSessions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The peer-review page of a shared mock session: no account, only the link's token. */
@Controller
class PeerReviewPages {

    private final MockSessions mocks;
    private final MessageSource messages;

    PeerReviewPages(MockSessions mocks, MessageSource messages) {
        this.mocks = mocks;
        this.messages = messages;
    }

    @GetMapping("/public/practice/reviews/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("mock", mocks.shared(token));
        model.addAttribute("token", token);
        return "practice/mocks/peer";
    }

    @PostMapping("/public/practice/reviews/{token}")
    String review(
            @PathVariable String token,
            @RequestParam int position,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String reviewer,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes flash) {
        try {
            mocks.peerReview(token, position, reviewer, score, comment);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("errorPosition", position);
            return page(token, model);
        }
        flash.addFlashAttribute("flash", messages.getMessage("mocks.peer.sent", null, LocaleContextHolder.getLocale()));
        return "redirect:/public/practice/reviews/" + token + "#answer-" + position;
    }
}
