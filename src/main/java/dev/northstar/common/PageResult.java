package dev.northstar.common;

import java.util.List;
import java.util.function.Function;

/** A page of a collection with the total size of the collection, the API's collection shape. */
public record PageResult<T>(List<T> items, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total);
    }
}
