package dev.northstar.career;

import dev.northstar.common.Checks;
import java.util.regex.Pattern;

/** Checks shared by the job-search inputs; every message names the field's label as the form shows it. */
final class Inputs {

    static final int NAME_MAX = 200;
    static final int LINK_MAX = 500;
    static final int NOTES_MAX = 4000;
    static final int EMAIL_MAX = 320;
    static final int HOW_MET_MAX = 500;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Inputs() {}

    static String clean(String value) {
        return Checks.trimToNull(value);
    }

    static Checks text(Checks checks, String value, int max, String field, String label) {
        return checks.maxLength(value, max, field, label);
    }

    static Checks required(Checks checks, String value, int max, String field, String label) {
        return checks.notBlank(value, field, label).maxLength(value, max, field, label);
    }

    /** A web address: blank, or http(s)://… */
    static Checks link(Checks checks, String value, String field, String label) {
        checks.maxLength(value, LINK_MAX, field, label);
        return checks.require(
                value == null || value.matches("(?i)^https?://\\S+$"),
                field,
                label + " must be a web address starting with http:// or https://");
    }

    static Checks email(Checks checks, String value, String field) {
        checks.maxLength(value, EMAIL_MAX, field, "Email");
        return checks.require(
                value == null || EMAIL.matcher(value).matches(), field, "Email must look like name@example.com");
    }
}
