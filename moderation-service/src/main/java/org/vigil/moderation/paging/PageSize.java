package org.vigil.moderation.paging;

import org.vigil.problem.ProblemException;

/**
 * A list's {@code limit} query parameter, read here rather than converted by the REST layer, which
 * would answer a 404 for {@code limit=all}: absent is the list's default, a whole number from 1 to
 * {@value #MAX} is taken, anything else is a 400 naming {@code limit}.
 */
public final class PageSize {

    public static final int MAX = 200;

    private PageSize() {}

    public static int of(String limit, int whenAbsent) {
        if (limit == null) {
            return whenAbsent;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX);
    }
}
