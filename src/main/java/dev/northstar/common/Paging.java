package dev.northstar.common;

/** A page request: zero-based page, size between 1 and 500. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;

    public Paging {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "size must be between 1 and 500");
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
