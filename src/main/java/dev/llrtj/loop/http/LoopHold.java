package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;

/** One reason to keep the loop alive (a pending read, a listening server), held at most once. Loop thread only. */
final class LoopHold {
    private final EventLoop loop;
    private boolean held;

    LoopHold(EventLoop loop) {
        this.loop = loop;
    }

    void hold() {
        if (!held) {
            held = true;
            loop.ref();
        }
    }

    void release() {
        if (held) {
            held = false;
            loop.unref();
        }
    }
}
