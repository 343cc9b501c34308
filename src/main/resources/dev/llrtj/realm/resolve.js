// Node's module resolution: relative and absolute paths, extensions, directories with index.* and package.json
// main, node_modules lookup, package "exports"/"imports" with conditions, built-ins (node: prefix).
'use strict';

let sdk = null; // sdk.js, loaded by the first bare specifier that misses node_modules

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.json', '.ts', '.mts', '.cts'];
// Node's conditions (and 'llrt'); like Node, neither the bundlers' "module" condition nor package.json "module":
// they would load a second, ESM copy of a package that require() loads as CommonJS, and lower it file by file
const IMPORT_CONDITIONS = ['llrt', 'node', 'import', 'module-sync', 'default'];
const REQUIRE_CONDITIONS = ['llrt', 'node', 'require', 'module-sync', 'default'];

const packageJsonCache = new Map();
// `import x`, `import {`, `import '...'`, `export ...` at a statement start; not `imports.push(...)` or `important = 1`

function dirname(p) {
  let i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function normalize(p) {
  let out = [];
  for (let part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return '/' + out.join('/');
}

function resolvePath(base, p) {
  return normalize(p.charAt(0) === '/' ? p : base + '/' + p);
}

// import specifiers are URLs (a relative one too): drop ?query and #fragment and percent-decode, as Node does;
// require() takes paths as they are
function toPath(spec, esm) {
  if (spec.startsWith('file://')) spec = spec.slice(7);
  else if (!esm || !/^\.{0,2}\//.test(spec)) return spec;
  return decodeURIComponent(spec.replace(/[?#].*$/, ''));
}

// as Node's url.pathToFileURL: '%', spaces, '?' and '#' are escaped so toPath() gives the path back
function toFileUrl(path) {
  return 'file://' + encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}

function builtinName(spec) {
  let name = spec.startsWith('node:') ? spec.slice(5) : spec;
  name = native.builtinAlias(name) || name; // vitest, @jest/globals: the rooms' descriptors list them
  return native.hasBuiltin(name) ? name : null;
}

function notFound(spec, parent, esm) {
  let err = new Error(esm
    ? `Cannot find ${spec.charAt(0) === '.' || spec.charAt(0) === '/' ? 'module' : 'package'} '${spec}' imported from ${parent}`
    : `Cannot find module '${spec}'\nRequire stack:\n- ${parent}`);
  err.code = esm ? 'ERR_MODULE_NOT_FOUND' : 'MODULE_NOT_FOUND';
  if (!esm) err.requireStack = [parent];
  return err;
}

function readPackageJson(dir) {
  if (packageJsonCache.has(dir)) return packageJsonCache.get(dir);
  let text = native.readFile(dir + '/package.json');
  let pkg = null;
  if (text != null) {
    try {
      pkg = JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(`Invalid package.json ${dir}/package.json: ${e.message}`);
    }
  }
  packageJsonCache.set(dir, pkg);
  return pkg;
}

function packageScope(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    let pkg = readPackageJson(dir);
    if (pkg) return { dir, pkg };
    if (dir === '/' || dir.endsWith('/node_modules')) return null;
  }
}

// .mjs, "type": "module", or (as Node 22 detects) ES module syntax in a file of no declared type
function isEsm(file, source) {
  if (/\.(mjs|mts)$/.test(file)) return true;
  if (/\.(cjs|cts)$/.test(file)) return false;
  let scope = packageScope(file);
  if (scope && scope.pkg.type === 'module') return true;
  if (scope && scope.pkg.type === 'commonjs') return false;
  return native.hasModuleSyntax(source); // lowering.LoweringNeed, shared with `llrt invoke`'s pre-lowering
}

function tryFile(p) {
  return native.stat(p) === 1 ? native.realpath(p) : null;
}

function tryExtensions(p) {
  for (let ext of EXTENSIONS) {
    let f = tryFile(p + ext);
    if (f) return f;
  }
  // TypeScript sources import './x.js' meaning './x.ts'
  let m = /\.(m|c)?js$/.exec(p);
  if (m) return tryFile(p.slice(0, -m[0].length) + '.' + (m[1] || '') + 'ts');
  return null;
}

function tryDirectory(dir) {
  if (native.stat(dir) !== 2) return null;
  let pkg = readPackageJson(dir);
  if (pkg && typeof pkg.main === 'string') {
    let target = resolvePath(dir, pkg.main);
    let found = tryFile(target) || tryExtensions(target) || tryIndex(target);
    if (found) return found;
  }
  return tryIndex(dir);
}

function tryIndex(dir) {
  return native.stat(dir) === 2 ? tryExtensions(dir + '/index') : null;
}

function resolveFile(p) {
  return tryFile(p) || tryExtensions(p) || tryDirectory(p);
}

// a target of "exports"/"imports" under the conditions: a string, null when explicitly excluded (a null target
// stops the search, as in Node), undefined when nothing matched
function matchConditions(target, conditions, subst) {
  if (typeof target === 'string') return subst === undefined ? target : target.split('*').join(subst);
  if (target === null) return null;
  let excluded = false;
  if (Array.isArray(target)) {
    for (let i = 0; i < target.length; i++) {
      let r = matchConditions(target[i], conditions, subst);
      if (r) return r;
      if (r === null) excluded = true;
    }
    return excluded ? null : undefined;
  }
  if (typeof target === 'object') {
    let keys = Object.keys(target);
    for (let i = 0; i < keys.length; i++) {
      if (conditions.indexOf(keys[i]) < 0) continue;
      let r = matchConditions(target[keys[i]], conditions, subst);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

function resolveExportsMap(map, subpath, conditions) {
  let isSubpathMap = map && typeof map === 'object' && !Array.isArray(map) &&
    Object.keys(map).some(k => k.charAt(0) === '.' || k.charAt(0) === '#');
  if (!isSubpathMap) return subpath === '.' ? matchConditions(map, conditions) : undefined;
  if (Object.prototype.hasOwnProperty.call(map, subpath) && subpath.indexOf('*') < 0) {
    return matchConditions(map[subpath], conditions);
  }
  // the most specific pattern wins: the longest part before '*', then the longest key (Node's PATTERN_KEY_COMPARE)
  let best = null;
  Object.keys(map).forEach(key => {
    let star = key.indexOf('*');
    if (star < 0 || key.indexOf('*', star + 1) >= 0) return;
    let prefix = key.slice(0, star), suffix = key.slice(star + 1);
    if (subpath.length < key.length || !subpath.startsWith(prefix) || !subpath.endsWith(suffix)) return;
    let bestStar = best ? best.indexOf('*') : -1;
    if (!best || star > bestStar || (star === bestStar && key.length > best.length)) best = key;
  });
  if (!best) return undefined;
  let star = best.indexOf('*');
  return matchConditions(map[best], conditions, subpath.slice(star, subpath.length - (best.length - star - 1)));
}

// the file a package's "exports" gives subpath, or ERR_PACKAGE_PATH_NOT_EXPORTED
function resolveExports(pkgDir, pkg, subpath, conditions, spec, parent, esm) {
  let target = resolveExportsMap(pkg.exports, subpath, conditions);
  if (!target) {
    let err = new Error(subpath === '.'
      ? `No "exports" main defined in ${pkgDir}/package.json imported from ${parent}`
      : `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json imported from ${parent}`);
    err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
    throw err;
  }
  let found = tryFile(resolvePath(pkgDir, target));
  if (!found) throw notFound(spec, parent, esm);
  return found;
}

function resolvePackage(spec, parentDir, conditions, parent, esm) {
  let parts = spec.split('/');
  let name = spec.charAt(0) === '@' ? parts.slice(0, 2).join('/') : parts[0];
  let rest = spec.slice(name.length);
  // a package may import itself by name through its own "exports"
  let scope = packageScope(parent);
  if (scope && scope.pkg.name === name && scope.pkg.exports != null) {
    return resolveExports(scope.dir, scope.pkg, '.' + rest, conditions, spec, parent, esm);
  }
  let dirs = nodeModulePaths(parentDir);
  for (let i = 0; i < dirs.length; i++) {
    let pkgDir = dirs[i] + '/' + name;
    if (native.stat(pkgDir) !== 2) continue;
    let pkg = readPackageJson(pkgDir);
    if (pkg && pkg.exports != null) return resolveExports(pkgDir, pkg, '.' + rest, conditions, spec, parent, esm);
    // without "exports", a package missing the file lets the search go on up, as Node's require does
    let found = rest ? resolveFile(pkgDir + rest) : tryDirectory(pkgDir);
    if (found) return found;
  }
  throw notFound(spec, parent, esm);
}

function resolveImports(spec, parent, conditions, esm) {
  let scope = packageScope(parent);
  let target = scope && scope.pkg.imports ? resolveExportsMap(scope.pkg.imports, spec, conditions) : null;
  if (!target) {
    let where = scope ? ` in package ${scope.dir}/package.json` : '';
    let err = new TypeError(`Package import specifier "${spec}" is not defined${where} imported from ${parent}`);
    err.code = 'ERR_PACKAGE_IMPORT_NOT_DEFINED';
    throw err;
  }
  if (target.charAt(0) === '.') {
    let found = resolveFile(resolvePath(scope.dir, target));
    if (!found) throw notFound(spec, parent, esm);
    return { file: found };
  }
  // "#dep": "some-package" maps to a package (or built-in) resolved from the package's own folder
  return resolve(target, scope.dir + '/package.json', esm);
}

function unknownBuiltin(spec) {
  let err = new Error(`No such built-in module: ${spec}`);
  err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
  return err;
}

// the node_modules folders a bare specifier is looked up in from dir, nearest first (module.paths)
function nodeModulePaths(dir) {
  let out = [];
  for (let d = dir; ; d = dirname(d)) {
    if (!d.endsWith('/node_modules')) out.push((d === '/' ? '' : d) + '/node_modules');
    if (d === '/') return out;
  }
}

// -> { builtin: name } | { file: absolute path, sdk?: the specifier when the embedded SDK answered it }
function resolve(spec, parent, esm) {
  let conditions = esm ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
  let builtin = builtinName(spec);
  if (builtin) return { builtin };
  if (spec.startsWith('node:')) throw unknownBuiltin(spec);
  if (spec.startsWith('llrt:')) throw notFound(spec, parent, esm);
  let parentDir = dirname(parent);
  let p = toPath(spec, esm);
  if (p.charAt(0) === '/' || p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../')) {
    let found = resolveFile(resolvePath(parentDir, p));
    if (!found) throw notFound(spec, parent, esm);
    return { file: found };
  }
  if (p.charAt(0) === '#') return resolveImports(p, parent, conditions, esm);
  try {
    return { file: resolvePackage(p, parentDir, conditions, parent, esm) };
  } catch (e) {
    // the embedded AWS SDK answers only what the handler does not ship itself (its own copy wins)
    let embedded = e.code === 'MODULE_NOT_FOUND' || e.code === 'ERR_MODULE_NOT_FOUND' ? (sdk || (sdk = require('sdk'))).lookup(p) : null;
    if (!embedded) throw e;
    return { file: embedded, sdk: p };
  }
}

module.exports = { dirname, normalize, resolvePath, toPath, toFileUrl, resolve, builtinName, packageScope, isEsm, notFound, nodeModulePaths };
