// jest.useFakeTimers() / vi.useFakeTimers(): a virtual clock behind setTimeout, setInterval, setImmediate and
// Date, advanced only by the test (advanceTimersByTime, runAllTimers, ...). The runner keeps the real timers
// it captured at load time, so test timeouts still work while a test fakes time.

const g = globalThis;
const NAMES = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date'];
const LOOP_LIMIT = 100000;

let saved = null; // the real globals while faked
let clock = null;

function newClock(now) {
  return { now: now, nextId: 1, timers: new Map() };
}

function handle(id) {
  // Node-style timer object; coerces to its id so clearTimeout(Number(t)) and t + '' keep working
  return {
    id: id,
    ref() { return this; },
    unref() { return this; },
    hasRef() { return true; },
    refresh() {
      let t = clock && clock.timers.get(id);
      if (t) t.at = clock.now + t.delay;
      return this;
    },
    [Symbol.toPrimitive]() { return id; },
  };
}

function idOf(h) {
  if (h === null || h === undefined) return undefined;
  return typeof h === 'object' ? h.id : Number(h);
}

function schedule(fn, delay, args, repeat) {
  if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function. Received ' + typeof fn);
  let id = clock.nextId++;
  let ms = Math.max(repeat === 'immediate' ? 0 : 1, Number(delay) || 0);
  clock.timers.set(id, { id: id, fn: fn, args: args, at: clock.now + (repeat === 'immediate' ? 0 : ms), delay: ms, repeat: repeat === true });
  return handle(id);
}

function fakeDate(RealDate) {
  function FakeDate() {
    let args = Array.prototype.slice.call(arguments);
    if (!(this instanceof FakeDate)) return new RealDate(clock.now).toString();
    if (args.length === 0) return new RealDate(clock.now);
    return new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => clock.now;
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  return FakeDate;
}

function useFakeTimers(config) {
  let RealDate = saved ? saved.Date : g.Date;
  let now = config && config.now !== undefined ? Number(config.now instanceof RealDate ? config.now.getTime() : config.now) : RealDate.now();
  if (!saved) {
    saved = {};
    NAMES.forEach(n => { saved[n] = g[n]; });
  }
  clock = newClock(now);
  g.setTimeout = function (fn, delay) { return schedule(fn, delay, Array.prototype.slice.call(arguments, 2), false); };
  g.setInterval = function (fn, delay) { return schedule(fn, delay, Array.prototype.slice.call(arguments, 2), true); };
  g.setImmediate = function (fn) { return schedule(fn, 0, Array.prototype.slice.call(arguments, 1), 'immediate'); };
  g.clearTimeout = g.clearInterval = g.clearImmediate = h => { clock.timers.delete(idOf(h)); };
  g.Date = fakeDate(RealDate);
}

function useRealTimers() {
  if (!saved) return;
  NAMES.forEach(n => { g[n] = saved[n]; });
  saved = null;
  clock = null;
}

function ensureFake(what) {
  if (!clock) throw new Error(what + '() needs fake timers: call jest.useFakeTimers() (or vi.useFakeTimers()) first.');
}

function nextDue(limit) {
  let next = null;
  clock.timers.forEach(t => {
    if ((limit === undefined || t.at <= limit) && (next === null || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
  });
  return next;
}

function fire(t) {
  clock.now = Math.max(clock.now, t.at);
  if (t.repeat) t.at = clock.now + t.delay;
  else clock.timers.delete(t.id);
  t.fn.apply(undefined, t.args);
}

function advanceTimersByTime(ms) {
  ensureFake('advanceTimersByTime');
  let target = clock.now + Math.max(0, Number(ms) || 0);
  for (let i = 0; i < LOOP_LIMIT; i++) {
    let t = nextDue(target);
    if (!t) {
      clock.now = target;
      return;
    }
    fire(t);
  }
  throw new Error('Aborting after running ' + LOOP_LIMIT + ' timers, assuming an infinite loop!');
}

function runAllTimers() {
  ensureFake('runAllTimers');
  for (let i = 0; i < LOOP_LIMIT; i++) {
    let t = nextDue();
    if (!t) return;
    fire(t);
  }
  throw new Error('Aborting after running ' + LOOP_LIMIT + ' timers, assuming an infinite loop!');
}

function runOnlyPendingTimers() {
  ensureFake('runOnlyPendingTimers');
  let pending = new Set(clock.timers.keys());
  for (let i = 0; i < LOOP_LIMIT; i++) {
    let t = null;
    clock.timers.forEach(c => {
      if (pending.has(c.id) && (t === null || c.at < t.at || (c.at === t.at && c.id < t.id))) t = c;
    });
    if (!t) return;
    pending.delete(t.id);
    fire(t);
  }
}

function advanceTimersToNextTimer(steps) {
  ensureFake('advanceTimersToNextTimer');
  for (let i = 0; i < (steps === undefined ? 1 : steps); i++) {
    let t = nextDue();
    if (!t) return;
    fire(t);
  }
}

// The timer API surface shared by the jest and vi objects.
function install(api) {
  api.useFakeTimers = config => { useFakeTimers(config); return api; };
  api.useRealTimers = () => { useRealTimers(); return api; };
  api.isFakeTimers = () => clock !== null;
  api.advanceTimersByTime = ms => { advanceTimersByTime(ms); return api; };
  api.runAllTimers = () => { runAllTimers(); return api; };
  api.runOnlyPendingTimers = () => { runOnlyPendingTimers(); return api; };
  api.advanceTimersToNextTimer = steps => { advanceTimersToNextTimer(steps); return api; };
  api.runAllTicks = () => api;
  api.clearAllTimers = () => { if (clock) clock.timers.clear(); return api; };
  api.getTimerCount = () => (clock ? clock.timers.size : 0);
  api.now = () => (clock ? clock.now : Date.now());
  api.setSystemTime = t => {
    ensureFake('setSystemTime');
    clock.now = typeof t === 'object' && t !== null ? t.getTime() : Number(t === undefined ? saved.Date.now() : t);
    return api;
  };
  api.getRealSystemTime = () => (saved ? saved.Date.now() : Date.now());
}

exports.install = install;
exports.useRealTimers = useRealTimers;
