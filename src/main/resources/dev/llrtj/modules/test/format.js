// Prints values the way Jest's failure messages do (pretty-format conventions: double-quoted strings,
// sorted keys, `[Function name]`, `Map {"k" => v}`), so messages and diffs read like the ones users know.
// Written here rather than taken from util.inspect because diffs need stable, line-per-property output.

const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');
const toStr = Object.prototype.toString;

// Object.is, written out: Rhino 1.9.1's Object.is(n, 3) is false when n was produced by n++ (Integer vs Double).
function sameValue(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isAsymmetric(value) {
  return value != null && (typeof value === 'object' || typeof value === 'function') && value.$$typeof === ASYMMETRIC;
}

// snapshots print strings unescaped (Jest 29's snapshotFormat escapeString: false); set only while format() runs
let escapeStrings = true;

function quote(s) {
  return '"' + (escapeStrings ? s.replace(/["\\]/g, '\\$&') : s) + '"';
}

function printPrimitive(val) {
  switch (typeof val) {
    case 'undefined': return 'undefined';
    case 'boolean': return String(val);
    case 'number': return sameValue(val, -0) ? '-0' : String(val);
    case 'bigint': return String(val) + 'n';
    case 'string': return quote(val);
    case 'symbol': return String(val);
    case 'function': return '[Function ' + (val.name || 'anonymous') + ']';
  }
  if (val === null) return 'null';
  return null;
}

function constructorName(val) {
  let proto = Object.getPrototypeOf(val);
  if (proto === null) return 'Object';
  let ctor = proto.constructor;
  return (typeof ctor === 'function' && ctor.name) || 'Object';
}

function ownKeys(val) {
  let keys = Object.keys(val).sort();
  let symbols = Object.getOwnPropertySymbols(val).filter(s => Object.getOwnPropertyDescriptor(val, s).enumerable);
  return keys.concat(symbols);
}

function isTypedArray(val) {
  return ArrayBuffer.isView(val) && !(val instanceof DataView);
}

// opts: { multiline: boolean (one item per line, trailing commas, as in diffs), maxDepth: number, escapeString }
function format(val, opts) {
  opts = opts || {};
  escapeStrings = opts.escapeString !== false;
  try {
    return print(val, '', 0, [], !!opts.multiline, opts.maxDepth == null ? 20 : opts.maxDepth);
  } finally {
    escapeStrings = true;
  }
}

function print(val, indent, depth, seen, multiline, maxDepth) {
  let prim = printPrimitive(val);
  if (prim !== null) return prim;
  if (isAsymmetric(val)) {
    return typeof val.toAsymmetricMatcher === 'function' ? val.toAsymmetricMatcher() : String(val);
  }
  let tag = toStr.call(val);
  if (tag === '[object Date]') return isNaN(val.getTime()) ? 'Date { NaN }' : val.toISOString();
  if (tag === '[object RegExp]') return String(val);
  if (val instanceof Error || tag === '[object Error]') return '[' + (val.name || 'Error') + ': ' + val.message + ']';
  if (typeof val !== 'object') return String(val);
  if (seen.indexOf(val) !== -1) return '[Circular]';
  let name = constructorName(val);
  if (tag === '[object Promise]') return 'Promise {}';
  if (depth >= maxDepth) return '[' + (Array.isArray(val) ? 'Array' : name) + ']';
  seen = seen.concat([val]);
  let inner = indent + '  ';
  let sub = v => print(v, inner, depth + 1, seen, multiline, maxDepth);
  let items;
  let open;
  let close;
  if (Array.isArray(val) || isTypedArray(val) || tag === '[object Arguments]') {
    items = [];
    for (let i = 0; i < val.length; i++) items.push(sub(val[i]));
    open = (Array.isArray(val) ? (name === 'Array' ? '' : name + ' ') : (tag === '[object Arguments]' ? 'Arguments ' : name + ' ')) + '[';
    close = ']';
  } else if (tag === '[object Map]') {
    items = [];
    val.forEach((v, k) => items.push(sub(k) + ' => ' + sub(v)));
    open = 'Map {';
    close = '}';
  } else if (tag === '[object Set]') {
    items = [];
    val.forEach(v => items.push(sub(v)));
    open = 'Set {';
    close = '}';
  } else if (tag === '[object ArrayBuffer]') {
    items = Array.prototype.map.call(new Uint8Array(val), b => String(b));
    open = 'ArrayBuffer [';
    close = ']';
  } else {
    items = ownKeys(val).map(k => (typeof k === 'symbol' ? String(k) : quote(k)) + ': ' + sub(val[k]));
    open = (name === 'Object' ? '' : name + ' ') + '{';
    close = '}';
  }
  if (items.length === 0) return open + close;
  if (!multiline) return open + items.join(', ') + close;
  return open + '\n' + items.map(s => inner + s + ',\n').join('') + indent + close;
}

// console.* formatting used when util.format is not available: strings raw, the rest printed.
function formatArgs(args) {
  return args.map(a => (typeof a === 'string' ? a : format(a))).join(' ');
}

exports.format = format;
exports.sameValue = sameValue;
exports.formatArgs = formatArgs;
exports.isAsymmetric = isAsymmetric;
exports.ASYMMETRIC = ASYMMETRIC;
exports.isTypedArray = isTypedArray;
