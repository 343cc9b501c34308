package dev.llrtj.testrunner;

import java.util.List;

/** Receives each file's result as soon as it is known (from worker threads, one call at a time), then the end. */
public interface Reporter {
    void fileDone(FileResult result);

    /** {@code results} in discovery order; {@code durationMs} is the wall time of the whole run. */
    void runDone(List<FileResult> results, Counts total, long durationMs);
}
