// node:perf_hooks and the `performance` global. The clock is the process's: now() is milliseconds since the process
// started (process.uptime(), the monotonic clock) and timeOrigin the wall-clock time of that start, read when the
// process starts (llrt:per-process), never the image build's. Marks and measures go to one buffer; observers get
// entries of their types in a batch after the current task, as Node delivers them.
'use strict';

const errors = require('llrt:errors');
const { define: perProcess } = require('llrt:per-process');
const process = require('process');
const timers = require('timers');

const now = () => process.uptime() * 1000;

function missingArgs(name) {
  return errors.coded(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function checkTimestamp(value) {
  if (typeof value !== 'number' || !(value >= 0)) {
    throw errors.coded(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${String(value)} is not a valid timestamp`);
  }
  return value;
}

function illegalConstructor() {
  throw errors.coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function PerformanceEntry() {
  illegalConstructor();
}
function entry(proto, name, entryType, startTime, duration, detail) {
  const e = Object.create(proto);
  Object.defineProperty(e, '_fields', { value: { name, entryType, startTime, duration, detail } });
  return e;
}
['name', 'entryType', 'startTime', 'duration'].forEach(key => {
  Object.defineProperty(PerformanceEntry.prototype, key, { configurable: true, enumerable: true, get() { return this._fields[key]; } });
});
PerformanceEntry.prototype.toJSON = function toJSON() {
  const f = this._fields;
  const json = { name: f.name, entryType: f.entryType, startTime: f.startTime, duration: f.duration };
  if (f.entryType === 'mark' || f.entryType === 'measure') json.detail = f.detail;
  return json;
};

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return typeof structuredClone === 'function' ? structuredClone(detail) : detail;
}

function PerformanceMark(name, options) {
  if (!(this instanceof PerformanceMark)) throw new TypeError("Class constructor PerformanceMark cannot be invoked without 'new'");
  if (arguments.length === 0) throw missingArgs('name');
  if (options !== undefined && (options === null || typeof options !== 'object')) throw errors.invalidArgType('options', 'of type object', options);
  const startTime = options && options.startTime !== undefined ? checkTimestamp(options.startTime) : now();
  Object.defineProperty(this, '_fields', { value: { name: String(name), entryType: 'mark', startTime, duration: 0, detail: cloneDetail(options && options.detail) } });
}
PerformanceMark.prototype = Object.create(PerformanceEntry.prototype, { constructor: { value: PerformanceMark, writable: true, configurable: true } });
Object.defineProperty(PerformanceMark.prototype, 'detail', { configurable: true, enumerable: true, get() { return this._fields.detail; } });

function PerformanceMeasure() {
  illegalConstructor();
}
PerformanceMeasure.prototype = Object.create(PerformanceEntry.prototype, { constructor: { value: PerformanceMeasure, writable: true, configurable: true } });
Object.defineProperty(PerformanceMeasure.prototype, 'detail', { configurable: true, enumerable: true, get() { return this._fields.detail; } });

// --- the buffer of marks and measures ---

let buffer = [];

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}
function filtered(list, name, type) {
  return list.filter(e => (name === undefined || e.name === name) && (type === undefined || e.entryType === type)).sort(byStartTime);
}
function clear(type, name) {
  buffer = buffer.filter(e => e.entryType !== type || (name !== undefined && e.name !== String(name)));
}

// a mark's name, or a timestamp, as measure() takes them
function timeOf(markOrTime) {
  if (typeof markOrTime === 'number') return checkTimestamp(markOrTime);
  const name = String(markOrTime);
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === 'mark' && buffer[i].name === name) return buffer[i].startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measureTimes(startOrOptions, endMark) {
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const o = startOrOptions;
    if (endMark !== undefined) throw errors.coded(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'endMark must not be specified when options are given');
    if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
      throw errors.coded(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'Must not have options.start, options.end, and options.duration specified');
    }
    const duration = o.duration !== undefined ? checkTimestamp(o.duration) : undefined;
    const end = o.end !== undefined ? timeOf(o.end) : o.start !== undefined && duration !== undefined ? timeOf(o.start) + duration : now();
    const start = o.start !== undefined ? timeOf(o.start) : duration !== undefined ? end - duration : 0;
    return { start, end, detail: cloneDetail(o.detail) };
  }
  return { start: startOrOptions === undefined ? 0 : timeOf(startOrOptions), end: endMark === undefined ? now() : timeOf(endMark), detail: null };
}

// --- observers ---

const observers = [];
let delivering = false;

function PerformanceObserverEntryList(entries) {
  Object.defineProperty(this, '_entries', { value: entries });
}
PerformanceObserverEntryList.prototype.getEntries = function () { return filtered(this._entries); };
PerformanceObserverEntryList.prototype.getEntriesByType = function (type) { return filtered(this._entries, undefined, String(type)); };
PerformanceObserverEntryList.prototype.getEntriesByName = function (name, type) {
  return filtered(this._entries, String(name), type === undefined ? undefined : String(type));
};

const SUPPORTED = Object.freeze(['function', 'mark', 'measure']);

function PerformanceObserver(callback) {
  if (!(this instanceof PerformanceObserver)) throw new TypeError("Class constructor PerformanceObserver cannot be invoked without 'new'");
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  this._callback = callback;
  this._types = [];
  this._queue = [];
}
Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { enumerable: true, get: () => SUPPORTED.slice() });
PerformanceObserver.prototype.observe = function observe(options) {
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  let types;
  if (options.entryTypes !== undefined) {
    if (options.type !== undefined) throw errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'options.entryTypes\' can not be used with \'options.type\'');
    if (!Array.isArray(options.entryTypes)) throw errors.invalidArgType('"options.entryTypes" property', 'string[]', options.entryTypes);
    types = options.entryTypes.map(String);
  } else if (options.type !== undefined) {
    types = [String(options.type)];
  } else {
    throw errors.coded(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" and "options.type" arguments must be specified');
  }
  // types Node knows but this runtime never produces (gc, http, net, dns...) are accepted and stay silent, as in Node
  // when nothing of that type happens
  this._types = types;
  if (observers.indexOf(this) < 0) observers.push(this);
  if (options.buffered) {
    const self = this;
    buffer.forEach(e => {
      if (self._types.indexOf(e.entryType) >= 0) self._queue.push(e);
    });
    scheduleDelivery();
  }
};
PerformanceObserver.prototype.disconnect = function disconnect() {
  const i = observers.indexOf(this);
  if (i >= 0) observers.splice(i, 1);
  this._queue = [];
};
PerformanceObserver.prototype.takeRecords = function takeRecords() {
  const records = this._queue;
  this._queue = [];
  return records;
};

function scheduleDelivery() {
  if (delivering) return;
  delivering = true;
  timers.setImmediate(() => {
    delivering = false;
    observers.slice().forEach(observer => {
      if (!observer._queue.length) return;
      const records = observer.takeRecords();
      observer._callback.call(observer, new PerformanceObserverEntryList(records), observer);
    });
  });
}

function enqueue(e) {
  let any = false;
  observers.forEach(observer => {
    if (observer._types.indexOf(e.entryType) >= 0) {
      observer._queue.push(e);
      any = true;
    }
  });
  if (any) scheduleDelivery();
}

// --- performance ---

function Performance() {
  illegalConstructor();
}
const performance = Object.create(Performance.prototype);
Performance.prototype.now = function () { return now(); };
Performance.prototype.mark = function mark(name, options) {
  if (arguments.length === 0) throw missingArgs('name');
  const m = new PerformanceMark(name, options);
  buffer.push(m);
  enqueue(m);
  return m;
};
Performance.prototype.measure = function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw missingArgs('name');
  const t = measureTimes(startOrOptions, endMark);
  const m = entry(PerformanceMeasure.prototype, String(name), 'measure', t.start, t.end - t.start, t.detail);
  buffer.push(m);
  enqueue(m);
  return m;
};
Performance.prototype.getEntries = function () { return filtered(buffer); };
Performance.prototype.getEntriesByName = function (name, type) {
  if (arguments.length === 0) throw missingArgs('name');
  return filtered(buffer, String(name), type === undefined ? undefined : String(type));
};
Performance.prototype.getEntriesByType = function (type) {
  if (arguments.length === 0) throw missingArgs('type');
  return filtered(buffer, undefined, String(type));
};
Performance.prototype.clearMarks = function (name) { clear('mark', name); };
Performance.prototype.clearMeasures = function (name) { clear('measure', name); };
Performance.prototype.clearResourceTimings = function () {};
// Node's 'function' entries: reported to observers of that type, never kept in the buffer
Performance.prototype.timerify = function timerify(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  const timed = function () {
    const start = now();
    const result = this instanceof timed ? Reflect.construct(fn, arguments, fn) : fn.apply(this, arguments);
    const record = () => enqueue(entry(PerformanceEntry.prototype, fn.name, 'function', start, now() - start, Array.prototype.slice.call(arguments)));
    if (result && typeof result.finally === 'function') result.finally(record);
    else record();
    return result;
  };
  delete timed.length; // Rhino ignores a redefinition of `length` that is not preceded by a delete
  Object.defineProperty(timed, 'length', { configurable: true, value: fn.length });
  delete timed.name;
  Object.defineProperty(timed, 'name', { configurable: true, value: `timerified ${fn.name}` });
  return timed;
};
Performance.prototype.eventLoopUtilization = errors.notSupportedFunction('eventLoopUtilization',
  'performance.eventLoopUtilization is not supported: the event loop does not record its idle time');
Performance.prototype.toJSON = function toJSON() {
  return { timeOrigin: this.timeOrigin };
};
perProcess(performance, 'timeOrigin', () => Date.now() - now());

const notSupported = name => errors.notSupportedFunction(name, `perf_hooks.${name} is not supported: the event loop keeps no delay histogram`);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  monitorEventLoopDelay: notSupported('monitorEventLoopDelay'),
  createHistogram: notSupported('createHistogram'),
  performance,
  constants: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
};
