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
    /** RFC 3986's unreserved and sub-delims, and the separators of a path and a query. */
    private static final String PLAIN_PUNCTUATION = "-._~!$&'()*+,;=:@/?";

    private UnparsableTargets() {}

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        mark(msg);
        ctx.fireChannelRead(msg);
    }

    /** Marks {@code msg} as undecodable if it is a request head whose target is not a URI. */
    static void mark(Object msg) {
        if (msg instanceof HttpRequest request
                && request.decoderResult().isSuccess()
                && !plainOriginForm(request.uri())) {
            try {
                // the same test as Quarkus' root handler, which would answer a bare 400
                new URI(request.uri());
            } catch (URISyntaxException e) {
                request.setDecoderResult(DecoderResult.failure(e));
            }
        }
    }

    /**
     * A path and query of characters {@link URI} accepts anywhere in them, no percent sign and no
     * authority ({@code //}): such a target always parses, so the parser, run on every request,
     * is left for the others (percent-encodings, spaces, brackets, non-ASCII, absolute forms).
     */
    static boolean plainOriginForm(String target) {
        if (target.isEmpty() || target.charAt(0) != '/' || target.startsWith("//")) {
            return false;
        }
        for (int i = 1; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || PLAIN_PUNCTUATION.indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
