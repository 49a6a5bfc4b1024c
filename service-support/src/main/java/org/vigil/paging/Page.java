package org.vigil.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a cursor-paginated list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page of {@code rows} read with {@code limit}: a full page continues after its last row,
     * a shorter one is the last.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorAfter) {
        return new Page<>(rows, rows.size() < limit ? null : cursorAfter.apply(rows.get(rows.size() - 1)));
    }

    /** The same page, its rows shown as {@code shown} (one for one, in order). */
    public <R> Page<R> showing(List<R> shown) {
        return new Page<>(shown, nextCursor);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), nextCursor);
    }
}
