package dev.northstar.roadmap.web;

import dev.northstar.prioritization.FeatureStatus;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.roadmap.BoardColumn;
import dev.northstar.roadmap.Granularity;
import dev.northstar.roadmap.RoadmapExports;
import dev.northstar.roadmap.RoadmapShares;
import dev.northstar.roadmap.RoadmapView;
import dev.northstar.roadmap.Roadmaps;
import dev.northstar.roadmap.Timeline;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roadmap pages: the Now / Next / Later board, the timeline, downloads and the share link. */
@Controller
@RequestMapping("/products/{productId}/roadmap")
class RoadmapPages {

    private final Roadmaps roadmaps;
    private final RoadmapShares shares;
    private final RoadmapExports exports;
    private final Features features;
    private final Workspaces workspaces;
    private final MessageSource messages;

    RoadmapPages(
            Roadmaps roadmaps,
            RoadmapShares shares,
            RoadmapExports exports,
            Features features,
            Workspaces workspaces,
            MessageSource messages) {
        this.roadmaps = roadmaps;
        this.shares = shares;
        this.exports = exports;
        this.features = features;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping
    String board(@PathVariable UUID productId, Model model) {
        Role role = RoadmapWeb.page(workspaces, productId, model);
        model.addAttribute("board", roadmaps.board(productId));
        model.addAttribute("columns", BoardColumn.values());
        model.addAttribute("ideas", features.countByStatus(productId).getOrDefault(FeatureStatus.IDEA, 0L));
        model.addAttribute("tab", "board");
        if (role.atLeast(Role.EDITOR)) {
            shares.link(productId).ifPresent(link -> {
                model.addAttribute("share", link);
                model.addAttribute(
                        "shareUrl",
                        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path(link.path())
                                .toUriString());
            });
        }
        return "roadmap/board";
    }

    /** A card dropped in another column, or the keyboard's "move to" form; scripts get 204, forms a redirect. */
    @PostMapping("/move")
    Object move(
            @PathVariable UUID productId,
            @RequestParam UUID featureId,
            @RequestParam String column,
            @RequestHeader(value = "X-Requested-With", required = false) String requestedWith,
            RedirectAttributes flash) {
        BoardColumn c = BoardColumn.parse(column, "column");
        FeatureView f = roadmaps.move(productId, featureId, c);
        if (requestedWith != null) {
            return ResponseEntity.noContent().build();
        }
        flash.addFlashAttribute("flash", msg("roadmap.moved", f.title(), c.label()));
        return "redirect:/products/" + productId + "/roadmap";
    }

    @GetMapping("/timeline")
    String timeline(
            @PathVariable UUID productId,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane,
            Model model) {
        RoadmapWeb.page(workspaces, productId, model);
        Timeline t = exports.timeline(productId, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane"));
        model.addAttribute("timeline", t);
        model.addAttribute("tab", "timeline");
        return "roadmap/timeline";
    }

    @GetMapping("/export.md")
    @ResponseBody
    ResponseEntity<String> markdown(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.markdown(
                exports.markdown(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")),
                v);
    }

    @GetMapping("/export.svg")
    @ResponseBody
    ResponseEntity<String> svg(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.svg(
                exports.svg(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")), v);
    }

    @GetMapping("/export.png")
    @ResponseBody
    ResponseEntity<byte[]> png(
            @PathVariable UUID productId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        return Exported.png(
                exports.png(productId, v, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane")), v);
    }

    @PostMapping("/share")
    String share(@PathVariable UUID productId, RedirectAttributes flash) {
        shares.create(productId);
        flash.addFlashAttribute("flash", msg("roadmap.share.created"));
        return "redirect:/products/" + productId + "/roadmap#share";
    }

    @PostMapping("/share/revoke")
    String revoke(@PathVariable UUID productId, RedirectAttributes flash) {
        shares.revoke(productId);
        flash.addFlashAttribute("flash", msg("roadmap.share.revoked"));
        return "redirect:/products/" + productId + "/roadmap#share";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
