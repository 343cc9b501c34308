// Matchers over mock functions: toHaveBeenCalled*, toHaveReturned* and their old Jest aliases.

const fmt = require('llrt:test/format');
const eqs = require('llrt:test/equals');
const m = require('llrt:test/matchers');
const mock = require('llrt:test/mock');

const p = v => fmt.format(v);
const printArgs = args => args.length === 0 ? '(no arguments)' : args.map(p).join(', ');

function ensureMock(ctx, received, expectedArg) {
  if (!mock.isMockFunction(received)) m.matcherError(ctx, 'received value must be a mock or spy function', received, expectedArg);
  ctx.receivedLabel = received.getMockName();
  return received.mock;
}

function listCalls(calls, pick) {
  if (calls.length === 0) return '';
  let shown = pick || calls.map((c, i) => i);
  return shown.map(i => '\n' + ' '.repeat(Math.max(0, 7 - String(i + 1).length)) + (i + 1) + ': ' +
    (calls[i].length === 0 ? 'called with 0 arguments' : printArgs(calls[i]))).join('');
}

function callCount(ctx, received, n) {
  return '\n\nNumber of calls: ' + n;
}

function calledWith(which) {
  return function (received) {
    let expected = Array.prototype.slice.call(arguments, which === 'nth' ? 2 : 1);
    let nth = which === 'nth' ? arguments[1] : undefined;
    let state = ensureMock(this, received, which === 'nth' ? 'n, ...expected' : '...expected');
    let calls = state.calls;
    let indexes;
    if (which === 'any') indexes = calls.map((c, i) => i);
    else if (which === 'last') indexes = calls.length ? [calls.length - 1] : [];
    else {
      if (typeof nth !== 'number' || nth < 1 || Math.floor(nth) !== nth) m.matcherError(this, 'n must be a positive integer', nth, 'n, ...expected');
      indexes = nth <= calls.length ? [nth - 1] : [];
    }
    let pass = indexes.some(i => eqs.equals(calls[i], expected, false));
    return m.result(pass, () => {
      let head = m.hint(this, 'received', which === 'nth' ? 'n, ...expected' : '...expected') + '\n\n' +
        (which === 'nth' ? 'n: ' + nth + '\n' : '');
      let expectedLine = 'Expected: ' + (this.isNot ? 'not ' : '') + printArgs(expected);
      if (calls.length === 0) return head + expectedLine + '\nReceived: (no calls)' + callCount(this, received, 0);
      if (indexes.length === 1 && !pass) {
        let got = calls[indexes[0]];
        let diff = require('llrt:test/diff').diff(expected, got);
        return head + (diff && expected.length > 1 ? diff : expectedLine + '\nReceived: ' + printArgs(got)) + callCount(this, received, calls.length);
      }
      return head + expectedLine + '\nReceived:' + listCalls(calls, indexes.length ? indexes : undefined) + callCount(this, received, calls.length);
    });
  };
}

function returnedWith(which) {
  return function (received) {
    let expected = which === 'nth' ? arguments[2] : arguments[1];
    let nth = arguments[1];
    let state = ensureMock(this, received, which === 'nth' ? 'n, expected' : 'expected');
    let results = state.results;
    let indexes;
    if (which === 'any') indexes = results.map((r, i) => i);
    else if (which === 'last') indexes = results.length ? [results.length - 1] : [];
    else indexes = nth >= 1 && nth <= results.length ? [nth - 1] : [];
    let pass = indexes.some(i => results[i].type === 'return' && eqs.equals(results[i].value, expected, false));
    return m.result(pass, () => m.hint(this, 'received', which === 'nth' ? 'n, expected' : 'expected') + '\n\n' +
      'Expected: ' + (this.isNot ? 'not ' : '') + p(expected) + '\nReceived:' +
      (indexes.length ? indexes.map(i => '\n' + ' '.repeat(Math.max(0, 7 - String(i + 1).length)) + (i + 1) + ': ' +
        (results[i].type === 'return' ? p(results[i].value) : results[i].type === 'throw' ? 'function call threw an error' : 'function call has not returned yet')).join('') : ' (no returns)') +
      '\n\nNumber of returns: ' + results.filter(r => r.type === 'return').length);
  };
}

const matchers = {
  toHaveBeenCalled(received) {
    let state = ensureMock(this, received, '');
    let n = state.calls.length;
    return m.result(n > 0, () => m.hint(this, 'received', '') + '\n\nExpected number of calls: ' + (this.isNot ? '0' : '>= 1') +
      '\nReceived number of calls: ' + (this.isNot ? '' : '   ') + n + (this.isNot ? '\n' + listCalls(state.calls) : ''));
  },
  toHaveBeenCalledOnce(received) {
    let n = ensureMock(this, received, '').calls.length;
    return m.result(n === 1, () => m.hint(this, 'received', '') + '\n\nExpected number of calls: ' + (this.isNot ? 'not ' : '') + '1' +
      '\nReceived number of calls: ' + n);
  },
  toHaveBeenCalledTimes(received, expected) {
    let n = ensureMock(this, received, 'expected').calls.length;
    if (typeof expected !== 'number' || expected < 0 || Math.floor(expected) !== expected) {
      m.matcherError(this, 'expected value must be a non-negative integer', expected);
    }
    return m.result(n === expected, () => m.hint(this) + '\n\nExpected number of calls: ' + (this.isNot ? 'not ' : '') + expected +
      '\nReceived number of calls: ' + (this.isNot ? '    ' : '') + n);
  },
  toHaveBeenCalledWith: calledWith('any'),
  toHaveBeenLastCalledWith: calledWith('last'),
  toHaveBeenNthCalledWith: calledWith('nth'),
  toHaveReturned(received) {
    let results = ensureMock(this, received, '').results;
    let n = results.filter(r => r.type === 'return').length;
    return m.result(n > 0, () => m.hint(this, 'received', '') + '\n\nExpected number of returns: ' + (this.isNot ? '0' : '>= 1') +
      '\nReceived number of returns: ' + n + '\nReceived number of calls:   ' + results.length);
  },
  toHaveReturnedTimes(received, expected) {
    let results = ensureMock(this, received).results;
    let n = results.filter(r => r.type === 'return').length;
    return m.result(n === expected, () => m.hint(this) + '\n\nExpected number of returns: ' + (this.isNot ? 'not ' : '') + expected +
      '\nReceived number of returns: ' + n);
  },
  toHaveReturnedWith: returnedWith('any'),
  toHaveLastReturnedWith: returnedWith('last'),
  toHaveNthReturnedWith: returnedWith('nth'),
};
// Jest's older names, still used by many suites
const aliases = {
  toBeCalled: 'toHaveBeenCalled', toBeCalledTimes: 'toHaveBeenCalledTimes', toBeCalledWith: 'toHaveBeenCalledWith',
  lastCalledWith: 'toHaveBeenLastCalledWith', nthCalledWith: 'toHaveBeenNthCalledWith', toReturn: 'toHaveReturned',
  toReturnTimes: 'toHaveReturnedTimes', toReturnWith: 'toHaveReturnedWith', lastReturnedWith: 'toHaveLastReturnedWith',
  nthReturnedWith: 'toHaveNthReturnedWith',
};
Object.keys(aliases).forEach(k => { matchers[k] = matchers[aliases[k]]; });

exports.matchers = matchers;
