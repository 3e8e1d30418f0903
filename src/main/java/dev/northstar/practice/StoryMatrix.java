package dev.northstar.practice;

import java.util.List;

/**
 * The user's stories against the situation types interviewers ask about. A column without a story is a gap; it lists
 * a few behavioural questions of that type to write a story for.
 */
public record StoryMatrix(List<Column> columns, List<Row> rows) {

    public record Column(Situation situation, int stories, List<Question> questions) {
        public boolean gap() {
            return stories == 0;
        }
    }

    public record Row(StoryView story, List<Situation> situations) {
        public boolean covers(Situation s) {
            return situations.contains(s);
        }
    }

    public List<Column> gaps() {
        return columns.stream().filter(Column::gap).toList();
    }
}
