package dev.llrtj.emulator;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.Map;

/**
 * The trailers of a chunked request body, which Vert.x's HTTP server decodes and then drops: a Netty handler right
 * after the request decoder keeps the last ones per connection (a runtime's requests on one connection come one at
 * a time), for {@link #take} at the request's end. This is how the Runtime API reads a streamed response's
 * {@code Lambda-Runtime-Function-Error-Type}/{@code -Body}.
 */
final class RequestTrailers {
    private static final AttributeKey<HttpHeaders> LAST = AttributeKey.valueOf("llrt.requestTrailers");

    private RequestTrailers() {}

    /** For HttpServer#connectionHandler: before any request on the connection is decoded. */
    static void install(HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            return; // HTTP/2 or another transport: runtimes speak HTTP/1.1
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        for (Map.Entry<String, ChannelHandler> entry : pipeline) {
            if (entry.getValue() instanceof HttpRequestDecoder || entry.getValue() instanceof HttpServerCodec) {
                pipeline.addAfter(entry.getKey(), "llrtRequestTrailers", new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        if (msg instanceof LastHttpContent last && !last.trailingHeaders().isEmpty()) {
                            ctx.channel().attr(LAST).set(last.trailingHeaders().copy());
                        }
                        ctx.fireChannelRead(msg);
                    }
                });
                return;
            }
        }
    }

    /** The trailers of the request that just ended on {@code connection}, or null; cleared for the next one. */
    static HttpHeaders take(HttpConnection connection) {
        return connection instanceof ConnectionBase base ? base.channel().attr(LAST).getAndSet(null) : null;
    }
}
