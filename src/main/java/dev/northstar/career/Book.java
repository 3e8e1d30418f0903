package dev.northstar.career;

import dev.northstar.practice.Skill;
import java.util.List;

/** A book of the reading list with what to take from it and the skills it feeds. */
public record Book(String key, String title, String author, int year, String takeaway, List<Skill> skills) {

    public Book {
        skills = List.copyOf(skills);
    }
}
