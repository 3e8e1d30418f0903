package dev.northstar.roadmap.web;

import dev.northstar.roadmap.Granularity;
import dev.northstar.roadmap.PublicRoadmap;
import dev.northstar.roadmap.RoadmapExports;
import dev.northstar.roadmap.RoadmapShares;
import dev.northstar.roadmap.RoadmapView;
import dev.northstar.roadmap.Timeline;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The stakeholder link: the board and the timeline, read-only, without an account; a revoked token is a 404. */
@Controller
@RequestMapping("/public/roadmaps/{token}")
class PublicRoadmapPages {

    private final RoadmapShares shares;
    private final RoadmapExports exports;

    PublicRoadmapPages(RoadmapShares shares, RoadmapExports exports) {
        this.shares = shares;
        this.exports = exports;
    }

    @GetMapping
    String view(
            @PathVariable String token,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane,
            Model model) {
        PublicRoadmap roadmap =
                shares.view(token, Granularity.parse(by, "by", null), Timeline.Lane.parse(lane, "lane"));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("board", roadmap.board());
        model.addAttribute("timeline", roadmap.timeline());
        model.addAttribute("token", token);
        return "roadmap/public";
    }

    @GetMapping("/export.md")
    @ResponseBody
    ResponseEntity<String> markdown(
            @PathVariable String token,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        Granularity g = Granularity.parse(by, "by", null);
        Timeline.Lane l = Timeline.Lane.parse(lane, "lane");
        return Exported.markdown(shares.export(token, id -> exports.markdown(id, v, g, l)), v);
    }

    @GetMapping("/export.svg")
    @ResponseBody
    ResponseEntity<String> svg(
            @PathVariable String token,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        Granularity g = Granularity.parse(by, "by", null);
        Timeline.Lane l = Timeline.Lane.parse(lane, "lane");
        return Exported.svg(shares.export(token, id -> exports.svg(id, v, g, l)), v);
    }

    @GetMapping("/export.png")
    @ResponseBody
    ResponseEntity<byte[]> png(
            @PathVariable String token,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String lane) {
        RoadmapView v = RoadmapView.parse(view, "view");
        Granularity g = Granularity.parse(by, "by", null);
        Timeline.Lane l = Timeline.Lane.parse(lane, "lane");
        return Exported.png(shares.export(token, id -> exports.png(id, v, g, l)), v);
    }
}
