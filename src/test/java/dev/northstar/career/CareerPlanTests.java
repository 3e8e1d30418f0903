package dev.northstar.career;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.practice.AnswerForm;
import dev.northstar.practice.ExerciseKind;
import dev.northstar.practice.InterviewRound;
import dev.northstar.practice.Question;
import dev.northstar.practice.QuestionCategory;
import dev.northstar.practice.Skill;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plan generation: exercises, questions and books per gap skill, biggest gap first. */
class CareerPlanTests {

    static Question q(String id, QuestionCategory category, int difficulty, Skill... skills) {
        return new Question(
                id,
                category,
                "Question " + id,
                List.of(InterviewRound.PRODUCT_SENSE),
                List.of(skills),
                AnswerForm.FREE,
                difficulty,
                List.of("covers"),
                List.of("follow-up"),
                Map.of(5, "great", 3, "fine", 1, "weak"),
                List.of());
    }

    static final Book BUILD =
            new Book("build", "Build", "Tony Fadell", 2022, "take", List.of(Skill.AGENCY, Skill.ORGANIZATION));
    static final Book LEAN = new Book(
            "lean", "The Lean Product Playbook", "Dan Olsen", 2015, "take", List.of(Skill.EMPATHY, Skill.DATA));

    static List<Book> books(Skill skill) {
        return List.of(BUILD, LEAN).stream()
                .filter(b -> b.skills().contains(skill))
                .toList();
    }

    @Test
    void exercisesThatNameTheSkillFirstComeFirst() {
        assertThat(PlanBuilder.exercises(Skill.ORGANIZATION))
                .containsExactly(ExerciseKind.RACI, ExerciseKind.POWER_INTEREST);
        List<ExerciseKind> data = PlanBuilder.exercises(Skill.DATA);
        assertThat(data).hasSize(PlanBuilder.EXERCISES_PER_SKILL);
        assertThat(data).allMatch(k -> k.skills().getFirst() == Skill.DATA);
    }

    @Test
    void aHandfulOfQuestionsSpreadOverCategoriesAndPitchedAtTheLevelAsked() {
        List<Question> bank = List.of(
                q("metrics-001", QuestionCategory.METRICS, 3, Skill.DATA),
                q("metrics-002", QuestionCategory.METRICS, 1, Skill.DATA),
                q("metrics-003", QuestionCategory.METRICS, 2, Skill.DATA),
                q("estimation-001", QuestionCategory.ESTIMATION, 1, Skill.DATA),
                q("case-001", QuestionCategory.CASE, 1, Skill.BUSINESS, Skill.DATA),
                q("strategy-001", QuestionCategory.STRATEGY, 1, Skill.DATA),
                q("technical-001", QuestionCategory.TECHNICAL, 1, Skill.DATA),
                q("behavioral-001", QuestionCategory.BEHAVIORAL, 1, Skill.EMPATHY));
        List<Question> picked = PlanBuilder.questions(Skill.DATA, 2, bank);
        assertThat(picked).hasSize(PlanBuilder.QUESTIONS_PER_SKILL);
        assertThat(picked)
                .extracting(Question::difficulty)
                .as("easy questions for a level-2 ask")
                .containsOnly(1);
        assertThat(picked).extracting(Question::id).contains("metrics-002");
        assertThat(picked).extracting(Question::category).doesNotHaveDuplicates();
        assertThat(picked).extracting(Question::id).doesNotContain("behavioral-001");

        List<Question> hard = PlanBuilder.questions(Skill.DATA, 5, bank);
        assertThat(hard.getFirst().id()).isEqualTo("metrics-001");
        assertThat(PlanBuilder.questions(Skill.ORGANIZATION, 3, bank)).isEmpty();
    }

    @Test
    void buildsItemsSkillBySkillInTheOrderOfTheGaps() {
        List<Standing.Gap> gaps = List.of(
                new Standing.Gap(Skill.DATA, "Data", 1, 3, "asks"),
                new Standing.Gap(Skill.AGENCY, "Agency", 2, 3, "asks"));
        List<Question> bank = List.of(q("metrics-001", QuestionCategory.METRICS, 2, Skill.DATA));
        List<PlanBuilder.Entry> entries = PlanBuilder.build(gaps, s -> bank, CareerPlanTests::books);
        assertThat(entries)
                .extracting(PlanBuilder.Entry::skill)
                .startsWith(Skill.DATA)
                .endsWith(Skill.AGENCY);
        assertThat(entries)
                .extracting(PlanBuilder.Entry::key)
                .contains("data:question:metrics-001", "data:book:lean", "agency:book:build", "data:exercise:metrics")
                .doesNotHaveDuplicates();
        assertThat(PlanBuilder.build(gaps, s -> bank, CareerPlanTests::books))
                .as("the same gaps give the same plan")
                .isEqualTo(entries);
        assertThat(PlanBuilder.build(List.of(), s -> bank, CareerPlanTests::books))
                .isEmpty();
    }
}
