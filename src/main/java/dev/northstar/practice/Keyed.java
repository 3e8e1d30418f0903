package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The vocabularies of practice (skills, categories, rounds, answer forms) are enums with a lower-case key. */
public interface Keyed {

    String key();

    String label();

    /** The constant whose key (or name, any case, '_' for '-') is {@code value}; 400 naming {@code field} otherwise. */
    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.key().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(type.getEnumConstants())
                                                .map(Keyed::key)
                                                .toList())));
    }
}
