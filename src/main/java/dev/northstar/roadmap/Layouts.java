package dev.northstar.roadmap;

/** Lays out the board and the timeline as {@link Drawing}s. */
final class Layouts {

    static final String INK = "#1d2130";
    static final String MUTED = "#646b80";
    static final String LINE = "#d9dce6";
    static final String CARD = "#ffffff";
    static final String PANEL = "#f5f6fa";
    static final String ACCENT = "#3b4cca";
    static final String OVER = "#fde8e8";
    static final String OVER_LINE = "#c0392b";
    static final String RELEASE = "#b35c00";

    private Layouts() {}

    static Drawing board(String title, Board board) {
        int colW = 320;
        int gap = 16;
        int cardH = 52;
        int max = board.columns().stream().mapToInt(c -> c.cards().size()).max().orElse(0);
        int height = 90 + Math.max(1, max) * (cardH + 8) + 30;
        int width = gap + board.columns().size() * (colW + gap);
        Drawing d = new Drawing(width, height);
        d.box(0, 0, width, height, "#ffffff", null, 0);
        d.label(gap, 30, title, 18, true, INK, width - 2 * gap);
        for (int c = 0; c < board.columns().size(); c++) {
            Board.Column col = board.columns().get(c);
            double x = gap + c * (colW + gap);
            d.box(x, 48, colW, height - 60, PANEL, LINE, 8);
            d.label(x + 12, 72, col.label() + " (" + col.cards().size() + ")", 14, true, ACCENT, colW - 24);
            double y = 86;
            for (Board.Card card : col.cards()) {
                d.box(x + 10, y, colW - 20, cardH, CARD, LINE, 6);
                d.label(x + 20, y + 20, card.title(), 13, true, INK, colW - 40);
                d.label(x + 20, y + 40, meta(card), 11, false, MUTED, colW - 40);
                y += cardH + 8;
            }
            if (col.cards().isEmpty()) {
                d.label(x + 12, 104, "Nothing here", 12, false, MUTED, colW - 24);
            }
        }
        return d;
    }

    static String meta(Board.Card c) {
        StringBuilder s = new StringBuilder();
        if (c.teamName() != null) {
            s.append(c.teamName());
        }
        if (c.periodLabel() != null) {
            s.append(s.isEmpty() ? "" : " · ").append(c.periodLabel());
        }
        if (c.effort() != null) {
            s.append(s.isEmpty() ? "" : " · ").append(number(c.effort())).append(" pm");
        }
        if (c.committed()) {
            s.append(s.isEmpty() ? "" : " · ").append("committed");
        }
        return s.isEmpty() ? "not on the timeline" : s.toString();
    }

    static Drawing timeline(String title, Timeline t) {
        int laneW = 180;
        int colW = 170;
        int top = 104;
        int itemH = 22;
        int cols = t.periods().size();
        int width = laneW + cols * colW + 20;
        int[] laneHeights = new int[t.lanes().size()];
        int total = 0;
        for (int i = 0; i < t.lanes().size(); i++) {
            int most = t.lanes().get(i).cells().stream()
                    .mapToInt(c -> c.items().size())
                    .max()
                    .orElse(0);
            laneHeights[i] = 30 + Math.max(1, most) * (itemH + 4) + 8;
            total += laneHeights[i];
        }
        int height = top + Math.max(total, 40) + 40;
        Drawing d = new Drawing(width, height);
        d.box(0, 0, width, height, "#ffffff", null, 0);
        d.label(10, 26, title, 18, true, INK, width - 20);
        for (int c = 0; c < cols; c++) {
            double x = laneW + c * colW;
            d.box(x, top - 30, colW, 30, PANEL, LINE, 0);
            d.label(x + 8, top - 10, t.periods().get(c).label(), 13, true, INK, colW - 16);
        }
        double y = top;
        for (int i = 0; i < t.lanes().size(); i++) {
            Timeline.Swimlane lane = t.lanes().get(i);
            d.rule(0, y, width - 20, y, LINE, false);
            d.label(10, y + 20, lane.name(), 13, true, INK, laneW - 20);
            for (int c = 0; c < lane.cells().size(); c++) {
                Timeline.Cell cell = lane.cells().get(c);
                double x = laneW + c * colW;
                if (cell.over()) {
                    d.box(x + 1, y + 1, colW - 2, laneHeights[i] - 2, OVER, OVER_LINE, 0);
                }
                if (cell.capacity() != null) {
                    d.label(
                            x + 8,
                            y + 16,
                            number(cell.effort()) + " / " + number(cell.capacity()) + " pm"
                                    + (cell.over() ? " over" : ""),
                            10,
                            cell.over(),
                            cell.over() ? OVER_LINE : MUTED,
                            colW - 16);
                }
                double iy = y + 24;
                for (Timeline.Entry e : cell.items()) {
                    d.box(
                            x + 6,
                            iy,
                            colW - 12,
                            itemH,
                            e.overCapacity() ? "#fff4f4" : "#eef0ff",
                            e.committed() ? ACCENT : LINE,
                            4);
                    d.label(x + 12, iy + 15, e.title(), 11, false, INK, colW - 24);
                    iy += itemH + 4;
                }
            }
            y += laneHeights[i];
        }
        d.rule(0, y, width - 20, y, LINE, false);
        if (t.lanes().isEmpty()) {
            d.label(
                    10,
                    top + 24,
                    "No swimlanes yet: add teams and place features on the timeline.",
                    12,
                    false,
                    MUTED,
                    width - 20);
        }
        // releases: a dashed marker at the release date's place within its period
        int nth = 0;
        for (Timeline.Marker m : t.releases()) {
            for (int c = 0; c < cols; c++) {
                Timeline.Column p = t.periods().get(c);
                if (!m.date().isBefore(p.start()) && !m.date().isAfter(p.end())) {
                    double days = p.end().toEpochDay() - p.start().toEpochDay() + 1;
                    double x = laneW
                            + c * colW
                            + colW * (m.date().toEpochDay() - p.start().toEpochDay()) / days;
                    d.rule(x, top - 30, x, Math.max(y, top + 40), RELEASE, true);
                    // alternate two label rows so neighbouring releases do not overwrite each other
                    d.label(x + 3, top - 36 - (nth++ % 2) * 14, "◆ " + m.name(), 11, true, RELEASE, colW);
                }
            }
        }
        return d;
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    static String number(Double v) {
        return v == null ? "—" : number(v.doubleValue());
    }
}
