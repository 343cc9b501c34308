// Module mocks (jest.mock / vi.mock): which specifiers the loader answers with a mock instead of the module. Empty
// and inactive unless the test runner registers one, so every other realm resolves exactly as before.
// An entry is found by the bare name (a package or a built-in, whoever imports it) or by the resolved file (a
// relative path, resolved from the file that registered it), under both import and require conditions.
'use strict';

const { dirname, resolvePath, resolve, builtinName } = require('resolve');

const byName = new Map(); // 'builtin:fs' | 'name:@aws-sdk/client-dynamodb' -> entry
const byFile = new Map(); // '/abs/file.js' -> entry
const autoCache = new Map(); // bare name -> entry | null, what the automatic hook answered
let autoHook = null; // bare name -> producer | null: node_modules manual mocks (<root>/__mocks__/<name>.js)
let active = false;
let testRealm = false; // set by the test runner: CommonJS files calling jest.mock are lowered so the calls hoist

// what bundles/jest-hoist.mjs hoists (its mayHoistMocks)
const HOISTED_CALL = /\b(jest|vi)\s*\.\s*(mock|unmock|hoisted|enableAutomock|disableAutomock|deepUnmock)\s*\(/;

const isBare = spec => !/^(\.{0,2}\/|\.\.?$|file:|#)/.test(spec);

// the keys `spec` from `parent` is known by; `virtual` allows a module that does not exist
function keysFor(spec, parent, virtual) {
  let builtin = builtinName(spec);
  if (builtin) return { names: ['builtin:' + builtin], files: [] };
  let names = isBare(spec) ? ['name:' + spec] : [];
  let files = [];
  [true, false].forEach(esm => {
    try {
      let r = resolve(spec, parent, esm);
      if (r.file && files.indexOf(r.file) < 0) files.push(r.file);
    } catch (e) {
      if (!virtual && !names.length) throw e;
    }
  });
  if (!names.length && !files.length) files.push(resolvePath(dirname(parent), spec.replace(/^file:\/\//, '')));
  return { names, files };
}

// produce() -> the mock's exports (a Promise for an async vi.mock factory); called once until reset().
// options.namespace: the exports are the module's namespace, `default` included (vi.mock's factories), not
// CommonJS exports that are their own default (jest.mock's, as babel-jest's interop sees them)
function set(spec, parent, produce, options) {
  let keys = keysFor(String(spec), parent, !!(options && options.virtual));
  let entry = { key: keys.names[0] || keys.files[0], produce, made: false, value: undefined, record: null,
    namespace: !!(options && options.namespace) };
  keys.names.forEach(k => byName.set(k, entry));
  keys.files.forEach(k => byFile.set(k, entry));
  active = true;
  return entry;
}

// jest.unmock: the module itself from now on, even where an automatic manual mock would answer
function unset(spec, parent) {
  let keys = keysFor(String(spec), parent, true);
  let none = { key: keys.names[0] || keys.files[0], produce: null };
  keys.names.forEach(k => byName.set(k, none));
  keys.files.forEach(k => byFile.set(k, none));
  active = true;
}

// the entry answering `spec` imported (esm) or required from `parent`, or null for the module itself
function lookup(spec, parent, esm) {
  if (!active) return null;
  let builtin = builtinName(spec);
  let found = byName.get(builtin ? 'builtin:' + builtin : 'name:' + spec);
  if (!found && !builtin && isBare(spec) && autoHook) found = automatic(spec);
  if (!found && !builtin) {
    try {
      let r = resolve(spec, parent, esm);
      found = r.file ? byFile.get(r.file) : null;
    } catch (e) {
      found = byFile.get(resolvePath(dirname(parent), spec)); // a virtual mock of a path that does not exist
    }
  }
  return found && found.produce ? found : null;
}

function automatic(spec) {
  if (!autoCache.has(spec)) {
    let produce = autoHook(spec);
    autoCache.set(spec, produce ? { key: 'name:' + spec, produce, made: false, value: undefined, record: null } : null);
  }
  return autoCache.get(spec);
}

function exportsOf(entry) {
  if (!entry.made) {
    entry.value = entry.produce();
    entry.made = true;
  }
  return entry.value;
}

// jest.resetModules: factories run again on the next import
function reset() {
  let forget = entry => {
    entry.made = false;
    entry.value = undefined;
    entry.record = null;
  };
  byName.forEach(forget);
  byFile.forEach(forget);
  autoCache.forEach(entry => entry && forget(entry));
}

// the state of every entry's made mock, to put back after jest.isolateModules
function save() {
  let entries = new Set();
  byName.forEach(e => entries.add(e));
  byFile.forEach(e => entries.add(e));
  autoCache.forEach(e => e && entries.add(e));
  let states = [];
  entries.forEach(e => states.push([e, { made: e.made, value: e.value, record: e.record }]));
  return states;
}

function restore(states) {
  reset();
  states.forEach(s => Object.assign(s[0], s[1]));
}

function setAutomatic(hook) {
  autoHook = hook;
  autoCache.clear();
  active = active || !!hook;
}

// a CommonJS file of the test realm whose jest.mock() calls must move above its require()s, as babel-jest moves them
const needsHoisting = code => testRealm && HOISTED_CALL.test(code);

module.exports = { needsHoisting, hoistInTestRealm: () => { testRealm = true; }, set, unset, lookup, exportsOf, reset, save, restore, setAutomatic, isActive: () => active };
