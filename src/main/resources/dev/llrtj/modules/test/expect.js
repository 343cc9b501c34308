// expect(value): builds expectation objects over the matcher table, with .not/.resolves/.rejects,
// expect.extend, asymmetric matchers and assertion counting (expect.assertions / hasAssertions).

const fmt = require('llrt:test/format');
const eqs = require('llrt:test/equals');
const d = require('llrt:test/diff');
const asym = require('llrt:test/asymmetric');
const base = require('llrt:test/matchers');
const mockMatchers = require('llrt:test/mock-matchers');
const snapshot = require('llrt:test/snapshot');

const allMatchers = {};
const state = { assertionCalls: 0, expectedAssertionsNumber: null, isExpectingAssertions: false, currentTestName: undefined };

// Each expectation is an instance; matchers live on the prototype so expect() costs one small object.
function Expectation(actual, isNot, promise) {
  this._actual = actual;
  this._isNot = isNot;
  this._promise = promise;
}

Object.defineProperty(Expectation.prototype, 'not', {
  get: function () { return new Expectation(this._actual, !this._isNot, this._promise); },
});
Object.defineProperty(Expectation.prototype, 'resolves', {
  get: function () { return new Expectation(this._actual, this._isNot, 'resolves'); },
});
Object.defineProperty(Expectation.prototype, 'rejects', {
  get: function () { return new Expectation(this._actual, this._isNot, 'rejects'); },
});

function assertionError(message, r, ctx) {
  let e = new Error(message);
  e.matcherResult = { pass: !!r.pass, message: message, name: ctx.name };
  return e;
}

function context(name, isNot, promise) {
  return {
    name: name,
    isNot: isNot,
    promise: promise || '',
    equals: (a, b) => eqs.equals(a, b, false),
    utils: {
      printReceived: v => fmt.format(v),
      printExpected: v => fmt.format(v),
      stringify: v => fmt.format(v),
      matcherHint: (matcherName, received, expected) => 'expect(' + (received || 'received') + ')' + (isNot ? '.not' : '') +
        String(matcherName).replace(/^(\.not)?/, '.').replace(/^\.\./, '.') + '(' + (expected === undefined ? 'expected' : expected) + ')',
      diff: (a, b) => d.diff(a, b),
      printDiffOrStringify: (expected, received) => base.diffOrStringify(expected, received),
      equals: (a, b) => eqs.equals(a, b, false),
    },
  };
}

function settle(r, ctx) {
  if (!r || typeof r.pass !== 'boolean' && r.pass !== undefined) {
    throw new Error('Unexpected return from a matcher function.\nMatcher functions should return an object in the ' +
      'following format:\n  {message?: string | function, pass: boolean}');
  }
  if (!!r.pass === ctx.isNot) {
    let message = typeof r.message === 'function' ? r.message() : (r.message || 'No message was specified for this matcher.');
    throw assertionError(message, r, ctx);
  }
}

function check(name, actual, args, isNot, promise) {
  state.assertionCalls++;
  let ctx = context(name, isNot, promise);
  let r = allMatchers[name].apply(ctx, [actual].concat(args));
  if (r && typeof r.then === 'function') return r.then(x => settle(x, ctx));
  settle(r, ctx);
  return undefined;
}

function promiseError(name, isNot, promise, text, value) {
  let ctx = context(name, isNot, promise);
  return new Error(base.hint(ctx) + '\n\n' + text + (arguments.length > 4 ? '\n' + value : ''));
}

function invoke(exp, name, args) {
  if (!exp._promise) return check(name, exp._actual, args, exp._isNot, '');
  let actual = exp._actual;
  let promise = exp._promise;
  let isNot = exp._isNot;
  let thenable = actual !== null && (typeof actual === 'object' || typeof actual === 'function') && typeof actual.then === 'function';
  let source = typeof actual === 'function' && !thenable ? actual() : actual;
  if (!(source !== null && (typeof source === 'object' || typeof source === 'function') && typeof source.then === 'function')) {
    state.assertionCalls++;
    return Promise.reject(promiseError(name, isNot, promise, 'Matcher error: received value must be a promise or a function returning a promise\n\n' +
      'Received has type:  ' + typeof actual + '\nReceived has value: ' + fmt.format(actual)));
  }
  return Promise.resolve(source).then(value => {
    if (promise === 'rejects') {
      state.assertionCalls++;
      throw promiseError(name, isNot, promise, 'Received promise resolved instead of rejected', 'Resolved to value: ' + fmt.format(value));
    }
    return check(name, value, args, isNot, promise);
  }, reason => {
    if (promise === 'resolves') {
      state.assertionCalls++;
      throw promiseError(name, isNot, promise, 'Received promise rejected instead of resolved', 'Rejected to value: ' + fmt.format(reason));
    }
    return check(name, reason, args, isNot, promise);
  });
}

function addMatcher(name, f) {
  allMatchers[name] = f;
  Expectation.prototype[name] = function () {
    return invoke(this, name, Array.prototype.slice.call(arguments));
  };
}

function expect(actual) {
  if (arguments.length !== 1) throw new Error('Expect takes at most one argument.');
  return new Expectation(actual, false, '');
}

function extend(table) {
  Object.keys(table).forEach(name => {
    let f = table[name];
    addMatcher(name, f);
    let run = (other, args) => f.apply(context(name, false, ''), [other].concat(args));
    expect[name] = function () { return asym.custom(name, run, Array.prototype.slice.call(arguments), false); };
    expect.not[name] = function () { return asym.custom(name, run, Array.prototype.slice.call(arguments), true); };
  });
}

// toMatchSnapshot([propertyMatchers], [hint]); toThrowErrorMatchingSnapshot([hint]) snapshots the thrown message
function snapshotMatcher(name, received, hint, ctx) {
  if (ctx.isNot) base.matcherError(ctx, 'Snapshot matchers cannot be used with not', received);
  let r = snapshot.match(received, state.currentTestName || '', hint);
  return { pass: r.pass, message: () => base.hint(ctx, 'received', hint ? JSON.stringify(hint) : '') + '\n\n' + r.message };
}

// (propertyMatchers, arg) or (arg): the properties must match (a subset, as in Jest) and replace their values in
// what is snapshotted; then(value, arg) takes the snapshot
function withProperties(ctx, received, propertiesOrArg, arg, then) {
  if (propertiesOrArg === null || typeof propertiesOrArg !== 'object') return then(received, propertiesOrArg);
  if (!eqs.subsetEquals(received, propertiesOrArg, [])) {
    return { pass: false, message: () => base.hint(ctx, 'received', 'properties') + '\n\n' +
      base.diffOrStringify(propertiesOrArg, received) };
  }
  return then(Object.assign({}, received, propertiesOrArg), arg);
}

// the message of what calling `received` throws (or of the rejection .rejects handed); then(message) snapshots it
function withThrown(ctx, received, then) {
  let thrown = null;
  if (typeof received !== 'function') {
    thrown = { value: received };
  } else {
    try {
      received();
    } catch (e) {
      thrown = { value: e };
    }
  }
  if (thrown === null) return { pass: false, message: () => base.hint(ctx) + '\n\nReceived function did not throw' };
  let v = thrown.value;
  return then(v && v.message !== undefined ? v.message : v);
}

addMatcher('toMatchSnapshot', function (received, propertiesOrHint, hint) {
  return withProperties(this, received, propertiesOrHint, hint, (v, h) => snapshotMatcher('toMatchSnapshot', v, h, this));
});
addMatcher('toThrowErrorMatchingSnapshot', function (received, hint) {
  return withThrown(this, received, m => snapshotMatcher('toThrowErrorMatchingSnapshot', m, hint, this));
});

// toMatchInlineSnapshot([propertyMatchers], [snapshot]); toThrowErrorMatchingInlineSnapshot([snapshot])
function inlineMatcher(name, received, written, ctx) {
  if (ctx.isNot) base.matcherError(ctx, 'Snapshot matchers cannot be used with not', received);
  if (written !== undefined && typeof written !== 'string') {
    base.matcherError(ctx, 'Inline snapshot must be a string', written);
  }
  let r = snapshot.matchInline(received, state.currentTestName || '', written, name, new Error().stack);
  return { pass: r.pass, message: () => base.hint(ctx, 'received', '') + '\n\n' + r.message };
}
addMatcher('toMatchInlineSnapshot', function (received, propertiesOrSnapshot, written) {
  return withProperties(this, received, propertiesOrSnapshot, written,
    (v, w) => inlineMatcher('toMatchInlineSnapshot', v, w, this));
});
addMatcher('toThrowErrorMatchingInlineSnapshot', function (received, written) {
  return withThrown(this, received, m => inlineMatcher('toThrowErrorMatchingInlineSnapshot', m, written, this));
});

Object.keys(base.matchers).forEach(k => addMatcher(k, base.matchers[k]));
Object.keys(mockMatchers.matchers).forEach(k => addMatcher(k, mockMatchers.matchers[k]));

expect.extend = extend;
expect.anything = asym.anything;
expect.any = asym.any;
expect.arrayContaining = s => asym.arrayContaining(s, false);
expect.objectContaining = s => asym.objectContaining(s, false);
expect.stringContaining = s => asym.stringContaining(s, false);
expect.stringMatching = s => asym.stringMatching(s, false);
expect.closeTo = (n, precision) => asym.closeTo(n, precision, false);
expect.not = {
  arrayContaining: s => asym.arrayContaining(s, true),
  objectContaining: s => asym.objectContaining(s, true),
  stringContaining: s => asym.stringContaining(s, true),
  stringMatching: s => asym.stringMatching(s, true),
  closeTo: (n, precision) => asym.closeTo(n, precision, true),
};
expect.assertions = n => {
  state.expectedAssertionsNumber = n;
};
expect.hasAssertions = () => {
  state.isExpectingAssertions = true;
};
expect.getState = () => state;
expect.setState = s => Object.assign(state, s);

function resetState(testName) {
  state.assertionCalls = 0;
  state.expectedAssertionsNumber = null;
  state.isExpectingAssertions = false;
  state.currentTestName = testName;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];
const plural = n => (NUMBER_WORDS[n] || String(n)) + ' assertion' + (n === 1 ? '' : 's');

// Errors for expect.assertions(n) / expect.hasAssertions() that did not hold, checked after each test.
function assertionCountErrors() {
  let errors = [];
  if (state.expectedAssertionsNumber !== null && state.assertionCalls !== state.expectedAssertionsNumber) {
    errors.push(new Error('expect.assertions(' + state.expectedAssertionsNumber + ')\n\nExpected ' +
      plural(state.expectedAssertionsNumber) + ' to be called but received ' + plural(state.assertionCalls) + ' call' +
      (state.assertionCalls === 1 ? '' : 's') + '.'));
  }
  if (state.isExpectingAssertions && state.assertionCalls === 0) {
    errors.push(new Error('expect.hasAssertions()\n\nExpected at least one assertion to be called but received none.'));
  }
  return errors;
}

exports.expect = expect;
exports.resetState = resetState;
exports.assertionCountErrors = assertionCountErrors;
