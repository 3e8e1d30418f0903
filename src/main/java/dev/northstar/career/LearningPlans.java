package dev.northstar.career;

import dev.northstar.common.NotFoundException;
import dev.northstar.practice.ExerciseKind;
import dev.northstar.practice.PracticeLibrary;
import dev.northstar.practice.Question;
import dev.northstar.practice.Skill;
import dev.northstar.workspace.Access;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's learning plan, built from the gaps between their latest assessment and the rung they work
 * toward. The plan is kept with its done marks; when a new assessment or a new target changes the gaps it is built
 * again on the next read, and items still in it keep their done marks.
 */
@Service
@Transactional
public class LearningPlans {

    private final Access access;
    private final CareerLadder ladder;
    private final CareerLibrary library;
    private final PracticeLibrary practice;
    private final PlanRows rows;

    LearningPlans(Access access, CareerLadder ladder, CareerLibrary library, PracticeLibrary practice, PlanRows rows) {
        this.access = access;
        this.ladder = ladder;
        this.library = library;
        this.practice = practice;
        this.rows = rows;
    }

    /** The plan, built again first when the latest assessment or the rung worked toward changed since. */
    public LearningPlan plan() {
        UUID user = access.current().userId();
        Standing standing = ladder.standing();
        if (!standing.assessed()) {
            return LearningPlan.notAssessed();
        }
        String toward = standing.toward() == null ? null : standing.toward().key();
        boolean fresh = rows.head(user)
                .filter(h -> standing.assessment().id().equals(h.assessmentId()) && Objects.equals(toward, h.toward()))
                .isPresent();
        if (!fresh) {
            generate(user, standing);
        }
        return view(user, standing);
    }

    /** Builds the plan again from the current gaps; items still in it keep their done marks. */
    public LearningPlan regenerate() {
        UUID user = access.current().userId();
        Standing standing = ladder.standing();
        if (!standing.assessed()) {
            return LearningPlan.notAssessed();
        }
        generate(user, standing);
        return view(user, standing);
    }

    /** Marks an item of the current plan done (or not done again); an item not in the plan is "not found". */
    public LearningPlan mark(String itemKey, boolean done) {
        UUID user = access.current().userId();
        LearningPlan plan = plan();
        if (itemKey == null || !rows.setDone(user, itemKey, done ? Instant.now() : null)) {
            throw new NotFoundException("plan item");
        }
        return plan.assessed() ? view(user, ladder.standing()) : plan;
    }

    private void generate(UUID user, Standing standing) {
        Map<String, Instant> doneBefore = new HashMap<>();
        rows.items(user).stream()
                .filter(i -> i.doneAt() != null)
                .forEach(i -> doneBefore.put(i.entry().key(), i.doneAt()));
        List<PlanRows.Item> items =
                PlanBuilder.build(standing.gaps(), s -> practice.questions(null, null, s), library::books).stream()
                        .map(e -> new PlanRows.Item(e, doneBefore.get(e.key())))
                        .toList();
        rows.replace(
                user,
                standing.assessment().id(),
                standing.toward() == null ? null : standing.toward().key(),
                items,
                Instant.now());
    }

    private LearningPlan view(UUID user, Standing standing) {
        Map<Skill, List<PlanItem>> bySkill = rows.items(user).stream()
                .map(this::item)
                .collect(Collectors.groupingBy(PlanItem::skill, java.util.LinkedHashMap::new, Collectors.toList()));
        List<LearningPlan.SkillPlan> skills = new ArrayList<>();
        int done = 0;
        int total = 0;
        for (Standing.Gap gap : standing.gaps()) {
            List<PlanItem> items = bySkill.getOrDefault(gap.skill(), List.of());
            skills.add(new LearningPlan.SkillPlan(
                    gap.skill(), library.skill(gap.skill()).name(), gap.rating(), gap.expected(), gap.text(), items));
            total += items.size();
            done += (int) items.stream().filter(PlanItem::done).count();
        }
        return new LearningPlan(
                true,
                standing.assessment().id(),
                standing.assessment().assessedOn(),
                standing.toward(),
                rows.head(user).map(PlanRows.Head::generatedAt).orElse(null),
                skills,
                done,
                total);
    }

    private PlanItem item(PlanRows.Item row) {
        PlanBuilder.Entry e = row.entry();
        String title = e.ref();
        String detail = null;
        String link = null;
        switch (e.kind()) {
            case EXERCISE -> {
                ExerciseKind kind = ExerciseKind.parse(e.ref(), "ref");
                title = kind.label();
                detail = kind.skills().stream().map(Skill::label).collect(Collectors.joining(", "));
                link = "/practice/exercises/new?kind=" + kind.key();
            }
            case QUESTION -> {
                Question q = practice.question(e.ref()).orElse(null);
                if (q != null) {
                    title = q.text();
                    detail = q.category().label() + " · difficulty " + q.difficulty();
                }
                link = "/practice/questions/" + e.ref();
            }
            case BOOK -> {
                Book b = library.book(e.ref()).orElse(null);
                if (b != null) {
                    title = b.title() + " — " + b.author() + " (" + b.year() + ")";
                    detail = b.takeaway();
                }
            }
        }
        return new PlanItem(
                e.key(), e.skill(), e.kind(), e.ref(), title, detail, link, row.doneAt() != null, row.doneAt());
    }
}
