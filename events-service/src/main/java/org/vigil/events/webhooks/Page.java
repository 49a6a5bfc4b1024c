package org.vigil.events.webhooks;

import java.util.List;

/** One page of a list, as every Vigil list answers: {@code nextCursor} is null at the end. */
public record Page<T>(List<T> items, String nextCursor) {}
