// The module loader: CommonJS, JSON, built-ins, and ES modules lowered to System.register (live bindings,
// cycles, top-level await, dynamic import(), import.meta). Wrapped as function (exports, require, module, native)
// by the realm; `native` gives file access and compilation, `require` the loader's own internal files.
'use strict';

const { dirname, resolvePath, resolve, builtinName, packageScope, notFound } = require('resolve');

const SYSTEM_MARK = '/*llrt:system*/';
const CJS_MARK = '/*llrt:cjs*/';
const CJS_PARAMS = 'exports,require,module,__filename,__dirname';
const ESM_SYNTAX = /(^|[\n;])\s*(import\s*[\w{*'"]|export\s+[\w{*]|export\s+default\b)|\bimport\.meta\b|\bawait\s+import\(/;

const builtins = new Map(); // name -> exports
const records = new Map(); // filename (or builtin:name) -> record
const requireCache = Object.create(null); // require.cache: filename -> module

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

function isEsm(file, source) {
  if (/\.(mjs|mts)$/.test(file)) return true;
  if (/\.(cjs|cts)$/.test(file)) return false;
  let scope = packageScope(file);
  if (scope && scope.pkg.type === 'module') return true;
  if (scope && scope.pkg.type === 'commonjs') return false;
  return ESM_SYNTAX.test(source);
}

function registerSourceMap(file, code) {
  let m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(code.slice(-4096));
  if (m && !m[1].startsWith('data:')) native.registerSourceMapFile(file, resolvePath(dirname(file), m[1]));
}

// ---- records: { id, kind: 'cjs'|'esm'|'builtin', state, ns, importers, ... } ----

function getRecord(resolved) {
  if (resolved.builtin) return builtinRecord(resolved.builtin);
  let file = resolved.file;
  let existing = records.get(file);
  if (existing) return existing;
  let code = native.readFile(file);
  if (code == null) throw notFound(file, file, true);
  if (code.charCodeAt(0) === 0xfeff) code = code.slice(1);
  if (file.endsWith('.json')) return jsonRecord(file, code);
  if (code.startsWith(SYSTEM_MARK)) {
    registerSourceMap(file, code);
    return systemRecord(file, code);
  }
  if (code.startsWith(CJS_MARK)) {
    registerSourceMap(file, code);
    return cjsRecord(file, native.compile(code, file, CJS_PARAMS));
  }
  if (/\.(ts|mts|cts)$/.test(file) || isEsm(file, code)) return loweredRecord(file, code, '');
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

function builtinRecord(name) {
  let key = 'builtin:' + name;
  let rec = records.get(key);
  if (!rec) {
    rec = { id: key, kind: 'builtin', state: 'evaluated', ns: namespaceOf(loadBuiltin(name)), importers: [] };
    records.set(key, rec);
  }
  return rec;
}

function jsonRecord(file, code) {
  let module = newCjsModule(file);
  try {
    module.exports = JSON.parse(code);
  } catch (e) {
    throw new SyntaxError(`${file}: ${e.message}`);
  }
  module.loaded = true;
  let rec = { id: file, kind: 'cjs', module, state: 'evaluated', ns: null, importers: [] };
  records.set(file, rec);
  requireCache[file] = module;
  return rec;
}

function loweredRecord(file, code, reason) {
  let lowered = native.lower(file, code, reason);
  if (lowered.startsWith(SYSTEM_MARK)) return systemRecord(file, lowered);
  return cjsRecord(file, native.compile(lowered, file, CJS_PARAMS));
}

function newCjsModule(file) {
  let module = { id: file, filename: file, path: dirname(file), loaded: false, exports: {}, children: [], paths: [] };
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
  if (rec.importers.length) notify(rec, cjsNamespace(rec));
}

function namespaceOf(exports) {
  let ns = Object.create(null);
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (let key of Object.keys(exports)) if (key !== 'default') ns[key] = exports[key];
  }
  ns.default = exports;
  return ns;
}

function cjsNamespace(rec) {
  if (!rec.ns || rec.nsFor !== rec.module.exports) {
    rec.ns = namespaceOf(rec.module.exports);
    rec.nsFor = rec.module.exports;
  }
  return rec.ns;
}

function namespace(rec) {
  return rec.kind === 'cjs' ? cjsNamespace(rec) : rec.ns;
}

function notify(rec, ns) {
  for (let i = 0; i < rec.importers.length; i++) rec.importers[i](ns);
}

// ---- ES modules in System.register form ----

function systemRecord(file, code) {
  let rec = { id: file, kind: 'esm', state: 'new', ns: Object.create(null), importers: [], deps: [], depSpecs: [] };
  Object.defineProperty(rec.ns, Symbol.toStringTag, { value: 'Module' });
  records.set(file, rec);
  let registration = null;
  let System = {
    register(deps, declare) {
      if (typeof deps === 'string') { deps = declare; declare = arguments[2]; } // named form
      registration = { deps, declare };
    },
  };
  let fn = native.compile(code, file, 'System,require,module,__filename,__dirname');
  let fakeModule = { exports: {}, id: file, filename: file };
  try {
    fn.call(undefined, System, makeRequire(file), fakeModule, file, dirname(file));
  } catch (e) {
    records.delete(file);
    throw e;
  }
  if (!registration) {
    records.delete(file);
    throw new SyntaxError(`${file} is marked as a lowered ES module but did not call System.register`);
  }
  let url = 'file://' + file;
  let exportFn = function (name, value) {
    if (typeof name === 'object' && name !== null) {
      for (let key of Object.keys(name)) rec.ns[key] = name[key];
    } else {
      rec.ns[name] = value;
    }
    notify(rec, rec.ns);
    return value;
  };
  let meta = {
    url,
    filename: file,
    dirname: dirname(file),
    resolve: spec => {
      let r = resolve(spec, file, true);
      return r.builtin ? 'node:' + r.builtin : 'file://' + r.file;
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
      let dep = getRecord(resolve(rec.depSpecs[i], rec.id, true));
      rec.deps.push(dep);
      link(dep);
      let setter = rec.setters[i];
      if (setter) {
        dep.importers.push(setter);
        if (dep.kind !== 'cjs' || dep.state === 'evaluated') setter(namespace(dep));
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
  let pending = null;
  try {
    // forEach gives each closure its own `dep` (Rhino's loop `let` is not per-iteration)
    rec.deps.forEach(dep => {
      if (pending) pending = pending.then(() => evaluate(dep));
      else {
        let r = evaluate(dep);
        if (isThenable(r)) pending = Promise.resolve(r);
      }
    });
    let result = pending ? pending.then(run) : run();
    if (isThenable(result)) {
      rec.pending = Promise.resolve(result).then(() => {
        rec.pending = null;
      }, fail);
      rec.state = 'evaluated';
      return rec.pending;
    }
  } catch (e) {
    fail(e);
  }
  rec.state = 'evaluated';
  return undefined;
}

function loadModule(spec, parent) {
  let rec = getRecord(resolve(spec, parent, true));
  link(rec);
  return rec;
}

function dynamicImport(spec, parent) {
  return new Promise((resolvePromise, reject) => {
    let rec = loadModule(String(spec), parent);
    let r = evaluate(rec);
    if (isThenable(r)) r.then(() => resolvePromise(namespace(rec)), reject);
    else resolvePromise(namespace(rec));
  });
}

// ---- require ----

function requireFrom(spec, parent) {
  if (typeof spec !== 'string') throw new TypeError('The "id" argument must be of type string. Received ' + typeof spec);
  let resolved = resolve(spec, parent, false);
  if (resolved.builtin) return loadBuiltin(resolved.builtin);
  let rec = getRecord(resolved);
  if (rec.kind === 'cjs') {
    runCjs(rec);
    return rec.module.exports;
  }
  link(rec);
  if (isThenable(evaluate(rec))) {
    let err = new Error(`require() cannot be used on an ES module with top-level await: ${rec.id}. Use import() instead.`);
    err.code = 'ERR_REQUIRE_ASYNC_MODULE';
    throw err;
  }
  return rec.ns;
}

function makeRequire(parent) {
  let req = spec => requireFrom(spec, parent);
  req.resolve = spec => {
    let r = resolve(spec, parent, false);
    return r.builtin ? r.builtin : r.file;
  };
  req.resolve.paths = () => [];
  req.cache = requireCache;
  req.main = undefined;
  return req;
}

function createRequire(from) {
  let file = String(from && from.href !== undefined ? from.href : from);
  if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
  if (file.charAt(0) !== '/') throw new TypeError(`createRequire() needs an absolute path or file URL, got ${file}`);
  return makeRequire(file.endsWith('/') ? file + 'noop.js' : file);
}

// The entry point: returns undefined when it ran synchronously, else a Promise of its completion.
function runMain(file) {
  let rec = getRecord({ file: native.realpath(file) });
  if (rec.kind === 'cjs') {
    rec.module.id = '.';
    runCjs(rec);
    return undefined;
  }
  link(rec);
  return evaluate(rec);
}

function importFile(file) {
  return dynamicImport('file://' + native.realpath(file), file);
}

module.exports = { builtinNames: () => native.builtinNames(), requireBuiltin, loadBuiltin, createRequire, makeRequire, runMain, importFile, dynamicImport, records };
