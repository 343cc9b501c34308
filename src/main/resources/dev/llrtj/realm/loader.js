// The module loader: CommonJS, JSON, built-ins, and ES modules lowered to System.register (live bindings,
// cycles, top-level await, dynamic import(), import.meta). Wrapped as function (exports, require, module, native)
// by the realm; `native` gives file access and compilation, `require` the loader's own internal files.
'use strict';

const { dirname, resolvePath, toPath, toFileUrl, resolve, builtinName, isEsm, notFound, nodeModulePaths } = require('resolve');
const { setBinding, sortKeys, newNamespace, exportBinding, requireView } = require('namespaces');
// module mocks (mocks.js): loaded by the test runner's first jest.mock & co., so no other realm pays for them
let mocks = null;
const useMocks = () => mocks || (mocks = require('mocks'));

const SYSTEM_MARK = '/*llrt:system*/';
const CJS_MARK = '/*llrt:cjs*/';
const CJS_PARAMS = 'exports,require,module,__filename,__dirname';

const builtins = new Map(); // name -> exports
const records = new Map(); // filename (or builtin:name) -> record
const requireCache = Object.create(null); // require.cache: filename -> module
let mainModule; // require.main: the entry module when it is CommonJS
let entryRecord = null; // the entry point when it is an ES module: `llrt file.mjs` checks it settled before exiting

function loadBuiltin(name) {
  if (builtins.has(name)) return builtins.get(name);
  let def = native.builtin(name); // [wrapper function, binding]
  let module = { id: name, exports: {}, loaded: false };
  builtins.set(name, module.exports); // cycles between built-ins see the partial exports, as in Node
  def[0].call(module.exports, module.exports, requireBuiltin, module, def[1]);
  module.loaded = true;
  builtins.set(name, module.exports);
  return module.exports;
}

function requireBuiltin(name) {
  let resolved = builtinName(name);
  if (!resolved) throw notFound(name, '<llrt internal>', false);
  return loadBuiltin(resolved);
}

function registerSourceMap(file, code) {
  let m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(code.slice(-4096));
  if (m && !m[1].startsWith('data:')) native.registerSourceMapFile(file, resolvePath(dirname(file), m[1]));
}

// ---- records: { id, kind: 'cjs'|'esm'|'builtin', state, ns, importers, ... } ----

// `source` is given for code that is not on disk (llrt -e), else the file is read
function getRecord(resolved, source) {
  if (resolved.builtin) return builtinRecord(resolved.builtin);
  let file = resolved.file;
  let existing = records.get(file);
  // on every import, not only the first: the native image's realm imported the SDK before the process existed
  if (resolved.sdk) require('sdk').loaded(resolved.sdk);
  // a CommonJS module deleted from require.cache loads afresh, as in Node
  if (existing && !(existing.kind === 'cjs' && requireCache[file] !== existing.module)) return existing;
  let code = source === undefined ? native.readFile(file) : source;
  if (code == null) throw notFound(file, file, true);
  code = native.asLoaded(code); // no byte-order mark, a hashbang line (which Rhino cannot parse) as a comment
  if (file.endsWith('.json')) return jsonRecord(file, code);
  if (code.startsWith(SYSTEM_MARK) || code.startsWith(CJS_MARK)) { // lowered ahead of time by `llrt bundle`
    registerSourceMap(file, code);
    return code.startsWith(CJS_MARK) ? cjsRecord(file, native.compile(code, file, CJS_PARAMS)) : systemRecord(file, code);
  }
  // the same decision `llrt invoke`'s pre-lowering makes (lowering.LoweringNeed), plus what only the loader knows
  if (native.isTypeScript(file) || isEsm(file, code) || (mocks !== null && mocks.needsHoisting(code))) return loweredRecord(file, code, '');
  let fn;
  try {
    fn = native.compile(code, file, CJS_PARAMS);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    // modern syntax Rhino cannot parse (classes, async...): lower it when Node.js is here, else say what to run
    return loweredRecord(file, code, String(e.message));
  }
  registerSourceMap(file, code);
  return cjsRecord(file, fn);
}

const perProcess = () => loadBuiltin('llrt:per-process');
const namespaceOf = exports => require('namespaces').namespaceOf(exports, key => perProcess().placeholder(key));

function builtinRecord(name) {
  let key = 'builtin:' + name;
  if (!records.has(key)) {
    let rec = { id: key, kind: 'builtin', state: 'evaluated', ns: namespaceOf(loadBuiltin(name)), importers: [] };
    records.set(key, rec);
    // imported while the native image was built: its importers bind the process's values (process.env...) at the start
    if (!native.started()) perProcess().onStart(() => notify(rec, rec.ns));
  }
  return records.get(key);
}

function jsonRecord(file, code) {
  let exports;
  try {
    exports = JSON.parse(code);
  } catch (e) {
    throw new SyntaxError(`${file}: ${e.message}`);
  }
  let rec = cjsRecord(file, null);
  Object.assign(rec.module, { exports, loaded: true });
  rec.state = 'evaluated';
  return rec;
}

function loweredRecord(file, code, reason) {
  let lowered = native.lower(file, code, reason);
  if (lowered.startsWith(SYSTEM_MARK)) return systemRecord(file, lowered);
  return cjsRecord(file, native.compile(lowered, file, CJS_PARAMS));
}

function newCjsModule(file) {
  let dir = dirname(file);
  let module = { id: file, filename: file, path: dir, loaded: false, exports: {}, children: [], paths: nodeModulePaths(dir) };
  module.require = makeRequire(file);
  return module;
}

function cjsRecord(file, fn) {
  let rec = { id: file, kind: 'cjs', module: newCjsModule(file), fn, state: 'linked', ns: null, importers: [] };
  records.set(file, rec);
  requireCache[file] = rec.module;
  return rec;
}

function runCjs(rec) {
  if (rec.state !== 'linked') return;
  rec.state = 'evaluating';
  let m = rec.module;
  try {
    rec.fn.call(m.exports, m.exports, m.require, m, m.filename, m.path);
  } catch (e) {
    records.delete(rec.id); // Node forgets a module whose body threw, so a later require retries it
    delete requireCache[rec.id];
    throw e;
  }
  rec.state = 'evaluated';
  m.loaded = true;
  rec.ns = null; // importers in a cycle saw a namespace of the partial exports
  if (rec.importers.length) notify(rec, cjsNamespace(rec));
}

function cjsNamespace(rec) {
  if (!rec.ns || rec.nsFor !== rec.module.exports) {
    rec.ns = namespaceOf(rec.module.exports);
    rec.nsFor = rec.module.exports;
  }
  return rec.ns;
}

const namespace = rec => (rec.kind === 'cjs' ? cjsNamespace(rec) : rec.ns);

// jest.spyOn on `import * as ns`: the namespace is read-only to its importers, so the test runner asks here to
// rebind the export, and every module that imported it sees the new value (their setters run again), as a spy on
// babel-jest's CommonJS exports would. False when `ns` is no ES module's namespace.
function rebindExport(ns, name, value) {
  let found = null;
  records.forEach(rec => {
    if (found === null && rec.kind === 'esm' && (rec.ns === ns || rec.requireView === ns)) found = rec;
  });
  if (found === null || !(name in found.ns)) return false;
  exportBinding(found, name, value);
  notify(found, found.ns);
  return true;
}

function notify(rec, ns) {
  for (let i = 0; i < rec.importers.length; i++) rec.importers[i](ns);
}

// ---- ES modules in System.register form ----

function systemRecord(file, code) {
  let rec = { id: file, kind: 'esm', state: 'new', ns: newNamespace(), importers: [], deps: [], depSpecs: [] };
  records.set(file, rec);
  let registration = null;
  let System = {
    register(deps, declare) {
      if (typeof deps === 'string') { deps = declare; declare = arguments[2]; } // named form
      registration = { deps, declare };
    },
  };
  let fn = native.compile(code, file, 'System,require,module,__filename,__dirname');
  try {
    fn.call(undefined, System, makeRequire(file), { exports: {}, id: file, filename: file }, file, dirname(file));
  } catch (e) {
    records.delete(file);
    throw e;
  }
  if (!registration) {
    records.delete(file);
    throw new SyntaxError(`${file} is marked as a lowered ES module but did not call System.register`);
  }
  let url = toFileUrl(file);
  let exportFn = function (name, value) {
    if (typeof name === 'object' && name !== null) Object.keys(name).forEach(key => exportBinding(rec, key, name[key]));
    else exportBinding(rec, name, value);
    notify(rec, rec.ns);
    return value;
  };
  let meta = {
    url,
    filename: file,
    dirname: dirname(file),
    resolve: spec => {
      let r = resolve(spec, file, true);
      return r.builtin ? 'node:' + r.builtin : toFileUrl(r.file);
    },
  };
  let context = { id: url, meta, import: spec => dynamicImport(spec, file) };
  let declared = registration.declare(exportFn, context) || {};
  rec.setters = declared.setters || [];
  rec.execute = declared.execute;
  rec.depSpecs = registration.deps;
  return rec;
}

// resolves and instantiates the whole graph below rec, wiring each import's setter to its module
function link(rec) {
  if (rec.kind !== 'esm' || rec.state !== 'new') return;
  rec.state = 'linking';
  try {
    for (let i = 0; i < rec.depSpecs.length; i++) {
      let dep = importRecord(rec.depSpecs[i], rec.id, false);
      rec.deps.push(dep);
      link(dep);
      let setter = rec.setters[i];
      if (setter) {
        dep.importers.push(setter);
        // a CommonJS module gets its namespace when it has run, or now if it is running (a cycle: partial exports,
        // where Node throws ERR_REQUIRE_CYCLE_MODULE)
        if (dep.kind !== 'cjs' || dep.state !== 'linked') setter(namespace(dep));
      }
    }
  } catch (e) {
    records.delete(rec.id);
    throw e;
  }
  rec.state = 'linked';
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

// runs rec after its dependencies; returns undefined when everything was synchronous, else a Promise
function evaluate(rec) {
  if (rec.kind === 'builtin') return undefined;
  if (rec.kind === 'cjs') {
    runCjs(rec);
    return undefined;
  }
  if (rec.state === 'evaluated') {
    if (rec.error) throw rec.error;
    return rec.pending || undefined;
  }
  if (rec.state === 'evaluating') return undefined; // a cycle: the importer sees the bindings made so far
  rec.state = 'evaluating';
  let fail = e => {
    rec.state = 'evaluated';
    rec.error = e;
    throw e;
  };
  let run = () => (rec.execute ? rec.execute.call(undefined) : undefined);
  let waits = [];
  try {
    // As in the spec, dependencies start in order and a synchronous one runs at once even while an earlier
    // sibling is still awaiting; only this module's own body waits for all of them.
    rec.deps.forEach(dep => {
      let r = evaluate(dep);
      if (isThenable(r)) waits.push(r);
    });
    let result = waits.length ? Promise.all(waits).then(run) : run();
    if (isThenable(result)) {
      rec.async = true; // require() refuses it even once settled, as Node does
      rec.pending = Promise.resolve(result).then(() => {
        rec.pending = null;
        finished(rec);
      }, fail);
      rec.state = 'evaluated';
      return rec.pending;
    }
  } catch (e) {
    fail(e);
  }
  rec.state = 'evaluated';
  finished(rec);
  return undefined;
}

function finished(rec) {
  sortKeys(rec.ns);
  rec.sorted = true;
}

// the record `spec` imported from `parent` names: its mock when the test runner registered one (mocks.js)
function importRecord(spec, parent, actual) {
  let entry = actual || mocks === null ? null : mocks.lookup(spec, parent, true);
  return entry ? mockRecord(entry) : getRecord(resolve(spec, parent, true));
}

// a mock's exports as an ES module: its own keys and `default` as babel-jest's interop sees them (the exports
// themselves, or their `default` when marked __esModule or made by vi.mock); an async factory's arrive when it settles
function mockRecord(entry) {
  if (entry.record) return entry.record;
  let rec = { id: 'mock:' + entry.key, kind: 'esm', state: 'evaluated', ns: newNamespace(), importers: [], deps: [] };
  entry.record = rec;
  records.set(rec.id, rec);
  let fill = value => {
    let esModule = entry.namespace || (value !== null && (typeof value === 'object' || typeof value === 'function') && value.__esModule);
    let keys = value !== null && (typeof value === 'object' || typeof value === 'function') ? Object.keys(value) : [];
    keys.forEach(k => k !== '__esModule' && (esModule || k !== 'default') && setBinding(rec.ns, k, value[k]));
    if (!esModule) setBinding(rec.ns, 'default', value);
    finished(rec);
    notify(rec, rec.ns);
  };
  let value = mocks.exportsOf(entry);
  if (!isThenable(value)) fill(value);
  else {
    rec.pending = Promise.resolve(value).then(v => {
      rec.pending = null;
      fill(v);
    }, e => {
      rec.error = e;
      throw e;
    });
  }
  return rec;
}

function dynamicImport(spec, parent, actual) {
  return new Promise((resolvePromise, reject) => {
    let rec = importRecord(String(spec), parent, actual);
    link(rec);
    let r = evaluate(rec);
    if (isThenable(r)) r.then(() => resolvePromise(namespace(rec)), reject);
    else resolvePromise(namespace(rec));
  });
}

// ---- require ----

function requireFrom(spec, parent, actual) {
  if (typeof spec !== 'string') throw new TypeError('The "id" argument must be of type string. Received ' + typeof spec);
  let mock = actual || mocks === null ? null : mocks.lookup(spec, parent, false);
  if (mock) return mocks.exportsOf(mock);
  let resolved = resolve(spec, parent, false);
  if (resolved.builtin) return loadBuiltin(resolved.builtin);
  let cached = requireCache[resolved.file];
  let known = records.get(resolved.file);
  if (cached && !(known && known.module === cached)) return cached.exports; // put in require.cache by user code
  let rec = getRecord(resolved);
  if (rec.kind === 'cjs') {
    if (rec.state === 'linked' && rec.module.parent === undefined) {
      // the first CommonJS module to require it; some code tests `!module.parent` to mean "I am the entry point"
      rec.module.parent = requireCache[parent];
      if (rec.module.parent) rec.module.parent.children.push(rec.module);
    }
    runCjs(rec);
    return rec.module.exports;
  }
  link(rec);
  let pending = evaluate(rec);
  if (isThenable(pending)) pending.then(undefined, () => {}); // its failure belongs to a later import(), if any
  if (pending || rec.async) {
    let err = new Error(`require() cannot be used on an ES module with top-level await: ${rec.id}. Use import() instead.`);
    err.code = 'ERR_REQUIRE_ASYNC_MODULE';
    throw err;
  }
  return requireView(rec);
}

function makeRequire(parent) {
  let req = spec => requireFrom(spec, parent);
  req.resolve = (spec, options) => {
    if (typeof spec !== 'string') throw new TypeError('The "request" argument must be of type string. Received ' + typeof spec);
    let froms = options && Array.isArray(options.paths) ? options.paths.map(p => resolvePath(dirname(parent), p) + '/[paths]') : [parent];
    for (let i = 0; ; i++) {
      try {
        let r = resolve(spec, froms[i], false);
        return r.builtin ? spec : r.file; // Node answers a built-in with the name as asked ('path' or 'node:path')
      } catch (e) {
        if (e.code !== 'MODULE_NOT_FOUND' || i === froms.length - 1) throw e;
      }
    }
  };
  req.resolve.paths = spec =>
    (builtinName(String(spec)) ? null : /^\.\.?(\/|$)/.test(spec) ? [dirname(parent)] : nodeModulePaths(dirname(parent)));
  req.cache = requireCache;
  // import() for CommonJS lowered by Babel (Rhino cannot parse import() in a script): Node's semantics, TLA included
  Object.defineProperty(req, 'import', { value: spec => dynamicImport(String(spec), parent) });
  let setMain = value => Object.defineProperty(req, 'main', { value, writable: true, enumerable: true });
  Object.defineProperty(req, 'main', { get: () => mainModule, set: setMain, enumerable: true, configurable: true });
  return req;
}

function createRequire(from) {
  let file = toPath(String(from && from.href !== undefined ? from.href : from));
  if (file.charAt(0) !== '/') throw new TypeError(`createRequire() needs an absolute path or file URL, got ${file}`);
  return makeRequire(file.endsWith('/') ? file + 'noop.js' : file);
}

// The entry point: returns undefined when it ran synchronously, else a Promise of its completion.
function runMain(file, source) {
  let rec = getRecord({ file: source === undefined ? native.realpath(file) : file }, source);
  if (rec.kind === 'cjs') {
    rec.module.id = '.';
    rec.module.parent = null;
    mainModule = rec.module;
    runCjs(rec);
    return undefined;
  }
  link(rec);
  entryRecord = rec;
  return evaluate(rec);
}

// Lambda's handler. Its Node runtime require()s a CommonJS handler, so the handler has a module.parent (and code
// like `if (!module.parent) app.listen(3000)` stays off) while require.main is not the handler.
function importFile(file) {
  let real = native.realpath(file);
  return new Promise(resolvePromise => {
    let rec = native.stat(real) === 1 ? getRecord({ file: real }) : null;
    if (rec && rec.kind === 'cjs' && rec.state === 'linked' && rec.module.parent === undefined) {
      rec.module.parent = { id: 'llrt:lambda', filename: 'llrt:lambda', loaded: true, exports: {}, children: [rec.module] };
    }
    resolvePromise(dynamicImport(toFileUrl(real), file, true)); // the file itself, never a mock
  });
}

// what the test runner's jest.mock & co. use (llrt:test/modules): module-mocks.js, compiled on the runner's first use
let moduleMocks = null;
const moduleMocksOnce = () => moduleMocks || (moduleMocks = require('module-mocks').create({
  records, requireCache, mocks: useMocks, requireFrom, dynamicImport, resolve, builtinName, isThenable,
  isRunning: rec => rec === entryRecord || !!(mainModule && rec.module === mainModule),
}));

module.exports = { builtinNames: () => native.builtinNames(), lazyGlobals: () => native.lazyGlobals(), isLoaded: name => builtins.has(name), requireBuiltin, loadBuiltin, createRequire, makeRequire, runMain, entry: () => entryRecord, importFile, dynamicImport, records, rebindExport, get moduleMocks() { return moduleMocksOnce(); } };
