package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;
import io.vertx.core.Future;

/**
 * What keeps the loop alive for one listening server or bound socket (node:http, node:net, node:dgram): held from
 * listen() while ref'd and bound, released by unref() or close(); a close in progress holds the loop until its
 * callback ran. Loop thread only.
 */
public final class ListenerHold {
    private final EventLoop loop;
    private final LoopHold hold;
    private boolean ref = true;
    private boolean listening;
    private boolean closed;

    public ListenerHold(EventLoop loop) {
        this.loop = loop;
        this.hold = new LoopHold(loop);
    }

    /** listen() started: held until it fails, is unref'd or closed. */
    public void starting() {
        if (ref) {
            hold.hold();
        }
    }

    /** listen() ended: bound, or failed (nothing to hold). */
    public void bound(boolean ok) {
        if (closed) {
            return; // closed before it was bound
        }
        listening = ok;
        if (ok && ref) {
            hold.hold();
        } else if (!ok) {
            hold.release();
        }
    }

    /** ref()/unref(): an unref'd server does not keep the process alive. */
    public void ref(boolean on) {
        ref = on;
        if (on && listening) {
            hold.hold();
        } else if (!on) {
            hold.release();
        }
    }

    /** Releases the hold; {@code done} runs as a loop task when {@code closing} completes, the loop held till then. */
    public void close(Future<Void> closing, Exchange.Callback<Void> done) {
        listening = false;
        closed = true;
        hold.release();
        loop.ref(); // until the close completes: its callback is still to run
        closing.onComplete(ar -> loop.execute(() -> {
            loop.unref();
            done.done(null, ar.cause());
        }));
    }
}
