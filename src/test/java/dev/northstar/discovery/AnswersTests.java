package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.common.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTests {

    static final List<SurveyQuestion> QUESTIONS = List.of(
            new SurveyQuestion("q1", QuestionType.NPS, "How likely are you to recommend us?", null, true),
            new SurveyQuestion("q2", QuestionType.RATING, "How reliable is sync?", null, false),
            new SurveyQuestion("q3", QuestionType.SINGLE_CHOICE, "Your role", List.of("Lead", "Engineer"), false),
            new SurveyQuestion(
                    "q4",
                    QuestionType.MULTIPLE_CHOICE,
                    "What do you use?",
                    List.of("Calendars", "Links", "Focus"),
                    false),
            new SurveyQuestion("q5", QuestionType.FREE_TEXT, "Anything else?", null, false));

    @Test
    void normalisesJsonAndFormValuesAlike() {
        Map<String, Object> json = Answers.validate(
                QUESTIONS,
                Map.of("q1", 9, "q2", 4, "q3", "Lead", "q4", List.of("Focus", "Calendars"), "q5", "  Dark mode  "));
        Map<String, Object> form = Answers.validate(
                QUESTIONS,
                Map.of(
                        "q1",
                        List.of("9"),
                        "q2",
                        List.of("4"),
                        "q3",
                        List.of("Lead"),
                        "q4",
                        List.of("Focus", "Calendars"),
                        "q5",
                        List.of("  Dark mode  ")));
        assertThat(json).isEqualTo(form).containsEntry("q1", 9).containsEntry("q5", "Dark mode");
        assertThat(json.get("q4"))
                .as("the designer's order, not the sender's")
                .isEqualTo(List.of("Calendars", "Focus"));
    }

    @Test
    void leavesOutBlankOptionalAnswers() {
        assertThat(Answers.validate(QUESTIONS, Map.of("q1", 0, "q2", "", "q4", List.of(), "q5", "   ")))
                .containsOnlyKeys("q1");
    }

    @Test
    void reportsEveryBadAnswerUnderItsKeyNamingTheQuestion() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("q2", 6);
        bad.put("q3", "Manager");
        bad.put("q4", List.of("Links", "Teleport"));
        bad.put("q5", "x".repeat(5001));
        bad.put("q9", 1);
        assertThatThrownBy(() -> Answers.validate(QUESTIONS, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageFor("q1")).isEqualTo("“How likely are you to recommend us?” needs an answer");
                    assertThat(e.messageFor("q2"))
                            .contains("“How reliable is sync?”")
                            .contains("from 1 to 5, not 6");
                    assertThat(e.messageFor("q3"))
                            .contains("no option “Manager”")
                            .contains("Lead, Engineer");
                    assertThat(e.messageFor("q4")).contains("no option “Teleport”");
                    assertThat(e.messageFor("q5")).contains("at most 5000 characters");
                    assertThat(e.messageFor("q9")).contains("no question with the key “q9”");
                });
    }

    @Test
    void acceptsOnlyWholeNumbersOnScales() {
        for (Object wrong : List.of(9.5, "nine", true, List.of("1", "2"), Map.of("v", 1), 11, -1, "100000")) {
            assertThatThrownBy(() -> Answers.validate(QUESTIONS, Map.of("q1", wrong)))
                    .as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageFor("q1")).contains("whole number from 0 to 10"));
        }
        assertThat(Answers.validate(QUESTIONS, Map.of("q1", 10L))).containsEntry("q1", 10);
        assertThat(Answers.validate(QUESTIONS, Map.of("q1", " 7 "))).containsEntry("q1", 7);
    }

    @Test
    void takesExactlyFiveThousandCharactersOfText() {
        assertThat(Answers.validate(QUESTIONS, Map.of("q1", 5, "q5", "y".repeat(5000)))
                        .get("q5"))
                .asString()
                .hasSize(5000);
    }

    @Test
    void refusesTextWhereAChoiceBelongsAndTheOtherWayRound() {
        assertThatThrownBy(() -> Answers.validate(QUESTIONS, Map.of("q1", 5, "q3", List.of("Lead", "Engineer"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("q3")).contains("needs one of its options"));
        assertThatThrownBy(() -> Answers.validate(QUESTIONS, Map.of("q1", 5, "q5", 42)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageFor("q5")).contains("needs text"));
    }

    @Test
    void roundTripsThroughJson() {
        Map<String, Object> answers = Answers.validate(
                QUESTIONS, Map.of("q1", 9, "q3", "Lead", "q4", List.of("Links"), "q5", "Quotes \"and\" ünïcode"));
        assertThat(Answers.fromJson(Answers.toJson(answers))).isEqualTo(answers);
    }
}
