package dev.northstar.roadmap;

import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A roadmap view as Markdown, SVG or PNG (the SVG and the PNG are drawn from one layout). Viewers and up. */
@Service
@Transactional(readOnly = true)
public class RoadmapExports {

    private final Access access;
    private final Roadmaps roadmaps;
    private final Workspaces workspaces;
    private final GoalNames goalNames;

    RoadmapExports(Access access, Roadmaps roadmaps, Workspaces workspaces, GoalNames goalNames) {
        this.access = access;
        this.roadmaps = roadmaps;
        this.workspaces = workspaces;
        this.goalNames = goalNames;
    }

    public String markdown(UUID productId, RoadmapView view, Granularity by, Timeline.Lane lane) {
        access.product(productId, Role.VIEWER);
        String name = workspaces.product(productId).name();
        return view == RoadmapView.TIMELINE
                ? RoadmapMarkdown.timeline(name, timeline(productId, by, lane))
                : RoadmapMarkdown.board(name, roadmaps.board(productId));
    }

    public String svg(UUID productId, RoadmapView view, Granularity by, Timeline.Lane lane) {
        return SvgPainter.svg(drawing(productId, view, by, lane));
    }

    public byte[] png(UUID productId, RoadmapView view, Granularity by, Timeline.Lane lane) {
        return PngPainter.png(drawing(productId, view, by, lane));
    }

    /** The timeline with goal lanes named. */
    public Timeline timeline(UUID productId, Granularity by, Timeline.Lane lane) {
        return roadmaps.timeline(productId, by, lane, goalNames.of(productId));
    }

    private Drawing drawing(UUID productId, RoadmapView view, Granularity by, Timeline.Lane lane) {
        access.product(productId, Role.VIEWER);
        String name = workspaces.product(productId).name();
        return view == RoadmapView.TIMELINE
                ? Layouts.timeline(name + " — timeline", timeline(productId, by, lane))
                : Layouts.board(name + " — Now / Next / Later", roadmaps.board(productId));
    }

    static String stamp() {
        return LocalDate.now().toString();
    }
}
