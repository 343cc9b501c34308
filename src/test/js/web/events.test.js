// Event, CustomEvent and EventTarget; expectations checked against Node 20 (same file under a Jest shim).
describe('Event', () => {
  it('has type, flags and phase constants', () => {
    const e = new Event('ping', { cancelable: true, bubbles: true });
    expect(e.type).toBe('ping');
    expect(e.cancelable).toBe(true);
    expect(e.bubbles).toBe(true);
    expect(e.composed).toBe(false);
    expect(e.defaultPrevented).toBe(false);
    expect(e.isTrusted).toBe(false);
    expect(e.target).toBe(null);
    expect(e.eventPhase).toBe(0);
    expect(Event.AT_TARGET).toBe(2);
    expect(typeof e.timeStamp).toBe('number');
    expect(Object.keys(e)).toEqual([]);
    expect(Object.prototype.toString.call(e)).toBe('[object Event]');
  });
  it('requires a type', () => {
    expect(() => new Event()).toThrow(TypeError);
  });
  it('preventDefault only works on cancelable events', () => {
    const a = new Event('x');
    a.preventDefault();
    expect(a.defaultPrevented).toBe(false);
    const b = new Event('x', { cancelable: true });
    b.preventDefault();
    expect(b.defaultPrevented).toBe(true);
    expect(b.returnValue).toBe(false);
  });
  it('CustomEvent carries detail', () => {
    const e = new CustomEvent('c', { detail: { n: 1 } });
    expect(e.detail).toEqual({ n: 1 });
    expect(new CustomEvent('c').detail).toBe(null);
    expect(e instanceof Event).toBe(true);
    expect(Object.prototype.toString.call(e)).toBe('[object CustomEvent]');
  });
});

describe('EventTarget', () => {
  it('dispatches to listeners in order with target, currentTarget and this', () => {
    const t = new EventTarget();
    const seen = [];
    t.addEventListener('x', function (e) { seen.push(['a', this === t, e.target === t, e.currentTarget === t, e.eventPhase]); });
    t.addEventListener('x', (e) => seen.push(['b', e.type]));
    t.addEventListener('y', () => seen.push(['never']));
    const e = new Event('x');
    expect(t.dispatchEvent(e)).toBe(true);
    expect(seen).toEqual([['a', true, true, true, 2], ['b', 'x']]);
    expect(e.currentTarget).toBe(null);
    expect(e.eventPhase).toBe(0);
    expect(e.target).toBe(t);
  });
  it('ignores duplicate listeners but tells capture apart', () => {
    const t = new EventTarget();
    let n = 0;
    const fn = () => n++;
    t.addEventListener('x', fn);
    t.addEventListener('x', fn);
    t.addEventListener('x', fn, true);
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(2);
    t.removeEventListener('x', fn);
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(3);
    t.removeEventListener('x', fn, { capture: true });
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(3);
  });
  it('once listeners run a single time', () => {
    const t = new EventTarget();
    let n = 0;
    t.addEventListener('x', () => n++, { once: true });
    t.dispatchEvent(new Event('x'));
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(1);
  });
  it('handleEvent objects are called with the object as this', () => {
    const t = new EventTarget();
    const handler = { calls: 0, handleEvent(e) { this.calls++; this.last = e.type; } };
    t.addEventListener('x', handler);
    t.dispatchEvent(new Event('x'));
    expect(handler.calls).toBe(1);
    expect(handler.last).toBe('x');
  });
  it('stopImmediatePropagation skips later listeners', () => {
    const t = new EventTarget();
    const seen = [];
    t.addEventListener('x', (e) => { seen.push(1); e.stopImmediatePropagation(); });
    t.addEventListener('x', () => seen.push(2));
    t.dispatchEvent(new Event('x'));
    expect(seen).toEqual([1]);
  });
  it('dispatchEvent returns false when a listener cancels', () => {
    const t = new EventTarget();
    t.addEventListener('x', (e) => e.preventDefault());
    expect(t.dispatchEvent(new Event('x', { cancelable: true }))).toBe(false);
    expect(t.dispatchEvent(new Event('x'))).toBe(true);
  });
  // the DOM standard (and browsers) ignore preventDefault in a passive listener; Node 20 does not (dispatchEvent
  // returns false there), a Node bug fixed later: this runtime follows the standard
  it('passive listeners cannot cancel', () => {
    const t = new EventTarget();
    t.addEventListener('x', (e) => e.preventDefault(), { passive: true });
    const e = new Event('x', { cancelable: true });
    expect(t.dispatchEvent(e)).toBe(true);
    expect(e.defaultPrevented).toBe(false);
  });
  it('a signal removes the listener when aborted, and an aborted one never adds it', () => {
    const t = new EventTarget();
    const ac = new AbortController();
    let n = 0;
    t.addEventListener('x', () => n++, { signal: ac.signal });
    t.dispatchEvent(new Event('x'));
    ac.abort();
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(1);
    t.addEventListener('x', () => n++, { signal: AbortSignal.abort() });
    t.dispatchEvent(new Event('x'));
    expect(n).toBe(1);
  });
  it('a listener removed during dispatch does not run', () => {
    const t = new EventTarget();
    const seen = [];
    const second = () => seen.push(2);
    t.addEventListener('x', () => { seen.push(1); t.removeEventListener('x', second); });
    t.addEventListener('x', second);
    t.dispatchEvent(new Event('x'));
    expect(seen).toEqual([1]);
  });
  it('rejects non-events and null listeners are ignored', () => {
    const t = new EventTarget();
    expect(() => t.dispatchEvent({ type: 'x' })).toThrow(TypeError);
    t.addEventListener('x', null);
    expect(t.dispatchEvent(new Event('x'))).toBe(true);
  });
  it('a throwing listener does not stop the others; the error is rethrown on the next tick (uncaught)', () => {
    // Node reports it as an uncaught exception from process.nextTick; the test runner would fail the test on a
    // real uncaught error, so the tick is captured and run here
    const ticks = [];
    const realNextTick = process.nextTick;
    process.nextTick = (fn) => { ticks.push(fn); };
    const t = new EventTarget();
    const seen = [];
    try {
      t.addEventListener('x', () => { throw new Error('boom'); });
      t.addEventListener('x', () => seen.push(2));
      expect(t.dispatchEvent(new Event('x'))).toBe(true);
    } finally {
      process.nextTick = realNextTick;
    }
    expect(seen).toEqual([2]);
    expect(ticks.length).toBe(1);
    expect(() => ticks[0]()).toThrow('boom');
  });
  it('can be subclassed', () => {
    // what lowered `class Emitter extends EventTarget` does
    function Emitter() { return Reflect.construct(EventTarget, [], Emitter); }
    Emitter.prototype = Object.create(EventTarget.prototype);
    const t = new Emitter();
    expect(t instanceof Emitter).toBe(true);
    let got = null;
    t.addEventListener('x', (e) => { got = e.target; });
    t.dispatchEvent(new Event('x'));
    expect(got).toBe(t);
  });
  it('node:events exposes EventTarget and Event', () => {
    // Node 20's events module does not export them; this runtime adds them (lazily)
    const events = require('node:events');
    expect(events.EventTarget).toBe(EventTarget);
    expect(events.Event).toBe(Event);
    expect(Object.keys(events)).not.toContain('EventTarget');
  });
});
