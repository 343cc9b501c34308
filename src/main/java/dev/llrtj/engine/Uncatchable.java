package dev.llrtj.engine;

import org.mozilla.javascript.ContinuationPending;

/**
 * A Java throwable that unwinds the JS stack with no JS {@code catch} or {@code finally} running, as Node's
 * process.exit() does. The engine lets JS catch every other Java throwable ({@link JavaFailures}); Rhino's
 * interpreter stops JS handling only for a ContinuationPending, hence the superclass (no continuation is involved).
 */
public abstract class Uncatchable extends ContinuationPending {
    protected Uncatchable() {
        super(null);
    }
}
