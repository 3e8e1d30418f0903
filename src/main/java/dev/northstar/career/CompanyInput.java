package dev.northstar.career;

/** A company as entered: a name, its website (http or https) and notes. */
public record CompanyInput(String name, String website, String notes) {}
