// Tests for the node:events built-in (Rhino-safe syntax).
const EventEmitter = require('node:events');

describe('EventEmitter', () => {
  it('exports the constructor as default and named export', () => {
    expect(typeof EventEmitter).toBe('function');
    expect(EventEmitter.EventEmitter).toBe(EventEmitter);
    expect(EventEmitter.defaultMaxListeners).toBe(10);
  });
  it('calls listeners in order with arguments and this', () => {
    const e = new EventEmitter();
    const calls = [];
    e.on('x', function (a, b) { calls.push(['first', a, b, this === e]); });
    e.addListener('x', (a) => calls.push(['second', a]));
    expect(e.emit('x', 1, 2)).toBe(true);
    expect(e.emit('nothing')).toBe(false);
    expect(calls).toEqual([['first', 1, 2, true], ['second', 1]]);
  });
  it('prepends listeners', () => {
    const e = new EventEmitter();
    const order = [];
    e.on('x', () => order.push('a'));
    e.prependListener('x', () => order.push('b'));
    e.prependOnceListener('x', () => order.push('c'));
    e.emit('x');
    e.emit('x');
    expect(order).toEqual(['c', 'b', 'a', 'b', 'a']);
  });
  it('once fires a single time and can be removed by the original listener', () => {
    const e = new EventEmitter();
    let n = 0;
    const fn = () => n++;
    e.once('x', fn);
    expect(e.listeners('x')).toEqual([fn]);
    expect(e.rawListeners('x')[0]).not.toBe(fn);
    expect(e.rawListeners('x')[0].listener).toBe(fn);
    e.emit('x');
    e.emit('x');
    expect(n).toBe(1);
    e.once('y', fn);
    e.removeListener('y', fn);
    e.emit('y');
    expect(n).toBe(1);
  });
  it('off, removeAllListeners, listenerCount and eventNames', () => {
    const e = new EventEmitter();
    const a = () => {};
    const b = () => {};
    const sym = Symbol('s');
    e.on('x', a).on('x', b).on(sym, a);
    expect(e.listenerCount('x')).toBe(2);
    expect(e.eventNames()).toEqual(['x', sym]);
    e.off('x', a);
    expect(e.listeners('x')).toEqual([b]);
    e.removeAllListeners('x');
    expect(e.listenerCount('x')).toBe(0);
    e.removeAllListeners();
    expect(e.eventNames()).toEqual([]);
  });
  it('a listener removed during emit still runs in that round', () => {
    const e = new EventEmitter();
    const seen = [];
    const second = () => seen.push('second');
    e.on('x', () => { seen.push('first'); e.off('x', second); });
    e.on('x', second);
    e.emit('x');
    e.emit('x');
    expect(seen).toEqual(['first', 'second', 'first']);
  });
  it('emits newListener and removeListener', () => {
    const e = new EventEmitter();
    const log = [];
    const fn = () => {};
    e.on('newListener', (name, l) => log.push(['new', name, l === fn]));
    e.on('removeListener', (name, l) => log.push(['remove', name, l === fn]));
    e.once('x', fn);
    e.removeListener('x', fn);
    expect(log).toEqual([['new', 'removeListener', false], ['new', 'x', true], ['remove', 'x', true]]);
  });
  it('throws on error without listeners', () => {
    const e = new EventEmitter();
    const err = new Error('boom');
    expect(() => e.emit('error', err)).toThrow('boom');
    let thrown;
    try { e.emit('error', 'text'); } catch (x) { thrown = x; }
    expect(thrown.code).toBe('ERR_UNHANDLED_ERROR');
    expect(thrown.context).toBe('text');
    let caught;
    e.on('error', (x) => { caught = x; });
    e.emit('error', err);
    expect(caught).toBe(err);
  });
  it('validates listeners and max listener values', () => {
    const e = new EventEmitter();
    expect(() => e.on('x', 'nope')).toThrow(TypeError);
    expect(e.getMaxListeners()).toBe(10);
    e.setMaxListeners(1);
    expect(e.getMaxListeners()).toBe(1);
    expect(() => e.setMaxListeners(-1)).toThrow(RangeError);
  });
  it('supports util.inherits style subclassing', () => {
    const util = require('node:util');
    function MyEmitter() { EventEmitter.call(this); }
    util.inherits(MyEmitter, EventEmitter);
    const m = new MyEmitter();
    let got;
    m.on('hi', (v) => { got = v; });
    m.emit('hi', 42);
    expect(got).toBe(42);
    expect(m instanceof EventEmitter).toBe(true);
  });
  it('static once resolves with the emitted arguments', () => {
    const e = new EventEmitter();
    const p = EventEmitter.once(e, 'ready');
    e.emit('ready', 1, 2);
    return p.then((args) => {
      expect(args).toEqual([1, 2]);
      expect(e.listenerCount('error')).toBe(0);
    });
  });
  it('static once rejects on error', () => {
    const e = new EventEmitter();
    const p = EventEmitter.once(e, 'ready');
    e.emit('error', new Error('failed'));
    return p.then(() => { throw new Error('should reject'); }, (err) => {
      expect(err.message).toBe('failed');
      expect(e.listenerCount('ready')).toBe(0);
    });
  });
});
