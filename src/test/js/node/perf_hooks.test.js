// Tests for node:perf_hooks and the `performance` global. The scenario (fixtures/net-scenarios/perf_hooks.scenario.cjs)
// makes marks and measures with explicit times, observes them and times a function; Node ran the same script and
// wrote what it saw to perf_hooks.node.json. The clock itself is checked here against Date.now() and process.uptime().
const perfHooks = require('node:perf_hooks');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const scenario = require('../fixtures/net-scenarios/perf_hooks.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/perf_hooks.node.json');

describe('perf_hooks (the scenario Node ran)', () => {
  it('sees what Node saw', async () => {
    expectSameAsNode(expect, await scenario.run(), nodeSaw);
  });
});

describe('performance clock', () => {
  it('is the global and the module export', () => {
    expect(performance).toBe(perfHooks.performance);
    expect(PerformanceObserver).toBe(perfHooks.PerformanceObserver);
    expect(PerformanceMark).toBe(perfHooks.PerformanceMark);
  });

  it('counts from the process start, and timeOrigin + now() is the wall clock', () => {
    const uptimeMs = process.uptime() * 1000;
    const now = performance.now();
    expect(now).toBeGreaterThanOrEqual(uptimeMs);
    expect(now - uptimeMs).toBeLessThan(50);
    expect(Math.abs(performance.timeOrigin + performance.now() - Date.now())).toBeLessThan(50);
    expect(performance.toJSON().timeOrigin).toBe(performance.timeOrigin);
  });

  it('never goes backwards and has sub-millisecond steps', () => {
    let last = performance.now();
    let fractional = false;
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      expect(t).toBeGreaterThanOrEqual(last);
      if (t !== Math.floor(t)) fractional = true;
      last = t;
    }
    expect(fractional).toBe(true);
  });

  it('marks now when no startTime is given', () => {
    const before = performance.now();
    const m = performance.mark('clock');
    expect(m.startTime).toBeGreaterThanOrEqual(before);
    expect(m.startTime).toBeLessThanOrEqual(performance.now());
    performance.clearMarks('clock');
  });
});

describe('perf_hooks edges', () => {
  it('refuses what it does not do, naming it', () => {
    const codeAndMessage = fn => {
      try {
        fn();
      } catch (e) {
        return [e.code, e.message];
      }
      return 'no error';
    };
    expect(codeAndMessage(() => perfHooks.monitorEventLoopDelay())[0]).toBe('ERR_NOT_SUPPORTED');
    expect(codeAndMessage(() => perfHooks.monitorEventLoopDelay())[1]).toContain('monitorEventLoopDelay');
    expect(codeAndMessage(() => perfHooks.createHistogram())[1]).toContain('createHistogram');
    expect(codeAndMessage(() => performance.eventLoopUtilization())[1]).toContain('eventLoopUtilization');
  });

  it('times async functions when their promise settles', async () => {
    const seen = await new Promise(resolve => {
      const obs = new PerformanceObserver(list => {
        obs.disconnect();
        resolve(list.getEntries().map(e => [e.name, e.duration >= 4]));
      });
      obs.observe({ entryTypes: ['function'] });
      const slow = performance.timerify(function slow() {
        return new Promise(r => setTimeout(r, 5));
      });
      slow();
    });
    expect(seen).toEqual([['slow', true]]);
  });
});
