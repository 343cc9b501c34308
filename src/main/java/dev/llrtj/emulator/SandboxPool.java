package dev.llrtj.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Lambda's scaling in small: an invocation goes to an idle warm sandbox when there is one, else to an idle one
 * that has no runtime yet (a cold start), else it waits for the first sandbox to free up. Runs on the emulator's
 * one Vert.x context, like the sandboxes themselves.
 */
final class SandboxPool {
    private final List<Sandbox> sandboxes = new ArrayList<>();
    private final Deque<PendingInvoke> waiting = new ArrayDeque<>();
    private boolean closed;

    void add(Sandbox sandbox) {
        sandboxes.add(sandbox);
        sandbox.onIdle(() -> {
            if (!waiting.isEmpty() && sandbox.idle()) {
                sandbox.accept(waiting.poll());
            }
        });
    }

    Sandbox get(int index) {
        return sandboxes.get(index);
    }

    /** Must be called on the emulator's context. */
    void submit(PendingInvoke inv) {
        if (closed) {
            inv.result.completeExceptionally(new CancellationException("emulator closed"));
            return;
        }
        Sandbox chosen = null;
        for (Sandbox s : sandboxes) {
            if (s.idle() && s.warm()) {
                chosen = s;
                break;
            }
        }
        for (int i = 0; chosen == null && i < sandboxes.size(); i++) {
            Sandbox s = sandboxes.get(i);
            if (s.idle() && !s.hasRuntime()) {
                chosen = s;
            }
        }
        for (int i = 0; chosen == null && i < sandboxes.size(); i++) {
            if (sandboxes.get(i).idle()) {
                chosen = sandboxes.get(i); // its runtime is on the way out; the sandbox starts a new one
            }
        }
        if (chosen != null) {
            chosen.accept(inv);
        } else {
            waiting.add(inv);
        }
    }

    /** Must be called on the emulator's context; the sandboxes are closed by the caller afterwards. */
    void failWaiting() {
        closed = true;
        for (PendingInvoke inv; (inv = waiting.poll()) != null; ) {
            inv.result.completeExceptionally(new CancellationException("emulator closed"));
        }
    }

    List<Sandbox> all() {
        return sandboxes;
    }
}
