// Node's module resolution: relative and absolute paths, extensions, directories with index.* and package.json
// main/module, node_modules lookup, package "exports"/"imports" with conditions, built-ins (node: prefix).
'use strict';

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.json', '.ts', '.mts', '.cts'];
const ALIASES = { vitest: 'llrt:test', '@jest/globals': 'llrt:test' };
const IMPORT_CONDITIONS = ['llrt', 'node', 'import', 'module', 'default'];
const REQUIRE_CONDITIONS = ['llrt', 'node', 'require', 'module-sync', 'default'];

const packageJsonCache = new Map();

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

function toPath(spec) {
  return spec.startsWith('file://') ? decodeURIComponent(spec.slice(7)) : spec;
}

function builtinName(spec) {
  let name = spec.startsWith('node:') ? spec.slice(5) : spec;
  name = ALIASES[name] || name;
  return native.hasBuiltin(name) ? name : null;
}

function notFound(spec, parent, esm) {
  let err = new Error(esm
    ? `Cannot find ${spec.charAt(0) === '.' || spec.charAt(0) === '/' ? 'module' : 'package'} '${spec}' imported from ${parent}`
    : `Cannot find module '${spec}'\nRequire stack:\n- ${parent}`);
  err.code = esm ? 'ERR_MODULE_NOT_FOUND' : 'MODULE_NOT_FOUND';
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

function tryDirectory(dir, conditions) {
  if (native.stat(dir) !== 2) return null;
  let pkg = readPackageJson(dir);
  if (pkg) {
    let entry = conditions === IMPORT_CONDITIONS && typeof pkg.module === 'string' ? pkg.module : pkg.main;
    if (typeof entry === 'string') {
      let target = resolvePath(dir, entry);
      let found = tryFile(target) || tryExtensions(target) || tryIndex(target);
      if (found) return found;
    }
  }
  return tryIndex(dir);
}

function tryIndex(dir) {
  return native.stat(dir) === 2 ? tryExtensions(dir + '/index') : null;
}

function resolveFile(p, conditions) {
  return tryFile(p) || tryExtensions(p) || tryDirectory(p, conditions);
}

function matchConditions(target, conditions, subst) {
  if (typeof target === 'string') return subst === undefined ? target : target.split('*').join(subst);
  if (Array.isArray(target)) {
    for (let i = 0; i < target.length; i++) {
      let r = matchConditions(target[i], conditions, subst);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (let key of Object.keys(target)) {
      if (conditions.indexOf(key) >= 0) {
        let r = matchConditions(target[key], conditions, subst);
        if (r) return r;
      }
    }
  }
  return null;
}

function resolveExportsMap(map, subpath, conditions) {
  let isSubpathMap = map && typeof map === 'object' && !Array.isArray(map) &&
    Object.keys(map).some(k => k.charAt(0) === '.' || k.charAt(0) === '#');
  if (!isSubpathMap) return subpath === '.' ? matchConditions(map, conditions) : null;
  if (Object.prototype.hasOwnProperty.call(map, subpath) && subpath.indexOf('*') < 0) {
    return matchConditions(map[subpath], conditions);
  }
  let best = null, bestKey = '';
  for (let key of Object.keys(map)) {
    let star = key.indexOf('*');
    if (star < 0) continue;
    let prefix = key.slice(0, star), suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1 &&
        prefix.length > bestKey.indexOf('*')) {
      best = key;
      bestKey = key;
    }
  }
  if (best) {
    let star = best.indexOf('*');
    let matched = subpath.slice(star, subpath.length - (best.length - star - 1));
    return matchConditions(map[best], conditions, matched);
  }
  return null;
}

function resolvePackage(spec, parentDir, conditions, parent, esm) {
  let parts = spec.split('/');
  let name = spec.charAt(0) === '@' ? parts.slice(0, 2).join('/') : parts[0];
  let rest = spec.slice(name.length);
  let subpath = '.' + rest;
  // a package may import itself by name through its own "exports"
  let scope = packageScope(parent);
  if (scope && scope.pkg.name === name && scope.pkg.exports !== undefined) {
    let t = resolveExportsMap(scope.pkg.exports, subpath, conditions);
    if (t) return resolveFile(resolvePath(scope.dir, t), conditions) || (() => { throw notFound(spec, parent, esm); })();
  }
  for (let dir = parentDir; ; dir = dirname(dir)) {
    if (!dir.endsWith('/node_modules')) {
      let pkgDir = (dir === '/' ? '' : dir) + '/node_modules/' + name;
      if (native.stat(pkgDir) === 2) {
        let pkg = readPackageJson(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          let target = resolveExportsMap(pkg.exports, subpath, conditions);
          if (!target) {
            let err = new Error(`Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json imported from ${parent}`);
            err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
            throw err;
          }
          let found = tryFile(resolvePath(pkgDir, target));
          if (found) return found;
        } else {
          let found = rest ? resolveFile(pkgDir + rest, conditions) : tryDirectory(pkgDir, conditions);
          if (found) return found;
        }
      }
    }
    if (dir === '/') break;
  }
  throw notFound(spec, parent, esm);
}

function resolveImports(spec, parent, conditions, esm) {
  let scope = packageScope(parent);
  let target = scope && scope.pkg.imports ? resolveExportsMap(scope.pkg.imports, spec, conditions) : null;
  if (!target) throw notFound(spec, parent, esm);
  if (target.charAt(0) === '.') return resolveFile(resolvePath(scope.dir, target), conditions) || (() => { throw notFound(spec, parent, esm); })();
  return resolve(target, scope.dir + '/package.json', esm);
}

// -> { builtin: name } | { file: absolute path }
function resolve(spec, parent, esm) {
  let conditions = esm ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
  let builtin = builtinName(spec);
  if (builtin) return { builtin };
  if (spec.startsWith('node:') || spec.startsWith('llrt:')) throw notFound(spec, parent, esm);
  let parentDir = dirname(parent);
  let p = toPath(spec);
  if (p.charAt(0) === '/' || p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../')) {
    let found = resolveFile(resolvePath(parentDir, p), conditions);
    if (!found) throw notFound(spec, parent, esm);
    return { file: found };
  }
  if (p.charAt(0) === '#') return { file: resolveImports(p, parent, conditions, esm) };
  return { file: resolvePackage(p, parentDir, conditions, parent, esm) };
}

module.exports = { dirname, normalize, resolvePath, resolve, builtinName, packageScope, notFound };
