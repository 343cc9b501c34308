// Execution phase: walks the collected tree in declaration order, running hooks and tests one at a time
// with per-test timeouts, and produces a plain JSON-able result tree.

const collect = require('llrt:test/collect');
const ex = require('llrt:test/expect');
const fmt = require('llrt:test/format');
const stackFrames = require('llrt:stack').frames;
const snapshot = require('llrt:test/snapshot');

const tree = collect.tree;
// captured before any test can swap in fake timers or a fake Date
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const RealDate = Date;
const sinks = { fileOutput: [], current: null };
let activeFinish = null;
let strayErrors = [];

// Drives a generator that yields promises, resuming it with each result (async/await without the syntax).
function co(generator) {
  return new Promise((resolve, reject) => {
    function step(method, arg) {
      let r;
      try {
        r = generator[method](arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (r.done) resolve(r.value);
      else Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next', undefined);
  });
}

// runtime internals show as llrt:NAME / node:NAME in stacks; users care about their own frames only
function isInternalFrame(line) {
  return /(^|[\s(])(llrt|node):|llrt\/test(\.js|\/)/.test(line);
}

// Only the "at ..." frames outside the runtime, mapped to the user's files (llrt:stack)
function framesOf(stack) {
  return stackFrames(stack).filter(l => !isInternalFrame(l)).join('\n');
}

function serializeError(e) {
  if (e !== null && typeof e === 'object' && 'message' in e) {
    let stack = typeof e.stack === 'string' ? framesOf(e.stack) : '';
    return { name: String(e.name || 'Error'), message: String(e.message), stack: stack, assertion: !!e.matcherResult };
  }
  return { name: 'Error', message: 'thrown: ' + fmt.format(e, { multiline: true }), stack: '', assertion: false };
}

// a rejection or throw without a value still has to fail the test, reported as Jest does
function thrown(value) {
  const e = new Error('thrown: ' + fmt.format(value));
  e.stack = '';
  return e;
}

function timeoutError(ms, what, waitingForDone, declared) {
  let e = new Error('Exceeded timeout of ' + ms + ' ms for a ' + what +
    (waitingForDone ? ' while waiting for `done()` to be called' : '') + '.\nAdd a timeout value to this ' +
    (what === 'hook' ? 'hook' : 'test') + ' to increase the timeout, if this is a long-running test. ' +
    'See https://jestjs.io/docs/api#testname-fn-timeout.');
  // point at where the test was declared, as Jest does, rather than at the runner's timer
  if (declared && typeof declared.stack === 'string') e.stack = declared.stack;
  return e;
}

// Calls a test or hook function; resolves with undefined or the error it failed with (never rejects).
function callFn(fn, args, timeoutMs, what, declared) {
  return new Promise(resolve => {
    let settled = false;
    let timer;
    let finish = err => {
      if (settled) return;
      settled = true;
      activeFinish = null;
      tree.running = false;
      if (timer !== undefined) realClearTimeout(timer);
      resolve(err);
    };
    let armTimer = waitingForDone => {
      timer = realSetTimeout(() => finish(timeoutError(timeoutMs, what, waitingForDone, declared)), timeoutMs);
    };
    activeFinish = finish;
    tree.running = true;
    let usesDone = fn.length > args.length;
    try {
      if (usesDone) {
        let done = reason => {
          if (reason !== undefined && reason !== null) finish(reason instanceof Error ? reason : new Error('Failed: ' + fmt.format(reason)));
          else finish(undefined);
        };
        done.fail = reason => finish(reason instanceof Error ? reason : new Error('Failed: ' + fmt.format(reason)));
        let returned = fn.apply(undefined, args.concat([done]));
        if (returned && typeof returned.then === 'function') {
          finish(new Error('Test functions cannot both take a \'done\' callback and return something. ' +
            'Either use a \'done\' callback, or return a promise.'));
          return;
        }
        if (!settled) armTimer(true);
      } else {
        let r = fn.apply(undefined, args);
        if (r && typeof r.then === 'function') {
          armTimer(false);
          r.then(() => finish(undefined), e => finish(e === undefined ? thrown(e) : e));
        } else {
          finish(undefined);
        }
      }
    } catch (e) {
      finish(e);
    }
  });
}

// An error thrown outside any awaited code (timer callback, unhandled rejection) fails the running test.
function reportUncaught(err) {
  if (activeFinish) activeFinish(err);
  else strayErrors.push(err);
}

function effectiveTimeout(own, options) {
  if (typeof own === 'number') return own;
  if (typeof tree.userTimeout === 'number') return tree.userTimeout;
  return options.timeoutMs || tree.defaultTimeout;
}

// Decides, before anything runs, which tests run and why the others do not.
function plan(node, inherited, path, acc) {
  let mode = inherited === 'skip' || inherited === 'todo' ? inherited : (node.mode || inherited);
  if (node.type === 'test') {
    node.fullPath = path.concat([node.name]);
    node.effectiveMode = mode;
    if (mode === 'only') acc.hasOnly = true;
    acc.tests.push(node);
    return;
  }
  let childPath = node.parent ? path.concat([node.name]) : path;
  node.children.forEach(c => plan(c, mode, childPath, acc));
}

function decide(test, hasOnly, pattern) {
  if (test.effectiveMode === 'todo') return 'todo';
  if (test.effectiveMode === 'skip') return 'skipped';
  if (hasOnly && test.effectiveMode !== 'only') return 'skipped';
  if (pattern && !pattern.test(test.fullPath.join(' '))) return 'skipped';
  return 'run';
}

function anyToRun(node) {
  return node.type === 'test' ? node.decision === 'run' : node.children.some(anyToRun);
}

function chainOf(test) {
  let chain = [];
  for (let s = test.parent; s; s = s.parent) chain.unshift(s);
  return chain;
}

function newTestResult(test) {
  return { type: 'test', name: test.name, fullName: test.fullPath.join(' > '), path: test.fullPath.slice(0, -1),
    status: test.decision === 'run' ? 'passed' : test.decision, duration: 0, errors: [], output: [] };
}

function* runTest(test, out, options) {
  let r = newTestResult(test);
  out.children.push(r);
  if (test.decision !== 'run') return;
  sinks.current = r.output;
  ex.resetState(test.fullPath.join(' '));
  tree.currentTestName = test.name;
  let started = RealDate.now();
  let chain = chainOf(test);
  let errors = [];
  for (let i = 0; i < chain.length && errors.length === 0; i++) {
    let hooks = chain[i].hooks.beforeEach;
    for (let h = 0; h < hooks.length && errors.length === 0; h++) {
      let err = yield callFn(hooks[h].fn, [], effectiveTimeout(hooks[h].timeout, options), 'hook');
      if (err !== undefined) errors.push(err);
    }
  }
  if (errors.length === 0) {
    let err = yield callFn(test.fn, test.args, effectiveTimeout(test.timeout, options), 'test', test.declared);
    if (err !== undefined) errors.push(err);
    else ex.assertionCountErrors().forEach(e => errors.push(e));
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    let hooks = chain[i].hooks.afterEach;
    for (let h = 0; h < hooks.length; h++) {
      let err = yield callFn(hooks[h].fn, [], effectiveTimeout(hooks[h].timeout, options), 'hook');
      if (err !== undefined) errors.push(err);
    }
  }
  if (test.failing) {
    if (errors.length > 0) errors.length = 0;
    else errors.push(new Error('Failing test passed even though it was supposed to fail. Remove `.failing` to remove error.'));
  }
  r.status = errors.length > 0 ? 'failed' : 'passed';
  r.errors = errors.map(serializeError);
  r.duration = RealDate.now() - started;
  sinks.current = null;
}

function failAll(node, out, error) {
  if (node.type === 'test') {
    let r = newTestResult(node);
    if (node.decision === 'run') {
      r.status = 'failed';
      r.errors = [error];
    }
    out.children.push(r);
    return;
  }
  let s = { type: 'suite', name: node.name, children: [], errors: [] };
  out.children.push(s);
  node.children.forEach(c => failAll(c, s, error));
}

function* runSuite(suite, out, options) {
  let r = { type: 'suite', name: suite.name, children: [], errors: [] };
  if (out) out.children.push(r);
  let active = anyToRun(suite);
  let setupError;
  if (active) {
    for (let h = 0; h < suite.hooks.beforeAll.length && setupError === undefined; h++) {
      let hook = suite.hooks.beforeAll[h];
      setupError = yield callFn(hook.fn, [], effectiveTimeout(hook.timeout, options), 'hook');
    }
  }
  if (setupError !== undefined) {
    suite.children.forEach(c => failAll(c, r, serializeError(setupError)));
  } else {
    for (let i = 0; i < suite.children.length; i++) {
      let child = suite.children[i];
      if (child.type === 'suite') yield* runSuite(child, r, options);
      else yield* runTest(child, r, options);
    }
  }
  if (active) {
    for (let h = 0; h < suite.hooks.afterAll.length; h++) {
      let hook = suite.hooks.afterAll[h];
      let err = yield callFn(hook.fn, [], effectiveTimeout(hook.timeout, options), 'hook');
      if (err !== undefined) r.errors.push(serializeError(err));
    }
  }
  return r;
}

function count(node, counts) {
  if (node.type === 'test') counts[node.status] = (counts[node.status] || 0) + 1;
  else node.children.forEach(c => count(c, counts));
  return counts;
}

// options: {namePattern?: string, timeoutMs?: number, testPath?, updateSnapshots?, ci?}. Resolves with
// {root, errors, output, counts: {passed, failed, skipped, todo, total}, duration}.
function run(options) {
  options = options || {};
  let started = RealDate.now();
  let pattern = options.namePattern ? new RegExp(options.namePattern, 'i') : null;
  let acc = { hasOnly: false, tests: [] };
  plan(tree.root, undefined, [], acc);
  acc.tests.forEach(t => { t.decision = decide(t, acc.hasOnly, pattern); });
  snapshot.setup(options);
  return co(runSuite(tree.root, null, options)).then(root => {
    snapshot.save();
    let counts = count(root, { passed: 0, failed: 0, skipped: 0, todo: 0 });
    counts.total = counts.passed + counts.failed + counts.skipped + counts.todo;
    let errors = strayErrors.map(serializeError);
    let collectErrors = (s) => {
      s.errors.forEach(e => errors.push(e));
      s.children.forEach(c => { if (c.type === 'suite') collectErrors(c); });
    };
    collectErrors(root);
    strayErrors = [];
    return { root: root, errors: errors, output: sinks.fileOutput, counts: counts, duration: RealDate.now() - started };
  });
}

exports.run = run;
exports.co = co;
exports.sinks = sinks;
exports.reportUncaught = reportUncaught;
exports.serializeError = serializeError;
