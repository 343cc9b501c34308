// The module registry's side of jest.mock & co. (llrt:test/modules): registering mocks, the actual module behind
// one, jest.resetModules and jest.isolateModules. Apart from loader.js because only the test runner's realm uses it
// (compiled on its first use, as mocks.js is); `loader` hands in the records and functions it works on.
'use strict';

function create(loader) {
  // jest.resetModules: every module loads afresh on its next import (its mocks' factories run again), but the
  // built-ins and the entry point, which is running
  function resetModules() {
    loader.mocks().reset();
    loader.records.forEach((rec, key) => {
      if (rec.kind === 'builtin' || loader.isRunning(rec)) return;
      loader.records.delete(key);
      if (loader.requireCache[key] === rec.module) delete loader.requireCache[key];
    });
  }

  // jest.isolateModules: fn() loads modules into a registry of its own, emptied as by resetModules; afterwards (when
  // the Promise fn returned settles) the registry from before is back, and what fn loaded is forgotten
  function isolateModules(fn) {
    let saved = new Map(loader.records);
    let savedCache = Object.assign({}, loader.requireCache);
    let savedMocks = loader.mocks().save();
    let restore = () => {
      loader.records.clear();
      saved.forEach((rec, key) => loader.records.set(key, rec));
      Object.keys(loader.requireCache).forEach(key => delete loader.requireCache[key]);
      Object.assign(loader.requireCache, savedCache);
      loader.mocks().restore(savedMocks);
    };
    resetModules();
    let result;
    try {
      result = fn();
    } catch (e) {
      restore();
      throw e;
    }
    if (!loader.isThenable(result)) {
      restore();
      return result;
    }
    return Promise.resolve(result).then(v => {
      restore();
      return v;
    }, e => {
      restore();
      throw e;
    });
  }

  return {
    mock: (spec, parent, produce, options) => void loader.mocks().set(spec, parent, produce, options),
    unmock: (spec, parent) => loader.mocks().unset(spec, parent),
    setAutomatic: hook => loader.mocks().setAutomatic(hook),
    hoistInTestRealm: () => loader.mocks().hoistInTestRealm(),
    requireActual: (spec, parent) => loader.requireFrom(String(spec), parent, true),
    importActual: (spec, parent) => loader.dynamicImport(String(spec), parent, true),
    require: (spec, parent) => loader.requireFrom(String(spec), parent, false),
    resolveFile: (spec, parent) => loader.resolve(String(spec), parent, false),
    isBuiltin: spec => !!loader.builtinName(String(spec)),
    resetModules,
    isolateModules,
  };
}

module.exports = { create };
