package dev.northstar.specs;

import dev.northstar.prioritization.FeatureView;
import java.util.List;

/** Writes a PRD as a Markdown document, one section per part; empty parts say so rather than vanish. */
final class PrdMarkdown {

    private PrdMarkdown() {}

    static String write(PrdView prd) {
        FeatureView f = prd.feature();
        StringBuilder md = new StringBuilder();
        md.append("# PRD: ").append(line(f.title())).append("\n\n");
        md.append("Status: ").append(f.status().label());
        if (f.owner() != null) {
            md.append(" · Owner: ").append(line(f.owner()));
        }
        if (f.effort() != null) {
            md.append(" · Effort: ").append(number(f.effort())).append(" person-months");
        }
        md.append("\n\n## Problem\n\n")
                .append(f.problem() == null ? "_Not written yet._" : f.problem().strip())
                .append("\n");
        if (f.description() != null) {
            md.append("\n## Description\n\n").append(f.description().strip()).append("\n");
        }
        md.append("\n## Goals\n\n");
        bullets(md, prd.goals().stream().map(PrdView.Goal::title).toList());
        md.append("\n## Non-goals\n\n");
        bullets(md, prd.nonGoals());
        md.append("\n## Evidence\n\n");
        bullets(md, f.evidence().stream().map(Prds::evidenceLine).toList());
        md.append("\n## Success metrics\n\n");
        bullets(md, prd.metrics());
        md.append("\n## Stories\n");
        if (prd.stories().isEmpty()) {
            md.append("\n_None yet._\n");
        }
        int n = 1;
        for (StoryView s : prd.stories()) {
            md.append("\n### ").append(n++).append(". ").append(line(s.text())).append("\n\n");
            md.append("Status: ").append(s.status().label());
            if (s.estimate() != null) {
                md.append(" · Estimate: ").append(number(s.estimate())).append(" points");
            }
            md.append("\n");
            if (!s.criteria().isEmpty()) {
                md.append("\nAcceptance criteria:\n\n");
                int c = 1;
                for (Criterion crit : s.criteria()) {
                    md.append(c++)
                            .append(". **Given** ")
                            .append(line(crit.given()))
                            .append(" **when** ")
                            .append(line(crit.when()))
                            .append(" **then** ")
                            .append(line(crit.then()))
                            .append("\n");
                }
            }
        }
        md.append("\n## Open questions\n\n");
        if (prd.questions().isEmpty()) {
            md.append("_None._\n");
        }
        for (PrdQuestion q : prd.questions()) {
            md.append(q.resolved() ? "- [x] " : "- [ ] ").append(line(q.text()));
            if (q.answer() != null) {
                md.append(" — ").append(line(q.answer()));
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static void bullets(StringBuilder md, List<String> items) {
        if (items.isEmpty()) {
            md.append("_None._\n");
        }
        items.forEach(i -> md.append("- ").append(line(i)).append("\n"));
    }

    /** One line: a list item or heading must not break across lines. */
    private static String line(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
