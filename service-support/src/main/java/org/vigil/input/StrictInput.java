package org.vigil.input;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether this service's request-wide input checks are on: {@code vigil.input.strict}. */
@ConfigMapping(prefix = "vigil.input")
public interface StrictInput {

    /** Off unless the service turns them on: each service opts in once its own tests pass them. */
    @WithDefault("false")
    boolean strict();
}
