package org.vigil.gateway.edge;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.net.impl.VertxHandler;
import java.net.URISyntaxException;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.gateway.problem.Problem;

/**
 * Answers a request Vert.x could not read (a request line over
 * {@code quarkus.http.limits.max-initial-line-length}, headers over {@code max-header-size}, a
 * malformed head, a target that is not a URI, see {@link UnparsableTargets}) with a problem, 414,
 * 431 or 400, instead of Vert.x's bare status: such a request
 * never reaches the router, so neither the failure handler nor the security headers see it.
 *
 * <p>Vert.x answers these through its connection's invalid-request handler, which Quarkus leaves at
 * Vert.x's default and gives no way to set. This Netty handler sits first on each accepted plain
 * HTTP/1.x connection ({@link HeadDeadlines} puts it there). Vert.x builds the rest of the pipeline
 * once the first bytes tell HTTP/1.1 from h2c, so it moves behind the handler that decides, and
 * when those bytes come past it there, sets the handler on the connection and takes itself out.
 */
@ChannelHandler.Sharable
final class InvalidRequestProblems extends ChannelInboundHandlerAdapter {

    static final String NAME = "vigil-invalid-request-problems";
    static final InvalidRequestProblems INSTANCE = new InvalidRequestProblems();

    /** Vert.x's name for its handler at the end of an HTTP/1.x pipeline, which holds the connection. */
    private static final String VERTX_HANDLER = "handler";
    /** Vert.x's name for Netty's HTTP/1.x request decoder in that pipeline. */
    private static final String HTTP_DECODER = "httpDecoder";

    private InvalidRequestProblems() {}

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ChannelPipeline pipeline = ctx.pipeline();
        pipeline.remove(this);
        ChannelHandler vertx = pipeline.get(VERTX_HANDLER);
        if (vertx instanceof VertxHandler<?> handler
                && handler.getConnection() instanceof HttpServerConnection connection) {
            connection.invalidRequestHandler(InvalidRequestProblems::answer);
            // once Vert.x has built the pipeline this handler sits behind the decoder and may hold the first head
            UnparsableTargets.mark(msg);
            if (pipeline.get(HTTP_DECODER) != null) {
                // the connection's later heads
                pipeline.addAfter(HTTP_DECODER, UnparsableTargets.NAME, UnparsableTargets.INSTANCE);
            }
        } else if (vertx == null) {
            // Vert.x tells HTTP/1.1 from HTTP/2 (h2c) by these first bytes, then builds the rest of the
            // pipeline behind the handler that decided and hands them on: wait there to see it built
            pipeline.addLast(NAME, this);
        }
        ctx.fireChannelRead(msg);
    }

    /** The problem for a request head Vert.x could not decode; the connection closes after it. */
    static void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = new Problem(
                    ProblemType.URI_TOO_LONG, "the request line (method, path and query) is over the limit");
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem =
                    new Problem(ProblemType.HEADER_FIELDS_TOO_LARGE, "the request's header fields are over the limit");
        } else if (cause instanceof URISyntaxException) {
            problem = new Problem(
                    ProblemType.BAD_REQUEST,
                    "the request target is not a valid URI (for example, a bad percent-encoding)");
        } else {
            problem = new Problem(ProblemType.BAD_REQUEST, "the request could not be read as HTTP");
        }
        HttpServerResponse response = request.response();
        SecurityHeaders.addTo(response.headers(), false);
        response.putHeader(HttpHeaders.CONNECTION, "close");
        problem.send(response);
    }
}
