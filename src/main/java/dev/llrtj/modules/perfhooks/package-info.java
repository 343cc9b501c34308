/**
 * node:perf_hooks and the `performance` global: the clock (now, a per-process timeOrigin), the user timing buffer
 * (mark, measure, getEntries*), PerformanceObserver and timerify, pure JS over process.uptime().
 */
package dev.llrtj.modules.perfhooks;
