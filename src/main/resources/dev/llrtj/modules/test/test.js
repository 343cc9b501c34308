// `llrt:test` (also what `vitest` and `@jest/globals` resolve to): the Jest-compatible test API plus
// run(), which the Java test runner calls after the test file's body has registered its tests.
// These files declare locals with `let`, not `const`, inside functions: Rhino 1.9.1 binds a `const` in a loop
// body only once (later iterations see the first value) and rejects the same `const` name in sibling blocks.

const collect = require('llrt:test/collect');
const ex = require('llrt:test/expect');
const mock = require('llrt:test/mock');
const runner = require('llrt:test/run');
const fmt = require('llrt:test/format');
const timers = require('llrt:test/fake-timers');
const modules = require('llrt:test/modules');

function makeMockApi() {
  return {
    fn: mock.fn,
    spyOn: mock.spyOn,
    isMockFunction: mock.isMockFunction,
    clearAllMocks: mock.clearAllMocks,
    resetAllMocks: mock.resetAllMocks,
    restoreAllMocks: mock.restoreAllMocks,
    mocked: x => x,
    setTimeout: ms => { collect.tree.userTimeout = ms; },
    setConfig: cfg => { if (cfg && typeof cfg.testTimeout === 'number') collect.tree.userTimeout = cfg.testTimeout; },
  };
}

const jest = makeMockApi();
const vi = makeMockApi();
[jest, vi].forEach(api => {
  timers.install(api);
  modules.install(api, api === vi);
});

let formatArgs = fmt.formatArgs;
try {
  let util = require('util');
  if (util && typeof util.format === 'function') formatArgs = args => util.format.apply(null, args);
} catch (e) {
  // util not available: keep the built-in printer
}

// Routes console output into the running test's record (or the file's, outside tests) instead of stdout,
// so reporters can show it next to the test it belongs to.
function captureConsole(target) {
  let original = target.console || {};
  let captured = Object.create(original);
  ['log', 'info', 'warn', 'error', 'debug', 'trace'].forEach(type => {
    captured[type] = function () {
      let entry = { type: type, message: formatArgs(Array.prototype.slice.call(arguments)) };
      (runner.sinks.current || runner.sinks.fileOutput).push(entry);
    };
  });
  target.console = captured;
}

const api = {
  describe: collect.describe,
  suite: collect.describe,
  it: collect.it,
  test: collect.test,
  beforeAll: collect.beforeAll,
  afterAll: collect.afterAll,
  beforeEach: collect.beforeEach,
  afterEach: collect.afterEach,
  expect: ex.expect,
  jest: jest,
  vi: vi,
  fit: collect.it.only,
  fdescribe: collect.describe.only,
  xit: collect.it.skip,
  xtest: collect.test.skip,
  xdescribe: collect.describe.skip,
};

// Puts the API on the test file's global object (Jest's "globals" mode) and starts console capture; relative paths
// in jest.mock() are resolved from options.testPath.
function installGlobals(target, options) {
  Object.keys(api).forEach(k => { target[k] = api[k]; });
  if (options && options.testPath) modules.setTestPath(String(options.testPath));
  if (!options || options.captureConsole !== false) captureConsole(target);
}

// Resolves with the file's result tree (see run.js). Call once, after the test file has been evaluated.
function run(options) {
  return runner.run(options);
}

Object.keys(api).forEach(k => { exports[k] = api[k]; });
exports.default = api;
// vitest.config's `import { defineConfig } from 'vitest/config'`; Jest's `import type { Config }` needs nothing
exports.defineConfig = config => config;
exports.installGlobals = installGlobals;
exports.run = run;
exports.runJson = options => runner.run(options).then(r => JSON.stringify(r));
exports.reportUncaught = runner.reportUncaught;
