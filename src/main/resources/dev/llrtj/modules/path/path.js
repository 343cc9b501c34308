'use strict';
// Node-compatible POSIX `path`. Lambda runs on Linux, so `path.win32` is the POSIX implementation too:
// code that asks for win32 explicitly is rare, and a wrong-but-working answer beats a missing module.

function assertPath(p, name) {
  if (typeof p !== 'string') {
    let err = new TypeError('The "' + (name || 'path') + '" argument must be of type string. Received ' +
      (p === null ? 'null' : typeof p === 'object' ? 'an instance of ' + ((p.constructor && p.constructor.name) || 'Object') : 'type ' + typeof p + ' (' + String(p) + ')'));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function cwd() {
  if (typeof native !== 'undefined' && native && typeof native.cwd === 'function') return String(native.cwd());
  if (typeof process !== 'undefined' && process && typeof process.cwd === 'function') return String(process.cwd());
  return '/';
}

// Resolves '.' and '..' segments; `allowAboveRoot` keeps leading '..' for relative paths.
function normalizeSegments(path, allowAboveRoot) {
  let out = [];
  let parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    let seg = parts[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

function resolve() {
  let resolved = '';
  let absolute = false;
  for (let i = arguments.length - 1; i >= -1 && !absolute; i--) {
    let p = i >= 0 ? arguments[i] : cwd();
    assertPath(p, 'paths[' + i + ']');
    if (p.length === 0) continue;
    resolved = p + '/' + resolved;
    absolute = p.charCodeAt(0) === 47;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return '/' + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(p) {
  assertPath(p);
  if (p.length === 0) return '.';
  let absolute = p.charCodeAt(0) === 47;
  let trailing = p.charCodeAt(p.length - 1) === 47;
  let out = normalizeSegments(p, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? '/' + out : out;
}

function isAbsolute(p) {
  assertPath(p);
  return p.length > 0 && p.charCodeAt(0) === 47;
}

function join() {
  if (arguments.length === 0) return '.';
  let joined;
  for (let i = 0; i < arguments.length; i++) {
    let arg = arguments[i];
    assertPath(arg);
    if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
  }
  return joined === undefined ? '.' : normalize(joined);
}

function relative(from, to) {
  assertPath(from, 'from');
  assertPath(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  let fromParts = from === '/' ? [] : from.slice(1).split('/');
  let toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  let up = [];
  for (let i = common; i < fromParts.length; i++) up.push('..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(p) {
  return p;
}

function dirname(p) {
  assertPath(p);
  if (p.length === 0) return '.';
  let hasRoot = p.charCodeAt(0) === 47;
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 1; --i) {
    if (p.charCodeAt(i) === 47) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return p.slice(0, end);
}

function basename(p, ext) {
  if (ext !== undefined) assertPath(ext, 'ext');
  assertPath(p);
  if (ext !== undefined && ext.length > 0 && ext.length <= p.length) return basenameWithExt(p, ext);
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '';
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}

// Mirrors Node's single backwards scan, including its quirks (basename('/a/b/', 'bbb') is 'b/'),
// because code in the wild depends on exact results.
function basenameWithExt(p, ext) {
  if (ext === p) return '';
  let extIdx = ext.length - 1;
  let firstNonSlashEnd = -1;
  let start = 0;
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 0; --i) {
    let code = p.charCodeAt(i);
    if (code === 47) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (firstNonSlashEnd === -1) {
      matchedSlash = false;
      firstNonSlashEnd = i + 1;
    }
    if (extIdx >= 0) {
      if (code === ext.charCodeAt(extIdx)) {
        if (--extIdx === -1) end = i;
      } else {
        extIdx = -1;
        end = firstNonSlashEnd;
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = p.length;
  return p.slice(start, end);
}

function extname(p) {
  assertPath(p);
  let base = basename(p);
  let dot = base.lastIndexOf('.');
  // A leading dot names a hidden file ('.bashrc'), not an extension; '..' has none either.
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') {
    let err = new TypeError('The "pathObject" argument must be of type object. Received ' + (obj === null ? 'null' : 'type ' + typeof obj));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let dir = obj.dir || obj.root;
  let base = obj.base || ((obj.name || '') + (obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''));
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

function parse(p) {
  assertPath(p);
  let ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  let absolute = p.charCodeAt(0) === 47;
  if (absolute) ret.root = '/';
  let end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
  if (absolute && end === 1) {
    ret.dir = '/';
    return ret;
  }
  let trimmed = p.slice(0, end);
  let slash = trimmed.lastIndexOf('/');
  ret.base = trimmed.slice(slash + 1);
  let dot = ret.base.lastIndexOf('.');
  if (dot <= 0 || ret.base === '..') {
    ret.name = ret.base;
  } else {
    ret.name = ret.base.slice(0, dot);
    ret.ext = ret.base.slice(dot);
  }
  if (slash > 0) ret.dir = trimmed.slice(0, slash);
  else if (absolute) ret.dir = '/';
  return ret;
}

function matchesGlob(p, pattern) {
  assertPath(p);
  assertPath(pattern, 'pattern');
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
        if (pattern[i + 1] === '/') i++;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(re + '$').test(p);
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve: resolve,
  normalize: normalize,
  isAbsolute: isAbsolute,
  join: join,
  relative: relative,
  toNamespacedPath: toNamespacedPath,
  dirname: dirname,
  basename: basename,
  extname: extname,
  format: format,
  parse: parse,
  matchesGlob: matchesGlob,
};
posix.posix = posix;
posix.win32 = posix;

module.exports = posix;
