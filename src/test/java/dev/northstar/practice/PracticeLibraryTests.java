package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeLibraryTests {

    @TempDir
    Path dir;

    @Test
    void readsQuestionsWithTheirRubricAndFilters() throws IOException {
        write("questions/metrics.json", """
                {"version": 3, "category": "metrics", "questions": [
                  {"id": "metrics-001", "text": "What is the North Star of a ride-sharing app?",
                   "rounds": ["product-sense", "final"], "skills": ["data"], "form": "metrics", "difficulty": 2,
                   "covers": ["names one metric"], "followUps": ["what guards it?"],
                   "anchors": {"5": "great", "3": "fine", "1": "weak"}}]}
                """);
        PracticeLibrary library = new PracticeLibrary(root());

        Question q = library.question("metrics-001").orElseThrow();
        assertThat(q.category()).isEqualTo(QuestionCategory.METRICS);
        assertThat(q.form()).isEqualTo(AnswerForm.METRICS);
        assertThat(q.anchors()).containsEntry(5, "great").containsEntry(1, "weak");
        assertThat(q.cardId()).isEqualTo("q:metrics-001");
        assertThat(library.questions(null, InterviewRound.FINAL, Skill.DATA)).containsExactly(q);
        assertThat(library.questions(QuestionCategory.STRATEGY, null, null)).isEmpty();
        assertThat(library.versions()).containsEntry("questions/metrics.json", 3);
    }

    @Test
    void refusesContentThatBreaksTheSchemaNamingFileEntryAndField() throws IOException {
        write("questions/strategy.json", """
                {"version": 1, "category": "strategy", "questions": [
                  {"id": "strategy-001", "text": "Should a bank build a marketplace?",
                   "rounds": ["lunch"], "skills": ["business"], "form": "free", "difficulty": 1,
                   "covers": ["x"], "followUps": ["y"], "anchors": {"5": "a", "3": "b", "1": "c"}}]}
                """);

        assertThatThrownBy(() -> new PracticeLibrary(root()))
                .hasMessageContaining("strategy.json")
                .hasMessageContaining("strategy-001")
                .hasMessageContaining("rounds")
                .hasMessageContaining("recruiter-screen");
    }

    @Test
    void refusesAQuestionWithoutItsLowAnchor() throws IOException {
        write("questions/case.json", """
                {"version": 1, "category": "case", "questions": [
                  {"id": "case-001", "text": "Price a new plan.", "rounds": ["case-study"], "skills": ["business"],
                   "form": "free", "difficulty": 1, "covers": ["x"], "followUps": ["y"],
                   "anchors": {"5": "a", "3": "b"}}]}
                """);

        assertThatThrownBy(() -> new PracticeLibrary(root()))
                .hasMessageContaining("case-001")
                .hasMessageContaining("1");
    }

    @Test
    void shipsEveryRoundFrameworkCardAndAboutAHundredProducts() {
        PracticeLibrary shipped = new PracticeLibrary();

        assertThat(shipped.rounds()).extracting(RoundGuide::round).containsExactly(InterviewRound.values());
        assertThat(shipped.frameworks())
                .extracting(FrameworkCard::key)
                .contains("circles", "aarrr", "aarm", "heart", "north-star", "raci", "star", "carl", "kano")
                .hasSize(22);
        assertThat(shipped.framework("circles").orElseThrow().steps()).hasSize(7);
        assertThat(shipped.deck()).hasSizeGreaterThanOrEqualTo(96);
        assertThat(shipped.deck()).extracting(DeckProduct::key).doesNotHaveDuplicates();
    }

    private String root() {
        return dir.toUri().toString();
    }

    private void write(String path, String json) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}
