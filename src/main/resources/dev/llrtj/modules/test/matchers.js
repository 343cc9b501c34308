// Jest's built-in value matchers. Each is called with `this` = matcher context ({isNot, promise, name})
// and returns {pass, message()}; expect.js turns a failed check into a thrown assertion error.
// Mock-function matchers live in mock-matchers.js.

const fmt = require('llrt:test/format');
const eqs = require('llrt:test/equals');
const d = require('llrt:test/diff');

const p = v => fmt.format(v);

function hint(ctx, received, expected, comment) {
  return 'expect(' + (ctx.receivedLabel || received || 'received') + ')' + (ctx.promise ? '.' + ctx.promise : '') + (ctx.isNot ? '.not' : '') +
    '.' + ctx.name + '(' + (expected === undefined ? 'expected' : expected) + ')' + (comment ? ' // ' + comment : '');
}

function describeValue(label, value) {
  return label + ' has type:  ' + (value === null ? 'null' : typeof value) +
    (value === null || value === undefined ? '' : '\n' + label + ' has value: ' + p(value));
}

// Misuse (wrong received type, bad argument) fails even under .not, as in Jest.
function matcherError(ctx, text, received, expectedArg) {
  let e = new Error(hint(ctx, 'received', expectedArg) + '\n\nMatcher error: ' + text + '\n\n' +
    describeValue('Received', received));
  e.matcherError = true;
  throw e;
}

function diffOrStringify(expected, received) {
  let diff = d.diff(expected, received);
  if (diff) return diff;
  let e = p(expected);
  let r = p(received);
  if (e === r) return 'Expected: ' + e + '\nReceived: serializes to the same string';
  return 'Expected: ' + e + '\nReceived: ' + r;
}

function result(pass, message) {
  return { pass: pass, message: message };
}

function equality(strict, comment) {
  return function (received, expected) {
    let pass = eqs.equals(received, expected, strict);
    return result(pass, () => hint(this, 'received', 'expected', comment) + '\n\n' + (pass
      ? 'Expected: not ' + p(expected) + (p(expected) !== p(received) ? '\nReceived:     ' + p(received) : '')
      : diffOrStringify(expected, received)));
  };
}

function comparison(symbol, test) {
  return function (received, expected) {
    let ok = v => typeof v === 'number' || typeof v === 'bigint';
    if (!ok(received)) matcherError(this, 'received value must be a number or bigint', received);
    if (!ok(expected)) matcherError(this, 'expected value must be a number or bigint', expected);
    let pass = test(received, expected);
    return result(pass, () => hint(this) + '\n\nExpected:' + (this.isNot ? ' not' : '') + ' ' + symbol + ' ' + p(expected) +
      '\nReceived:' + (this.isNot ? '    ' : '') + ' '.repeat(symbol.length + 1) + p(received));
  };
}

function simple(expectedText, test) {
  return function (received) {
    let pass = test(received);
    return result(pass, () => hint(this, 'received', '') + '\n\n' +
      (expectedText ? 'Expected: ' + (this.isNot ? 'not ' : '') + expectedText + '\n' : '') + 'Received: ' + p(received));
  };
}

function splitPath(path) {
  if (Array.isArray(path)) return path;
  return String(path).replace(/\[(\w+)\]/g, '.$1').split('.').filter(s => s !== '');
}

function thrownDescription(thrown, withConstructor) {
  if (thrown && typeof thrown === 'object' && 'message' in thrown) {
    let ctor = thrown.constructor && thrown.constructor.name;
    return (withConstructor && ctor ? 'Received constructor: ' + ctor + '\n\n' : '') + 'Received message: ' + p(thrown.message);
  }
  return 'Thrown value: ' + p(thrown);
}

const matchers = {
  toBe(received, expected) {
    let pass = fmt.sameValue(received, expected);
    return result(pass, () => {
      let head = hint(this, 'received', 'expected', 'Object.is equality') + '\n\n';
      if (pass) return head + 'Expected: not ' + p(expected);
      let deep = eqs.equals(received, expected, true) && typeof received === 'object' && received !== null;
      return head + (deep ? 'If it should pass with deep equality, replace "toBe" with "toStrictEqual"\n\n' : '') +
        diffOrStringify(expected, received);
    });
  },
  toEqual: equality(false, 'deep equality'),
  toStrictEqual: equality(true, 'deep equality'),
  toMatchObject(received, expected) {
    if (received === null || typeof received !== 'object') matcherError(this, 'received value must be a non-null object', received);
    if (expected === null || typeof expected !== 'object') matcherError(this, 'expected value must be a non-null object', expected);
    let pass = eqs.subsetEquals(received, expected);
    return result(pass, () => hint(this) + '\n\n' + (pass
      ? 'Expected: not ' + p(expected) + (p(expected) !== p(received) ? '\nReceived:     ' + p(received) : '')
      : diffOrStringify(expected, eqs.objectSubset(received, expected))));
  },
  toMatch(received, expected) {
    if (typeof received !== 'string') matcherError(this, 'received value must be a string', received);
    if (typeof expected !== 'string' && !(expected instanceof RegExp)) {
      matcherError(this, 'expected value must be a string or regular expression', expected);
    }
    let pass = typeof expected === 'string' ? received.indexOf(expected) !== -1 : new RegExp(expected.source, expected.flags.replace('g', '')).test(received);
    return result(pass, () => hint(this) + '\n\n' + (typeof expected === 'string' ? 'Expected substring: ' : 'Expected pattern: ') +
      (this.isNot ? 'not ' : '') + (typeof expected === 'string' ? p(expected) : String(expected)) +
      '\nReceived string:    ' + (this.isNot ? '    ' : '') + p(received));
  },
  toContain(received, expected) {
    if (received === null || received === undefined) matcherError(this, 'received value must not be null nor undefined', received);
    let pass;
    let label = 'Received array:';
    if (typeof received === 'string') {
      label = 'Received string:';
      pass = received.indexOf(String(expected)) !== -1;
    } else {
      if (typeof received[Symbol.iterator] !== 'function') matcherError(this, 'received value must be an array, string or iterable', received);
      pass = Array.from(received).some(item => item === expected || (item !== item && expected !== expected));
    }
    return result(pass, () => hint(this, 'received', 'expected', 'indexOf') + '\n\nExpected value: ' + (this.isNot ? 'not ' : '') +
      p(expected) + '\n' + label + ' ' + (this.isNot ? '    ' : '') + p(received) +
      (!pass && expected !== null && typeof expected === 'object' && Array.from(received).some(i => eqs.equals(i, expected, true))
        ? '\n\nLooks like you wanted to test for object/array equality with the stricter `toContain` matcher. ' +
          'You probably need to use `toContainEqual` instead.' : ''));
  },
  toContainEqual(received, expected) {
    if (received === null || received === undefined || typeof received[Symbol.iterator] !== 'function') {
      matcherError(this, 'received value must be an array or iterable', received);
    }
    let pass = Array.from(received).some(item => eqs.equals(item, expected, false));
    return result(pass, () => hint(this) + '\n\nExpected value: ' + (this.isNot ? 'not ' : '') + p(expected) +
      '\nReceived array: ' + (this.isNot ? '    ' : '') + p(received));
  },
  toBeTruthy: simple('', v => !!v),
  toBeFalsy: simple('', v => !v),
  toBeNull: simple('', v => v === null),
  toBeUndefined: simple('', v => v === undefined),
  toBeDefined: simple('', v => v !== undefined),
  toBeNaN: simple('', v => typeof v === 'number' && isNaN(v)),
  toBeGreaterThan: comparison('>', (a, b) => a > b),
  toBeGreaterThanOrEqual: comparison('>=', (a, b) => a >= b),
  toBeLessThan: comparison('<', (a, b) => a < b),
  toBeLessThanOrEqual: comparison('<=', (a, b) => a <= b),
  toBeCloseTo(received, expected, precision) {
    if (typeof received !== 'number') matcherError(this, 'received value must be a number', received);
    if (typeof expected !== 'number') matcherError(this, 'expected value must be a number', expected);
    let digits = precision === undefined ? 2 : precision;
    let allowed = Math.pow(10, -digits) / 2;
    let difference = Math.abs(expected - received);
    let pass = received === expected || difference < allowed;
    return result(pass, () => hint(this, 'received', 'expected, precision') + '\n\nExpected: ' + (this.isNot ? 'not ' : '') + p(expected) +
      '\nReceived: ' + (this.isNot ? '    ' : '') + p(received) + '\n\nExpected precision:    ' + digits +
      '\nExpected difference: ' + (this.isNot ? '>=' : '<') + ' ' + allowed + '\nReceived difference:   ' + difference);
  },
  toBeInstanceOf(received, expected) {
    if (typeof expected !== 'function') matcherError(this, 'expected value must be a function', expected);
    let pass = received instanceof expected;
    return result(pass, () => {
      let proto = received === null || received === undefined ? null : Object.getPrototypeOf(Object(received));
      let ctor = proto && proto.constructor;
      return hint(this) + '\n\nExpected constructor: ' + (this.isNot ? 'not ' : '') + (expected.name || 'anonymous') +
        (ctor ? '\nReceived constructor: ' + (this.isNot ? '    ' : '') + (ctor.name || 'anonymous') : '') +
        '\nReceived value: ' + p(received);
    });
  },
  toBeTypeOf(received, expected) {
    let pass = typeof received === expected;
    return result(pass, () => hint(this) + '\n\nExpected type: ' + (this.isNot ? 'not ' : '') + p(expected) +
      '\nReceived type: ' + p(typeof received) + '\nReceived value: ' + p(received));
  },
  toHaveLength(received, expected) {
    if (received === null || received === undefined || typeof received.length !== 'number') {
      matcherError(this, 'received value must have a length property whose value must be a number', received);
    }
    let pass = received.length === expected;
    return result(pass, () => hint(this) + '\n\nExpected length: ' + (this.isNot ? 'not ' : '') + p(expected) +
      (pass ? '' : '\nReceived length: ' + received.length) + '\n' +
      ('Received ' + (Array.isArray(received) ? 'array' : typeof received) + ':').padEnd(16) + ' ' + p(received));
  },
  toHaveProperty(received, path, value) {
    let hasValue = arguments.length > 2;
    if (received === null || received === undefined) matcherError(this, 'received value must not be null nor undefined', received);
    let parts = splitPath(path);
    let current = received;
    let reached = 0;
    for (; reached < parts.length; reached++) {
      if (current === null || current === undefined || !(parts[reached] in Object(current))) break;
      current = current[parts[reached]];
    }
    let found = reached === parts.length;
    let pass = found && (!hasValue || eqs.equals(current, value, false));
    return result(pass, () => {
      let head = hint(this, 'received', hasValue ? 'path, value' : 'path') + '\n\nExpected path: ' + p(path) + '\n';
      if (!found) {
        return head + 'Received path: ' + p(Array.isArray(path) ? parts.slice(0, reached) : parts.slice(0, reached).join('.')) +
          '\n\n' + (hasValue ? 'Expected value: ' + p(value) + '\n' : '') + 'Received value: ' + p(current);
      }
      if (!hasValue) return head + '\nReceived value: ' + p(current);
      return head + '\n' + (pass ? 'Expected value: not ' + p(value) : diffOrStringify(value, current));
    });
  },
  toThrow(received, expected) {
    let thrown = null;
    let threw = false;
    if (this.promise === 'rejects') {
      threw = true;
      thrown = received;
    } else {
      if (typeof received !== 'function') matcherError(this, 'received value must be a function', received);
      try {
        received();
      } catch (e) {
        threw = true;
        thrown = e;
      }
    }
    let message = thrown !== null && thrown !== undefined && typeof thrown === 'object' && 'message' in thrown ? String(thrown.message) : String(thrown);
    let pass = threw;
    let expectedText = '';
    if (threw && expected !== undefined) {
      if (typeof expected === 'string') {
        pass = message.indexOf(expected) !== -1;
        expectedText = 'Expected substring: ' + (this.isNot ? 'not ' : '') + p(expected);
      } else if (expected instanceof RegExp) {
        pass = expected.test(message);
        expectedText = 'Expected pattern: ' + (this.isNot ? 'not ' : '') + String(expected);
      } else if (fmt.isAsymmetric(expected)) {
        pass = !!expected.asymmetricMatch(thrown);
        expectedText = 'Expected asymmetric matcher: ' + (this.isNot ? 'not ' : '') + p(expected);
      } else if (typeof expected === 'function') {
        pass = thrown instanceof expected;
        expectedText = 'Expected constructor: ' + (this.isNot ? 'not ' : '') + (expected.name || 'anonymous');
      } else if (expected !== null && typeof expected === 'object') {
        pass = message === String(expected.message);
        expectedText = 'Expected message: ' + (this.isNot ? 'not ' : '') + p(expected.message);
      }
    } else if (expected !== undefined) {
      expectedText = 'Expected: ' + p(expected);
    }
    return result(pass, () => hint(this, 'received', expected === undefined ? '' : 'expected') + '\n\n' +
      (expectedText ? expectedText + '\n' : '') +
      (threw ? thrownDescription(thrown, typeof expected === 'function' && !fmt.isAsymmetric(expected)) : (this.promise === 'rejects' ? 'Received promise did not reject' : 'Received function did not throw')));
  },
  toSatisfy(received, predicate) {
    if (typeof predicate !== 'function') matcherError(this, 'expected value must be a function', predicate);
    let pass = !!predicate(received);
    return result(pass, () => hint(this, 'received', 'predicate') + '\n\nExpected value to ' + (this.isNot ? 'not ' : '') +
      'satisfy:\n  ' + (predicate.name || String(predicate)) + '\nReceived: ' + p(received));
  },
};
matchers.toThrowError = matchers.toThrow;

exports.matchers = matchers;
exports.hint = hint;
exports.matcherError = matcherError;
exports.diffOrStringify = diffOrStringify;
exports.result = result;
