package dev.northstar.practice.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.practice.Keyed;
import dev.northstar.practice.StoryBank;
import dev.northstar.practice.StoryInput;
import dev.northstar.practice.StoryMatrix;
import dev.northstar.practice.StoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practice/stories")
@Tag(
        name = "Practice stories",
        description = "The story bank for behavioural answers (STAR, CARL) and its matrix against situation types")
class StoryBankApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryRequest(
            String title,
            String format,
            Map<String, String> parts,
            List<String> situations,
            List<String> skills,
            Boolean portfolio,
            Integer version) {

        StoryInput input() {
            return new StoryInput(title, format, parts, situations, skills, portfolio);
        }
    }

    record StoryItem(
            UUID id,
            String title,
            String format,
            Map<String, String> parts,
            List<String> situations,
            List<String> skills,
            boolean portfolio,
            int version,
            String createdAt,
            String updatedAt,
            ChecksApi.CheckAnswer check) {

        static StoryItem of(StoryView s) {
            return new StoryItem(
                    s.id(),
                    s.title(),
                    s.format().key(),
                    s.parts(),
                    keys(s.situations()),
                    keys(s.skills()),
                    s.portfolio(),
                    s.version(),
                    s.createdAt().toString(),
                    s.updatedAt().toString(),
                    ChecksApi.CheckAnswer.of(s.check()));
        }
    }

    record MatrixColumn(String situation, String label, int stories, boolean gap, List<String> questionIds) {}

    record MatrixRow(UUID storyId, String title, List<String> situations) {}

    record Matrix(List<MatrixColumn> columns, List<MatrixRow> rows, List<String> gaps) {

        static Matrix of(StoryMatrix m) {
            return new Matrix(
                    m.columns().stream()
                            .map(c -> new MatrixColumn(
                                    c.situation().key(),
                                    c.situation().label(),
                                    c.stories(),
                                    c.gap(),
                                    c.questions().stream()
                                            .map(dev.northstar.practice.Question::id)
                                            .toList()))
                            .toList(),
                    m.rows().stream()
                            .map(r -> new MatrixRow(r.story().id(), r.story().title(), keys(r.situations())))
                            .toList(),
                    m.gaps().stream().map(c -> c.situation().key()).toList());
        }
    }

    private final StoryBank stories;

    StoryBankApi(StoryBank stories) {
        this.stories = stories;
    }

    @Operation(summary = "Your stories, newest change first, each with its structural check")
    @GetMapping
    PageResult<StoryItem> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return stories.list(Paging.of(page, size)).map(StoryItem::of);
    }

    @Operation(
            summary =
                    "Write a story: {title, format star|carl, parts {situation, task, action, result}, situations, skills}")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StoryItem create(@RequestBody StoryRequest body) {
        return StoryItem.of(stories.create(body.input()));
    }

    @GetMapping("/{id}")
    StoryItem get(@PathVariable UUID id) {
        return StoryItem.of(stories.get(id));
    }

    @Operation(summary = "Replace a story (version required; 409 when stale)")
    @PutMapping("/{id}")
    StoryItem update(@PathVariable UUID id, @RequestBody StoryRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "send the version you read, to avoid overwriting a newer edit");
        }
        return StoryItem.of(stories.update(id, body.version(), body.input()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        stories.delete(id);
    }

    @Operation(summary = "Stories against the six situation types; gaps list questions to prepare a story for")
    @GetMapping("/matrix")
    Matrix matrix() {
        return Matrix.of(stories.matrix());
    }

    private static List<String> keys(List<? extends Keyed> values) {
        return values.stream().map(Keyed::key).toList();
    }
}
