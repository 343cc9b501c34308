// Realm set-up: engine fixes, then the globals every handler touches. Globals backed by built-in modules are
// lazy getters, so a bare start loads only what the code uses. `native` is the module loader here.
'use strict';
const loader = native;
const g = globalThis;

// Rhino 1.9.1: Reflect.construct(Error, args, Sub) yields an object whose `stack` read throws a Java
// ClassCastException. Transpiled `class X extends Error` goes through exactly that call, so build a real
// native error and give it the subclass prototype instead.
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

const builtin = name => () => loader.requireBuiltin(name);
lazyGlobal('console', builtin('console'));
lazyGlobal('process', builtin('process'));
// forEach, not for-let: Rhino gives `for (let x of ...)` no per-iteration binding, so closures would share `name`
['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'].forEach(name => {
  lazyGlobal(name, () => loader.requireBuiltin('timers')[name]);
});
lazyGlobal('require', () => loader.createRequire(loader.requireBuiltin('process').cwd() + '/[eval]'));

// Node's `err.stack` starts with "Name: message"; Rhino's holds only the frames. Rhino calls this lazily,
// on the first read of `stack`.
Error.prepareStackTrace = function prepareStackTrace(error, frames) {
  let out = 'Error';
  try {
    let name = error.name === undefined ? 'Error' : String(error.name);
    let message = error.message === undefined ? '' : String(error.message);
    out = message ? `${name}: ${message}` : name;
  } catch (e) {
    // a hostile getter: keep the plain header
  }
  frames.forEach(frame => {
    let fn = typeof frame.getFunctionName === 'function' ? frame.getFunctionName() : null;
    let where = typeof frame.getFileName === 'function' ? `${frame.getFileName()}:${frame.getLineNumber()}` : String(frame).trim().replace(/^at /, '');
    out += '\n    at ' + (fn ? `${fn} (${where})` : where);
  });
  return out;
};

// Missing in Rhino 1.9.1; lowered async iteration looks it up
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
}

// Rhino 1.9.1 reports status " rejected" (leading space) from Promise.allSettled
Promise.allSettled = function allSettled(iterable) {
  return Promise.all(Array.from(iterable, p => Promise.resolve(p).then(
    value => ({ status: 'fulfilled', value }),
    reason => ({ status: 'rejected', reason }))));
};
