'use strict';
// Node-compatible `assert`. Function constructors stand in for classes (Rhino has no `class`), and
// messages follow Node's wording so test output reads the same under both runtimes.

const util = require('util');
const inspect = util.inspect;
const deepEqual = util._isDeepEqual;

const { AssertionError, lineDiff } = require('llrt:assertion-error');

function raise(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

function assertOk(args, fn) {
  if (args.length === 0) {
    raise({ message: 'No value argument passed to `assert.ok()`', _generated: true, actual: undefined, expected: true, operator: '==', stackStartFn: fn });
  }
  let value = args[0];
  if (!value) {
    if (args[1] instanceof Error) throw args[1];
    // Node quotes the call's source text here; without source access the value stands in for it.
    let generated = args[1] === undefined;
    throw new AssertionError({
      message: generated ? 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(value) + ')\n' : args[1],
      _generated: generated, actual: value, expected: true, operator: '==', stackStartFn: fn,
    });
  }
}

function ok() {
  assertOk(Array.prototype.slice.call(arguments), ok);
}

function equal(actual, expected, message) {
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    raise({ actual: actual, expected: expected, message: message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  if (actual == expected || (actual !== actual && expected !== expected)) {
    raise({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFn: notEqual });
  }
}

function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

function deepEqualAssert(actual, expected, message) {
  if (!deepEqual(actual, expected, false)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFn: deepEqualAssert });
  }
}

function notDeepEqual(actual, expected, message) {
  if (deepEqual(actual, expected, false)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (!deepEqual(actual, expected, true)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (deepEqual(actual, expected, true)) {
    raise({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function fail(message) {
  if (arguments.length >= 2) {
    // Deprecated form fail(actual, expected, message, operator).
    raise({ actual: arguments[0], expected: arguments[1], message: arguments[2], operator: arguments[3] === undefined ? '!=' : arguments[3], stackStartFn: fail });
  }
  if (message instanceof Error) throw message;
  let err = new AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail', stackStartFn: fail });
  err.generatedMessage = message === undefined;
  throw err;
}

function invalidArg(name, expectedType, value) {
  let err = new TypeError('The "' + name + '" argument must be ' + expectedType + '. Received ' + inspect(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function isErrorConstructor(fn) {
  return fn.prototype !== undefined && (fn === Error || fn.prototype instanceof Error);
}

// Checks a caught error against assert.throws()'s `expected` (constructor, RegExp, validator or object).
function checkExpectedError(actual, expected, message, fn) {
  if (typeof expected === 'function') {
    if (isErrorConstructor(expected)) {
      if (actual instanceof expected) return;
      let received = actual && actual.constructor && actual.constructor.name ? actual.constructor.name : inspect(actual);
      raise({
        actual: actual, expected: expected, operator: fn.name, stackStartFn: fn, _generated: !message,
        message: message || 'The error is expected to be an instance of "' + expected.name + '". Received "' + received +
          '"\n\nError message:\n\n' + (actual && actual.message),
      });
    }
    if (expected.prototype !== undefined && actual instanceof expected) return;
    let res = expected.call({}, actual);
    if (res !== true) {
      raise({
        actual: actual, expected: expected, operator: fn.name, stackStartFn: fn, _generated: !message,
        message: message || 'The ' + (expected.name ? '"' + expected.name + '" validation function' : 'validation function') +
          ' is expected to return "true". Received ' + inspect(res) + '\n\nCaught error:\n\n' + inspect(actual),
      });
    }
    return;
  }
  if (expected instanceof RegExp) {
    let str = String(actual);
    if (expected.test(str)) return;
    raise({
      actual: actual, expected: expected, operator: fn.name, stackStartFn: fn, _generated: !message,
      message: message || 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n',
    });
  }
  if (expected !== null && typeof expected === 'object') {
    let keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i];
      let want = expected[key];
      let have = actual === null || actual === undefined ? undefined : actual[key];
      if (want instanceof RegExp && typeof have === 'string') {
        if (want.test(have)) continue;
      } else if (deepEqual(have, want, true)) {
        continue;
      }
      let a = new Comparison();
      let e = new Comparison();
      keys.forEach((k) => {
        a[k] = actual === null || actual === undefined ? undefined : actual[k];
        e[k] = expected[k];
      });
      raise({
        actual: actual, expected: expected, operator: fn.name, stackStartFn: fn, _generated: !message,
        message: message || 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' + lineDiff(a, e),
      });
    }
    return;
  }
  throw invalidArg('expected', 'of type function, RegExp or object', expected);
}

// Named so diffs print "Comparison { ... }" like Node's.
function Comparison() {}

const NO_EXCEPTION = {};

function splitExpected(expected, message) {
  if (typeof expected === 'string') return { expected: undefined, message: expected };
  return { expected: expected, message: message };
}

function missingMessage(kind, expected, message) {
  let text = 'Missing expected ' + kind;
  if (expected && expected.name && typeof expected === 'function') text += ' (' + expected.name + ')';
  return text + (message ? ': ' + message : '.');
}

function throws(block, expected, message) {
  if (typeof block !== 'function') throw invalidArg('fn', 'of type function', block);
  let parts = splitExpected(expected, message);
  let caught = NO_EXCEPTION;
  try {
    block();
  } catch (e) {
    caught = e;
  }
  if (caught === NO_EXCEPTION) {
    let err = new AssertionError({ actual: undefined, expected: parts.expected, operator: 'throws', stackStartFn: throws,
      message: missingMessage('exception', parts.expected, parts.message) });
    err.generatedMessage = false;
    throw err;
  }
  if (parts.expected !== undefined) checkExpectedError(caught, parts.expected, parts.message, throws);
}

function unwanted(kind, caught, expected, message, fn) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (expected !== undefined && typeof expected === 'function' && expected.prototype !== undefined && !(caught instanceof expected)) {
    throw caught;
  }
  let detail = caught && caught.message !== undefined ? caught.message : String(caught);
  let err = new AssertionError({ actual: caught, expected: expected, operator: fn.name, stackStartFn: fn,
    message: 'Got unwanted ' + kind + (message ? ': ' + message : '.') + '\nActual message: "' + detail + '"' });
  err.generatedMessage = false;
  throw err;
}

function doesNotThrow(block, expected, message) {
  if (typeof block !== 'function') throw invalidArg('fn', 'of type function', block);
  try {
    block();
  } catch (e) {
    unwanted('exception', e, expected, message, doesNotThrow);
  }
}

function toPromise(promiseFn, fn) {
  let p = promiseFn;
  if (typeof promiseFn === 'function') {
    try {
      p = promiseFn();
    } catch (e) {
      return Promise.reject(e);
    }
    if (!p || typeof p.then !== 'function') {
      let err = new TypeError('Expected instance of Promise to be returned from the "promiseFn" function but got ' + inspect(p) + '.');
      err.code = 'ERR_INVALID_RETURN_VALUE';
      return Promise.reject(err);
    }
    return Promise.resolve(p);
  }
  if (!p || typeof p.then !== 'function') {
    return Promise.reject(invalidArg('promiseFn', 'of type function or an instance of Promise', p));
  }
  return Promise.resolve(p);
}

function rejects(promiseFn, expected, message) {
  let parts = splitExpected(expected, message);
  return new Promise((resolve, reject) => {
    let settled = false;
    let start = toPromise(promiseFn, rejects);
    start.then(() => {
      settled = true;
      let err = new AssertionError({ actual: undefined, expected: parts.expected, operator: 'rejects', stackStartFn: rejects,
        message: missingMessage('rejection', parts.expected, parts.message) });
      err.generatedMessage = !parts.message;
      reject(err);
    }, (caught) => {
      if (settled) return;
      if (caught && caught.code === 'ERR_INVALID_RETURN_VALUE' && typeof promiseFn === 'function') {
        reject(caught);
        return;
      }
      try {
        if (parts.expected !== undefined) checkExpectedError(caught, parts.expected, parts.message, rejects);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

function doesNotReject(promiseFn, expected, message) {
  return toPromise(promiseFn, doesNotReject).then(() => undefined, (caught) => {
    unwanted('rejection', caught, expected, message, doesNotReject);
  });
}

function matchImpl(string, regexp, message, fn, wantMatch) {
  if (!(regexp instanceof RegExp)) throw invalidArg('regexp', 'an instance of RegExp', regexp);
  if (typeof string !== 'string' || regexp.test(string) !== wantMatch) {
    if (message instanceof Error) throw message;
    let generated = message === undefined;
    let text = message;
    if (generated) {
      if (typeof string !== 'string') {
        text = 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')';
      } else {
        text = (wantMatch ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
          inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
      }
    }
    let err = new AssertionError({ actual: string, expected: regexp, message: text, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function match(string, regexp, message) {
  matchImpl(string, regexp, message, match, true);
}

function doesNotMatch(string, regexp, message) {
  matchImpl(string, regexp, message, doesNotMatch, false);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let text = 'ifError got unwanted exception: ';
  text += err !== null && typeof err === 'object' && typeof err.message === 'string'
    ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message)
    : inspect(err);
  let e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: text, stackStartFn: ifError });
  e.generatedMessage = false;
  e.origin = err;
  throw e;
}

function attach(target, strictMode) {
  target.ok = ok;
  target.fail = fail;
  target.equal = strictMode ? strictEqual : equal;
  target.notEqual = strictMode ? notStrictEqual : notEqual;
  target.deepEqual = strictMode ? deepStrictEqual : deepEqualAssert;
  target.notDeepEqual = strictMode ? notDeepStrictEqual : notDeepEqual;
  target.strictEqual = strictEqual;
  target.notStrictEqual = notStrictEqual;
  target.deepStrictEqual = deepStrictEqual;
  target.notDeepStrictEqual = notDeepStrictEqual;
  target.throws = throws;
  target.doesNotThrow = doesNotThrow;
  target.rejects = rejects;
  target.doesNotReject = doesNotReject;
  target.match = match;
  target.doesNotMatch = doesNotMatch;
  target.ifError = ifError;
  target.AssertionError = AssertionError;
  return target;
}

function assert() {
  assertOk(Array.prototype.slice.call(arguments), assert);
}

function strict() {
  assertOk(Array.prototype.slice.call(arguments), strict);
}

attach(assert, false);
attach(strict, true);
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
