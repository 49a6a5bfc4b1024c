package org.vigil.gateway.edge;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The slowloris guard of one connection: a request head (request line and headers) must arrive
 * whole within a deadline counted from its first byte, or the connection is closed. Vert.x 4.5
 * has no such timeout and its idle timeout restarts with every byte, so a client writing one byte
 * a second would hold a connection for ever. It sits first in the pipeline and sees raw bytes: a
 * head ends at the first empty line; what follows is the request's body, not looked at, until
 * {@link #awaitNextHead()} says the request was answered. A keep-alive connection waiting for its
 * next request is left to the idle timeout: the deadline starts with the next head's first byte.
 * (A pipelining client, whose next head arrived before the previous answer ended, gets its next
 * answer's worth of grace from the idle timeout instead: browsers and the ingress do not pipeline.)
 * Plain HTTP/1.x only (TLS ends at the ingress; {@link HeadDeadlines} does not install it on TLS
 * listeners, whose bytes it could not read).
 */
final class HeadDeadline extends ChannelInboundHandlerAdapter {

    static final String NAME = "vigil-head-deadline";

    private final long deadlineMillis;
    private boolean inHead = true;
    /** How much of "\r\n\r\n" the bytes read so far end with. */
    private int endMatched;

    private ScheduledFuture<?> timer;

    HeadDeadline(Duration deadline) {
        this.deadlineMillis = deadline.toMillis();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        arm(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (inHead && msg instanceof ByteBuf bytes) {
            if (timer == null) {
                arm(ctx);
            }
            if (endsHead(bytes)) {
                inHead = false;
                disarm();
            }
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        disarm();
        super.channelInactive(ctx);
    }

    /** The current request was answered: the next bytes begin a new head (keep-alive). */
    void awaitNextHead() {
        inHead = true;
        endMatched = 0;
    }

    private boolean endsHead(ByteBuf bytes) {
        for (int i = bytes.readerIndex(); i < bytes.writerIndex(); i++) {
            byte b = bytes.getByte(i);
            boolean expectedCr = endMatched % 2 == 0;
            if (b == (expectedCr ? '\r' : '\n')) {
                endMatched++;
            } else {
                endMatched = b == '\r' ? 1 : 0;
            }
            if (endMatched == 4) {
                return true;
            }
        }
        return false;
    }

    private void arm(ChannelHandlerContext ctx) {
        disarm();
        timer = ctx.executor().schedule(() -> ctx.channel().close(), deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private void disarm() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
