package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.function.Consumer;

/**
 * One listening HTTP server of node:http's createServer, on the loop's Vert.x. While it listens (and is ref'd) it
 * keeps the loop alive, as a Node server keeps `node file.js` running; closed or unref'd it does not. Each request
 * reaches JS as a {@link ServerExchange}, on the loop thread. Loop thread only.
 */
public final class HttpListener {
    private final EventLoop loop;
    private final HttpServer server;
    private final ListenerHold hold;

    private HttpListener(EventLoop loop, HttpServer server) {
        this.loop = loop;
        this.server = server;
        this.hold = new ListenerHold(loop);
    }

    /**
     * Starts listening on {@code host}:{@code port} (0: any free port); {@code onListening} gets the bound port or
     * the failure (EADDRINUSE...). {@code tls} null: plain HTTP.
     */
    public static HttpListener listen(EventLoop loop, String host, int port, TlsOptions tls,
            Consumer<ServerExchange> onRequest, Exchange.Callback<Integer> onListening) {
        loop.assertInLoop();
        HttpServerOptions options = new HttpServerOptions().setTcpNoDelay(true).setReuseAddress(true)
                .setHandle100ContinueAutomatically(true);
        if (tls != null) {
            options.setSsl(true);
            tls.applyTo(options);
        }
        HttpListener listener = new HttpListener(loop, loop.vertx().createHttpServer(options));
        listener.server.requestHandler(request -> {
            ServerExchange exchange = new ServerExchange(loop, request); // pauses the body before any of it is lost
            listener.run(() -> onRequest.accept(exchange));
        });
        listener.hold.starting();
        listener.server.listen(port, host).onComplete(bound -> {
            listener.hold.bound(bound.succeeded());
            listener.run(() -> onListening.done(bound.succeeded() ? bound.result().actualPort() : null, bound.cause()));
        });
        return listener;
    }

    /** Stops accepting and closes every connection; {@code done} once the port is free. */
    public void close(Exchange.Callback<Void> done) {
        hold.close(server.close(), done);
    }

    /** server.ref()/unref(): an unref'd server does not keep the process alive. */
    public void ref(boolean on) {
        hold.ref(on);
    }

    /**
     * Always a task of its own: Vert.x completes some futures at once, inside the JS call that started them
     * (close() of a server without connections), and a task run nested there would see the loop idle mid-task.
     */
    private void run(Runnable task) {
        loop.execute(task);
    }
}
