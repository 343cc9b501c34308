// Module mocking for jest.* and vi.*: mock/unmock/doMock, requireActual/importActual, requireMock,
// createMockFromModule, resetModules, manual mocks in __mocks__ and automocks. `native` is the realm's module
// loader, whose registry (dev/llrtj/realm/mocks.js) answers every import and require in the test file's realm.
// Relative paths are resolved from the file that called, as in Jest (the test file, a setup file, a helper).
'use strict';

const fs = require('fs');
const mockFns = require('llrt:test/mock');
const frames = require('llrt:test/frames');

const loader = native.moduleMocks;
const EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.json'];
let testPath = null;
let rootDir = null;

const dirOf = p => p.slice(0, p.lastIndexOf('/')) || '/';
// the calling file: the first user frame below the API's own (taken here, in the API function's callee)
function from() {
  let caller = frames.userFrames(new Error().stack)[0];
  return caller ? caller.file : testPath || (process.cwd() + '/[llrt test]');
}
const isBare = spec => !/^(\.{0,2}\/|\.\.?$|file:|#)/.test(spec);

// the project's root, where __mocks__ for node_modules packages live: the nearest folder with a package.json
function findRoot(file) {
  for (let dir = dirOf(file); ; dir = dirOf(dir)) {
    if (fs.existsSync(dir + '/package.json') || dir === '/') return dir;
  }
}

function firstExisting(base) {
  let found = null;
  EXTENSIONS.forEach(ext => { if (!found && fs.existsSync(base + ext)) found = base + ext; });
  return found;
}

// __mocks__/<name> beside the module, or <root>/__mocks__/<package> for a package or a built-in
function manualMockFile(spec, parent) {
  let bare = isBare(spec);
  if (bare && rootDir) {
    let name = spec.startsWith('node:') ? spec.slice(5) : spec;
    return firstExisting(rootDir + '/__mocks__/' + name);
  }
  if (bare) return null;
  let file = loader.resolveFile(spec, parent).file;
  if (!file) return null;
  let slash = file.lastIndexOf('/');
  let stem = file.slice(slash + 1).replace(/\.[^.]*$/, '');
  return firstExisting(file.slice(0, slash) + '/__mocks__/' + stem);
}

// ---- automock: Jest's moduleMocker, walking the module's exports ----

// ('arity': Rhino's read-only twin of `length`)
const SKIPPED = ['arguments', 'caller', 'callee', 'name', 'length', 'arity', 'prototype', 'constructor'];

// own and inherited property names, up to the built-in prototypes
function slots(value) {
  let names = [];
  for (let o = value; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    Object.getOwnPropertyNames(o).forEach(n => {
      if (SKIPPED.indexOf(n) < 0 && names.indexOf(n) < 0) names.push(n);
    });
  }
  return names;
}

function read(value, name) {
  try {
    return { value: value[name] };
  } catch (e) {
    return null; // a getter that throws out of context: Jest leaves such a slot out too
  }
}

// functions become jest.fn() returning undefined (a class's prototype methods too), objects are walked, arrays
// become empty, other values are kept
function mockValue(value, seen) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) return [];
  if (value instanceof RegExp) return new RegExp('');
  let tag = Object.prototype.toString.call(value);
  if (/^\[object (Map|Set|WeakMap|WeakSet|Date|Promise)\]$/.test(tag)) return value;
  let out;
  if (typeof value === 'function') {
    out = mockFns.fn();
    seen.set(value, out);
    let proto = value.prototype;
    if (proto && typeof proto === 'object') {
      slots(proto).forEach(n => {
        let slot = read(proto, n);
        if (slot) out.prototype[n] = mockValue(slot.value, seen);
      });
    }
  } else {
    out = {};
    seen.set(value, out);
  }
  let isMock = mockFns.isMockFunction(value);
  slots(value).forEach(n => {
    if (isMock && (/^mock/.test(n) || n === '_isMockFunction')) return;
    let slot = read(value, n);
    if (slot) out[n] = mockValue(slot.value, seen);
  });
  if (tag === '[object Module]') Object.defineProperty(out, '__esModule', { value: true });
  return out;
}

function automock(actual) {
  return mockValue(actual, new Map());
}

// what a module is mocked by without a factory: its manual mock, else its automock
function defaultMock(spec, parent) {
  let manual = manualMockFile(spec, parent);
  if (manual) return loader.require(manual, parent);
  return automock(loader.requireActual(spec, parent));
}

function notSupported(what, instead) {
  let err = new Error(what + ' is not supported by llrt test: ' + instead);
  err.code = 'ERR_NOT_SUPPORTED';
  return err;
}

function checkFunction(fn, what) {
  if (typeof fn !== 'function') throw new TypeError(what + '() takes a function; got ' + (fn === null ? 'null' : typeof fn));
}

function checkSpec(spec, what) {
  if (typeof spec !== 'string') {
    throw new TypeError(what + '() takes the module path as a string; got ' + (spec === null ? 'null' : typeof spec));
  }
}

// jest.mock / vi.mock: a vitest factory gets importOriginal(), the actual module as import() gives it
function mock(spec, factory, options, what) {
  checkSpec(spec, what);
  let parent = from();
  if (factory !== null && typeof factory === 'object' && what === 'vi.mock') {
    throw notSupported('vi.mock(path, { spy: ' + factory.spy + ' })', 'give a factory, or vi.spyOn the exports');
  }
  if (factory !== undefined && typeof factory !== 'function') {
    throw new TypeError(what + '() second argument must be a function (the factory); got ' + typeof factory);
  }
  let produce = factory
    ? () => factory(() => loader.importActual(spec, parent))
    : () => defaultMock(spec, parent);
  // Vitest takes a factory's object as the module's namespace (`default` is its default export)
  let vitest = what === 'vi.mock';
  loader.mock(spec, parent, produce, vitest ? { namespace: !!factory } : options);
}

function unmock(spec, what) {
  checkSpec(spec, what);
  loader.unmock(spec, from());
}

function install(api, vitest) {
  let name = n => (vitest ? 'vi.' : 'jest.') + n;
  api.mock = (spec, factory, options) => {
    mock(spec, factory, options, name('mock'));
    return api;
  };
  api.doMock = api.mock;
  // automock is off, as in Jest's default config: disabling it changes nothing, enabling it is not there
  api.disableAutomock = () => api;
  api.enableAutomock = () => {
    throw notSupported(name('enableAutomock') + '()', 'mock each module with ' + name('mock') + '(path)');
  };
  api.unmock = spec => {
    unmock(spec, name('unmock'));
    return api;
  };
  api.resetModules = () => {
    loader.resetModules();
    return api;
  };
  api.createMockFromModule = spec => automock(loader.requireActual(spec, from()));
  if (vitest) {
    api.doUnmock = api.unmock;
    api.hoisted = factory => factory();
    api.importActual = spec => loader.importActual(spec, from());
    api.importMock = spec => {
      let parent = from(); // now: a Promise callback's stack no longer names the caller
      return Promise.resolve().then(() => defaultMock(spec, parent));
    };
  } else {
    api.isolateModules = fn => {
      checkFunction(fn, 'jest.isolateModules');
      loader.isolateModules(() => void fn());
      return api;
    };
    api.isolateModulesAsync = fn => {
      checkFunction(fn, 'jest.isolateModulesAsync');
      return Promise.resolve(loader.isolateModules(() => Promise.resolve(fn()))).then(() => undefined);
    };
    api.dontMock = api.unmock;
    api.deepUnmock = api.unmock;
    api.setMock = (spec, exports) => api.mock(spec, () => exports);
    api.requireActual = spec => loader.requireActual(spec, from());
    api.requireMock = spec => defaultMock(spec, from());
    api.genMockFromModule = api.createMockFromModule;
  }
}

// the test file's path; node_modules manual mocks under <root>/__mocks__ answer from now on, as Jest's do
function setTestPath(file) {
  testPath = file;
  loader.hoistInTestRealm();
  rootDir = findRoot(file);
  if (fs.existsSync(rootDir + '/__mocks__')) {
    loader.setAutomatic(spec => {
      if (loader.isBuiltin(spec)) return null; // Jest needs an explicit jest.mock('fs') for Node's own modules
      let found = firstExisting(rootDir + '/__mocks__/' + spec);
      return found ? () => loader.require(found, testPath) : null;
    });
  }
}

module.exports = { install, setTestPath, automock };
