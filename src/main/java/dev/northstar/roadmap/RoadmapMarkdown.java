package dev.northstar.roadmap;

/** Markdown of the roadmap views, for pasting into documents and chat. */
final class RoadmapMarkdown {

    private RoadmapMarkdown() {}

    static String board(String product, Board board) {
        StringBuilder s = new StringBuilder("# ").append(inline(product)).append(" — Now / Next / Later\n");
        for (Board.Column c : board.columns()) {
            s.append("\n## ").append(c.label()).append("\n\n");
            if (c.cards().isEmpty()) {
                s.append("_Nothing here._\n");
            }
            for (Board.Card card : c.cards()) {
                s.append("- ").append(inline(card.title()));
                String meta = Layouts.meta(card);
                if (!meta.equals("not on the timeline")) {
                    s.append(" (").append(inline(meta)).append(')');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    static String timeline(String product, Timeline t) {
        StringBuilder s = new StringBuilder("# ")
                .append(inline(product))
                .append(" — timeline by ")
                .append(t.by().label())
                .append(", lanes by ")
                .append(t.lane().label())
                .append("\n\n");
        s.append("| ").append(cap(t.lane().label())).append(" |");
        t.periods().forEach(p -> s.append(' ').append(p.label()).append(" |"));
        s.append("\n|---|");
        t.periods().forEach(p -> s.append("---|"));
        s.append('\n');
        for (Timeline.Swimlane lane : t.lanes()) {
            s.append("| ").append(cell(lane.name())).append(" |");
            for (Timeline.Cell c : lane.cells()) {
                s.append(' ');
                StringBuilder in = new StringBuilder();
                for (Timeline.Entry e : c.items()) {
                    in.append(in.isEmpty() ? "" : "<br>").append(cell(e.title()));
                }
                if (c.capacity() != null) {
                    in.append(in.isEmpty() ? "" : "<br>")
                            .append("_")
                            .append(Layouts.number(c.effort()))
                            .append(" / ")
                            .append(Layouts.number(c.capacity()))
                            .append(" pm")
                            .append(c.over() ? " — over capacity" : "")
                            .append("_");
                }
                s.append(in).append(" |");
            }
            s.append('\n');
        }
        if (t.lanes().isEmpty()) {
            s.append("\n_No swimlanes yet._\n");
        }
        if (!t.releases().isEmpty()) {
            s.append("\n## Releases and milestones\n\n");
            for (Timeline.Marker m : t.releases()) {
                s.append("- **").append(inline(m.name())).append("** — ").append(m.date());
                if (m.description() != null) {
                    s.append(": ").append(inline(m.description()));
                }
                s.append('\n');
            }
        }
        if (!t.overCapacity().isEmpty()) {
            s.append("\n## Over capacity\n\n");
            for (Timeline.Overload o : t.overCapacity()) {
                s.append("- ")
                        .append(inline(o.teamName()))
                        .append(", ")
                        .append(o.periodLabel())
                        .append(": ")
                        .append(Layouts.number(o.effort()))
                        .append(" pm planned, ")
                        .append(Layouts.number(o.capacity()))
                        .append(" pm available\n");
            }
        }
        return s.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One line of user text that cannot start Markdown structure or HTML. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\s+", " ")
                .replace("\\", "\\\\")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("`", "\\`")
                .strip();
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
