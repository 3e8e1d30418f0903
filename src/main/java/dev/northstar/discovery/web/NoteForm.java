package dev.northstar.discovery.web;

import dev.northstar.discovery.Customer;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.NoteState;
import dev.northstar.discovery.NoteView;
import java.time.LocalDate;

/** The new-note and edit-note form as the browser sends it: every value still a string. */
record NoteForm(
        String text,
        String source,
        String name,
        String company,
        String segment,
        String plan,
        String revenue,
        String date,
        String tags,
        Integer version) {

    static NoteForm blank(LocalDate today) {
        return new NoteForm("", "", "", "", "", "", "", today.toString(), "", null);
    }

    static NoteForm of(NoteView n) {
        Customer c = n.customer();
        return new NoteForm(
                n.text(),
                n.source().label(),
                c.name(),
                c.company(),
                c.segment(),
                c.plan(),
                c.revenue() == null ? "" : c.revenue().stripTrailingZeros().toPlainString(),
                n.date().toString(),
                String.join(", ", n.tags()),
                n.version());
    }

    NoteForm withVersion(int newVersion) {
        return new NoteForm(text, source, name, company, segment, plan, revenue, date, tags, newVersion);
    }

    /** The note this form describes, or every field error at once. */
    NewNote toNote(NoteState state) {
        NoteInput in = new NoteInput();
        in.text(text, "text");
        var src = in.source(source, "source");
        var customer = in.customer(name, company, segment, plan, in.revenue(revenue, "revenue"), "");
        var day = in.date(date, "date");
        var tagList = in.tags(tags == null ? null : java.util.List.of(tags.split("[,;]")), "tags");
        return in.note(text, src, customer, day, tagList, state);
    }
}
