package dev.llrtj.modules.perfhooks;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class PerfHooksRoom {
    public static final Room ROOM = Room.of(PerfHooksRoom.class)
            .js("perf_hooks", "perf_hooks.js")
            .globals("perf_hooks", "performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure",
                    "PerformanceObserver", "PerformanceObserverEntryList")
            .dependsOn("errors", "process", "timers")
            .build();

    private PerfHooksRoom() {}
}
