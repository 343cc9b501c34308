package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;

/** One reason to keep the loop alive (a pending read, a listening server), held at most once. Loop thread only. */
public final class LoopHold {
    private final EventLoop loop;
    private boolean held;

    public LoopHold(EventLoop loop) {
        this.loop = loop;
    }

    public void hold() {
        if (!held) {
            held = true;
            loop.ref();
        }
    }

    public void release() {
        if (held) {
            held = false;
            loop.unref();
        }
    }
}
