'use strict';
// assert's AssertionError and the messages it writes (llrt:assertion-error): Node's wording, its "+ actual
// - expected" line diff. Apart from assert.js because how a failure reads is its own concern; assert.js decides
// when something failed.

const util = require('util');
const inspect = util.inspect;

const diffInspectOptions = {
  compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
  showProxy: false, sorted: true, getters: true,
};

function AssertionError(options) {
  if (!(this instanceof AssertionError)) return new AssertionError(options);
  if (options === null || typeof options !== 'object') {
    let err = new TypeError('The "options" argument must be of type object.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let message = options.message;
  let missing = message === undefined || message === null;
  let generated = options._generated !== undefined ? options._generated : missing;
  if (missing) message = generateMessage(options.actual, options.expected, options.operator);
  let base = new Error(String(message));
  let self = this;
  Object.defineProperty(self, 'message', { value: String(message), writable: true, configurable: true, enumerable: false });
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(self, options.stackStartFn || options.stackStartFunction || AssertionError);
  else Object.defineProperty(self, 'stack', { value: base.stack, writable: true, configurable: true, enumerable: false });
  self.generatedMessage = generated;
  self.code = 'ERR_ASSERTION';
  self.actual = options.actual;
  self.expected = options.expected;
  self.operator = options.operator;
}
Object.setPrototypeOf(AssertionError.prototype, Error.prototype);
Object.setPrototypeOf(AssertionError, Error);
Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });
AssertionError.prototype.toString = function () {
  return 'AssertionError [' + this.code + ']: ' + this.message;
};

function inspectBoth(v) {
  return inspect(v, diffInspectOptions);
}

// Line-based LCS diff, printed as Node does: "+ " lines from actual, "- " from expected.
function lineDiff(actual, expected) {
  let a = inspectBoth(actual).split('\n');
  let b = inspectBoth(expected).split('\n');
  if (a.length * b.length > 4000000) {
    return a.map((l) => '+ ' + l).concat(b.map((l) => '- ' + l)).join('\n');
  }
  let table = [];
  for (let i = 0; i <= a.length; i++) table.push(new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  let out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push('  ' + a[i]);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1][j] >= table[i][j + 1])) {
      out.push('+ ' + a[i]);
      i++;
    } else {
      out.push('- ' + b[j]);
      j++;
    }
  }
  return out.join('\n');
}

function isObjectLike(v) {
  return (v !== null && typeof v === 'object') || typeof v === 'function';
}

function generateMessage(actual, expected, operator) {
  switch (operator) {
    case 'strictEqual':
      if (isObjectLike(actual) && isObjectLike(expected) && inspectBoth(actual) === inspectBoth(expected)) {
        return 'Values have same structure but are not reference-equal:\n\n' + inspectBoth(actual) + '\n';
      }
      if (isObjectLike(actual) || isObjectLike(expected)) {
        return 'Expected values to be strictly equal:\n+ actual - expected\n\n' + lineDiff(actual, expected);
      }
      return 'Expected values to be strictly equal:\n\n' + inspect(actual) + ' !== ' + inspect(expected) + '\n';
    case 'deepStrictEqual':
      return 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' + lineDiff(actual, expected);
    case 'deepEqual':
      return 'Expected values to be loosely deep-equal:\n\n' + inspectBoth(actual) + '\n\nshould loosely deep-equal\n\n' + inspectBoth(expected);
    case 'notStrictEqual':
      return 'Expected "actual" to be strictly unequal to: ' + inspect(expected);
    case 'notDeepStrictEqual':
      return 'Expected "actual" not to be strictly deep-equal to:\n\n' + inspectBoth(expected) + '\n';
    case 'notDeepEqual':
      return 'Expected "actual" not to be loosely deep-equal to:\n\n' + inspectBoth(expected);
    case undefined:
      return 'Failed';
    default:
      return inspect(actual) + ' ' + operator + ' ' + inspect(expected);
  }
}

module.exports = { AssertionError, lineDiff };
