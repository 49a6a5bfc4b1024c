package org.vigil.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;

/**
 * Which traces may start: a request received or a message consumed. A database query or an HTTP
 * call with no parent is housekeeping (the outbox relay's poll every second, the gateway probing
 * its upstreams); recording each as a trace of its own would bury the work in noise. Within a
 * trace every span follows its parent's decision.
 */
final class RootsOfWork implements Sampler {

    static final Sampler PARENT_BASED = Sampler.parentBased(new RootsOfWork());

    @Override
    public SamplingResult shouldSample(
            Context parentContext,
            String traceId,
            String name,
            SpanKind spanKind,
            Attributes attributes,
            List<LinkData> parentLinks) {
        return spanKind == SpanKind.SERVER || spanKind == SpanKind.CONSUMER
                ? SamplingResult.recordAndSample()
                : SamplingResult.drop();
    }

    @Override
    public String getDescription() {
        return "RootsOfWork";
    }
}
