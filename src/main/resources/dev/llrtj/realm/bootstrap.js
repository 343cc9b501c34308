// Realm set-up: engine fixes, then the globals every handler touches. Globals backed by built-in modules are
// lazy getters, so a bare start loads only what the code uses. `native` is the module loader here, `exports` the
// realm's own Java helpers (dev.llrtj.realm.Realm).
'use strict';
const loader = native;
const realmNatives = exports;
const g = globalThis;

// Rhino 1.9.1: an Error's lazy `stack` getter casts the error's prototype to a native error, so an Error
// whose prototype was replaced by a subclass's (`class X extends Error` lowered, TypeScript's
// `Object.setPrototypeOf(this, X.prototype)`, Reflect.construct(Error, args, X)) throws a Java
// ClassCastException when `stack` is read. pinStack captures the frames while the prototype is still native
// and formats them later, so the header shows the subclass's name and message as set by its constructor.
const toStringTag = Object.prototype.toString;
const isNativeError = value => value !== null && typeof value === 'object' && toStringTag.call(value) === '[object Error]';

// The CallSites Rhino hands prepareStackTrace while `read` runs, without this file's own frames. A failing
// read is rethrown only when asked: a stack getter that already broke just means there is nothing to pin.
function captureSites(read, rethrow) {
  let sites = null;
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, callSites) => {
    sites = callSites;
    return '';
  };
  try {
    read();
  } catch (e) {
    sites = null;
    if (rethrow) throw e;
  } finally {
    Error.prepareStackTrace = prepare;
  }
  return sites && sites.filter(site => site.getFileName() !== 'llrt:bootstrap');
}

function defineLazyStack(target, sites) {
  let stack;
  Object.defineProperty(target, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      if (stack === undefined) {
        let prepare = Error.prepareStackTrace;
        stack = typeof prepare === 'function' ? prepare(this, sites) : formatStack(this, sites);
      }
      return stack;
    },
    set(value) {
      stack = value;
    },
  });
}

function pinStack(error, proto) {
  if (!isNativeError(error) || isNativeError(proto)) return;
  // null sites: the stack was already read (or assigned), so the getter no longer needs the prototype
  let sites = captureSites(() => error.stack);
  if (sites && Object.isExtensible(error)) defineLazyStack(error, sites);
}

const nativeSetPrototypeOf = Object.setPrototypeOf;
Object.defineProperty(Object, 'setPrototypeOf', {
  configurable: true,
  writable: true,
  value: function setPrototypeOf(target, proto) {
    pinStack(target, proto);
    return nativeSetPrototypeOf(target, proto);
  },
});
const nativeReflectSetPrototypeOf = Reflect.setPrototypeOf;
Object.defineProperty(Reflect, 'setPrototypeOf', {
  configurable: true,
  writable: true,
  value: function setPrototypeOf(target, proto) {
    pinStack(target, proto);
    return nativeReflectSetPrototypeOf(target, proto);
  },
});

// Reflect.construct(Error, args, Sub) itself also yields an error with the broken getter: build a real native
// error and give it the subclass prototype instead.
const nativeConstruct = Reflect.construct;
const NATIVE_ERRORS = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
if (typeof AggregateError === 'function') NATIVE_ERRORS.push(AggregateError);
Object.defineProperty(Reflect, 'construct', {
  configurable: true,
  writable: true,
  value: function construct(target, args, newTarget) {
    if (arguments.length < 3) return nativeConstruct(target, args);
    if (newTarget !== target && NATIVE_ERRORS.indexOf(target) >= 0) {
      let error = nativeConstruct(target, args);
      Object.setPrototypeOf(error, newTarget.prototype);
      return error;
    }
    return nativeConstruct(target, args, newTarget);
  },
});

// Rhino's Reflect.get ignores its receiver: a getter found on the target's chain ran with `this` = the target, so
// Babel's `super.prop` (its _get helper) read another object (ajv's code generator computed wrong names from it).
const nativeReflectGet = Reflect.get;
Object.defineProperty(Reflect, 'get', {
  configurable: true,
  writable: true,
  value: function get(target, key, receiver) {
    if (arguments.length < 3 || receiver === target) return nativeReflectGet(target, key);
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      throw new TypeError('Reflect.get called on non-object');
    }
    for (let o = target; o !== null; o = Object.getPrototypeOf(o)) {
      let desc = Object.getOwnPropertyDescriptor(o, key);
      if (desc) return desc.get ? desc.get.call(receiver) : desc.value;
    }
    return undefined;
  },
});

// Rhino's captureStackTrace heads the stack with a fresh Error's "Error", not the target's name and message
const nativeCaptureStackTrace = Error.captureStackTrace;
Error.captureStackTrace = function captureStackTrace(target, hideAbove) {
  let sites = captureSites(() => nativeCaptureStackTrace.call(Error, target, hideAbove), true);
  if (sites) defineLazyStack(target, sites);
};

function lazyGlobal(name, load) {
  Object.defineProperty(g, name, {
    configurable: true,
    enumerable: false,
    get() {
      let value = load();
      Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

// The globals the built-in modules' rooms declare (dev.llrtj.modules.*Room): each loads its module on first read.
// forEach, not for-let: Rhino gives `for (let x of ...)` no per-iteration binding, so closures would share `entry`
loader.lazyGlobals().forEach(entry => {
  const module = entry[1];
  const name = entry[2];
  lazyGlobal(entry[0], name === null ? () => loader.requireBuiltin(module) : () => loader.requireBuiltin(module)[name]);
});
lazyGlobal('require', () => loader.createRequire(loader.requireBuiltin('process').cwd() + '/[eval]'));

// The locale methods of Date, Number and String answer as Intl does (Rhino's own use the JVM's locale and zone):
// small stand-ins that load llrt:intl on their first call, so a bare start loads nothing more.
[[Date.prototype, 'toLocaleString', 'dateToLocaleString'], [Date.prototype, 'toLocaleDateString', 'dateToLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString', 'dateToLocaleTimeString'], [Number.prototype, 'toLocaleString', 'numberToLocaleString'],
  [String.prototype, 'localeCompare', 'localeCompare']].forEach(entry => {
  const method = entry[2];
  const target = entry[0];
  const checks = target === Date.prototype ? (x => Date.prototype.getTime.call(x) !== null)
    : target === Number.prototype ? (x => Number.prototype.valueOf.call(x)) : (x => {
      if (x === null || x === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
      return String(x);
    });
  Object.defineProperty(target, entry[1], {
    configurable: true,
    writable: true,
    value: {
      [entry[1]](a, b, c) {
        const self = target === Date.prototype ? (checks(this), this) : checks(this);
        const impl = loader.requireBuiltin('llrt:intl').localeMethods[method];
        return target === String.prototype ? impl(self, a, b, c) : impl(self, a, b);
      },
    }[entry[1]],
  });
});

// Node's `err.stack` starts with "Name: message"; Rhino's holds only the frames. Rhino calls this lazily, on the
// first read of `stack`. llrt:stack formats the frames as Node does, mapped to the user's original files, without
// the runtime's own wrappers (this file) or the lowering's helpers.
let stackModule = null;
function formatStack(error, frames) {
  if (stackModule === null) stackModule = loader.requireBuiltin('llrt:stack');
  return stackModule.format(error, frames);
}
Error.prepareStackTrace = function prepareStackTrace(error, frames) {
  return formatStack(error, frames);
};
// Node's default (Rhino's is Infinity): the RangeError of runaway recursion would otherwise carry 10,000 frames into
// the log and the Lambda error report
Error.stackTraceLimit = 10;

// Missing in Rhino 1.9.1; lowered async iteration looks it up
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
}
// Missing in Rhino 1.9.1, present in Node 20 (which defines them itself): disposables (events.addAbortListener's)
// are keyed by them, and readable-stream looks Symbol.dispose up when it loads
['dispose', 'asyncDispose'].forEach(name => {
  if (typeof Symbol[name] !== 'symbol') Object.defineProperty(Symbol, name, { value: Symbol('Symbol.' + name) });
});

// Rhino 1.9.1 reports status " rejected" (leading space) from Promise.allSettled
Promise.allSettled = function allSettled(iterable) {
  return Promise.all(Array.from(iterable, p => Promise.resolve(p).then(
    value => ({ status: 'fulfilled', value }),
    reason => ({ status: 'rejected', reason }))));
};

// Rhino 1.9.1: Object.is(n, 1) is false after n++ (an Integer against a Double); SameValue by the spec instead
Object.defineProperty(Object, 'is', {
  configurable: true,
  writable: true,
  value: function is(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    return a !== a && b !== b;
  },
});

// Rhino 1.9.1: an engine error (e.g. the TypeError of `undefined.x`) thrown inside a Promise reaction reaches the
// promise re-wrapped, message "TypeError: msg (file#line)" and no stack. Caught in JS first, it stays the real
// error object. `catch` and `finally` are defined over `then`, as the spec has them.
const nativeThen = Promise.prototype.then;
// The async context AsyncLocalStorage reads (node:async_hooks): `frame` is the current stores, `enabled` turns true
// when the first AsyncLocalStorage is made. Until then a reaction costs this one field read more; after, it captures
// the frame when registered and runs in it, as Node's promise hooks do. Timers, nextTick, queueMicrotask, fs
// callbacks (bind) and each Lambda invocation (llrt:lambda) use the same holder.
const asyncContext = {
  enabled: false,
  frame: undefined,
  // fn to run later in the current frame; fn itself while no AsyncLocalStorage exists
  bind: fn => (asyncContext.enabled ? inFrame(fn, asyncContext.frame) : fn),
};
Object.defineProperty(g, Symbol.for('llrt.asyncContext'), { value: asyncContext });
// a reaction while an AsyncLocalStorage exists: run in the frame current now (the catch in inFrame keeps the error)
function guardReaction(fn) {
  return typeof fn === 'function' ? inFrame(fn, asyncContext.frame) : fn;
}
function inFrame(fn, frame) {
  return function () {
    const outer = asyncContext.frame;
    asyncContext.frame = frame;
    try {
      return fn.apply(this, arguments);
    } catch (e) {
      throw e;
    } finally {
      asyncContext.frame = outer;
    }
  };
}
// Babel's asyncToGenerator in Java (dev.llrtj.realm.AsyncDriver): it takes Promise.prototype.then before the line
// below replaces it, and the replacement, to know when nobody replaced it since; the lowered code finds it here.
const sealAsyncDriver = realmNatives.installAsyncDriver(asyncContext);
// The guard is in Java while no AsyncLocalStorage exists (dev.llrtj.realm.GuardedThen), guardReaction after
Object.defineProperty(Promise.prototype, 'then', {
  configurable: true,
  writable: true,
  value: realmNatives.makeThen(nativeThen, asyncContext, guardReaction),
});
Object.defineProperty(g, Symbol.for('llrt.asyncToGenerator'), { value: sealAsyncDriver(Promise.prototype.then) });
Object.defineProperty(Promise.prototype, 'catch', {
  configurable: true,
  writable: true,
  value: function (onRejected) {
    return this.then(undefined, onRejected);
  },
});
