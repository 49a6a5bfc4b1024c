package org.vigil.sources.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of the machine finding suggestions may take, and how many results are kept. */
@ConfigMapping(prefix = "vigil.sources.suggestions")
public interface SuggestionsConfig {

    /** Threads that read texts for suggestions: each keeps one core busy for seconds per megabyte. */
    @WithDefault("1")
    int threads();

    /** Requests for uncached versions that may wait for a thread; beyond that callers get 503. */
    @WithDefault("16")
    int queue();

    /**
     * How many suggestions are kept in memory, over all versions (each is well under a kilobyte;
     * an article has tens). Beyond it, the least used versions go first.
     */
    @WithDefault("20000")
    long cachedSuggestions();
}
