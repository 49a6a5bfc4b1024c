package org.vigil.gateway.edge;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Marks a request whose target is not a URI ({@code /api/v1/ev%zzents}: a bad percent-encoding) as
 * unreadable, so that {@link InvalidRequestProblems} answers it with a 400 problem. Quarkus'
 * root handler refuses such a request before the router with a bare 400 and no body; marked here,
 * between Netty's HTTP decoder and Vert.x, it never gets there.
 */
@ChannelHandler.Sharable
final class UnparsableTargets extends ChannelInboundHandlerAdapter {

    static final String NAME = "vigil-unparsable-targets";
    static final UnparsableTargets INSTANCE = new UnparsableTargets();

    private UnparsableTargets() {}

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        mark(msg);
        ctx.fireChannelRead(msg);
    }

    /** Marks {@code msg} as undecodable if it is a request head whose target is not a URI. */
    static void mark(Object msg) {
        if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
            try {
                // the same test as Quarkus' root handler, which would answer a bare 400
                new URI(request.uri());
            } catch (URISyntaxException e) {
                request.setDecoderResult(DecoderResult.failure(e));
            }
        }
    }
}
