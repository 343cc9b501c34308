'use strict';
// Node-compatible `util`. Runs unlowered on Rhino 1.9.1 (ES6 subset): no class/async/call-spread.
// inspect() reproduces Node's layout rules (breakLength, compact=3 grouping, numeric column grouping)
// because users diff console output against what Node prints.

const globalObj = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();
const objToString = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (v) => objToString.call(v);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');

// Rhino gives generator functions a null prototype, so derive the reference from a real one.
const generatorFunctionProto = Object.getPrototypeOf(function* () {});
let asyncFunctionProto = null;
try { asyncFunctionProto = Object.getPrototypeOf(new Function('return async function () {}')()); } catch (e) { /* Rhino: no async */ }

function brand(fn, v) {
  try { fn.call(v); return true; } catch (e) { return false; }
}

const types = {
  isDate: (v) => v !== null && typeof v === 'object' && brand(Date.prototype.getTime, v),
  isRegExp: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object RegExp]' && v instanceof RegExp,
  isMap: (v) => v !== null && typeof v === 'object' && brand(function () { return Map.prototype.has.call(this, undefined); }, v),
  isSet: (v) => v !== null && typeof v === 'object' && brand(function () { return Set.prototype.has.call(this, undefined); }, v),
  isWeakMap: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object WeakMap]',
  isWeakSet: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object WeakSet]',
  isPromise: (v) => v !== null && typeof v === 'object' && (v instanceof Promise || tagOf(v) === '[object Promise]'),
  isArrayBuffer: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object ArrayBuffer]',
  isDataView: (v) => v !== null && typeof v === 'object' && ArrayBuffer.isView(v) && tagOf(v) === '[object DataView]',
  isTypedArray: (v) => v !== null && typeof v === 'object' && ArrayBuffer.isView(v) && tagOf(v) !== '[object DataView]',
  isUint8Array: (v) => types.isTypedArray(v) && v[Symbol.toStringTag] === 'Uint8Array',
  isNativeError: (v) => v !== null && typeof v === 'object' && (tagOf(v) === '[object Error]' || v instanceof Error),
  isGeneratorFunction: (v) => typeof v === 'function' &&
    ((generatorFunctionProto !== null && Object.getPrototypeOf(v) === generatorFunctionProto) ||
     tagOf(v) === '[object GeneratorFunction]' || tagOf(v) === '[object __GeneratorFunction]'),
  isAsyncFunction: (v) => typeof v === 'function' &&
    ((asyncFunctionProto !== null && Object.getPrototypeOf(v) === asyncFunctionProto) || tagOf(v) === '[object AsyncFunction]'),
  isBoxedPrimitive: (v) => v !== null && typeof v === 'object' && boxedType(v) !== undefined,
  isArgumentsObject: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object Arguments]',
  isMapIterator: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object Map Iterator]',
  isSetIterator: (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object Set Iterator]',
};
types.isAnyArrayBuffer = types.isArrayBuffer;

function boxedType(v) {
  if (v instanceof Number || tagOf(v) === '[object Number]') return brand(Number.prototype.valueOf, v) ? 'Number' : undefined;
  if (v instanceof String || tagOf(v) === '[object String]') return brand(String.prototype.valueOf, v) ? 'String' : undefined;
  if (v instanceof Boolean || tagOf(v) === '[object Boolean]') return brand(Boolean.prototype.valueOf, v) ? 'Boolean' : undefined;
  if (typeof BigInt === 'function' && tagOf(v) === '[object BigInt]') return brand(BigInt.prototype.valueOf, v) ? 'BigInt' : undefined;
  if (tagOf(v) === '[object Symbol]') return brand(Symbol.prototype.valueOf, v) ? 'Symbol' : undefined;
  return undefined;
}

const boxedValueOf = {
  Number: Number.prototype.valueOf, String: String.prototype.valueOf, Boolean: Boolean.prototype.valueOf,
  Symbol: Symbol.prototype.valueOf, BigInt: typeof BigInt === 'function' ? BigInt.prototype.valueOf : null,
};

const isError = (v) => types.isNativeError(v);

// ---------------------------------------------------------------------------------------------
// inspect

const inspectDefaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
};

// Names whose prototypes count as "built in" when deciding how %s prints an object.
const builtInNames = new Set(['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'AggregateError', 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect']);

const ARRAY_TYPE = 1;
const OBJECT_TYPE = 0;
const plainKeyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const minLineWidth = 16;

const escapeTable = ['\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07', '\\b', '\\t', '\\n',
  '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F', '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16',
  '\\x17', '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'];

function quoteString(str) {
  let quote = "'";
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = '"';
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = '`';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    let rep;
    if (c < 0x20) rep = escapeTable[c];
    else if (c === 0x7f) rep = '\\x7F';
    else if (c === 0x5c) rep = '\\\\';
    else if (str[i] === quote) rep = '\\' + quote;
    else if (c >= 0xd800 && c <= 0xdfff) {
      let next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      rep = '\\u' + c.toString(16).toUpperCase();
    } else continue;
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return quote + out + str.slice(last) + quote;
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        let remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > minLineWidth && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are split after each newline so every source line starts its own quoted piece.
        let pieces = splitAfterNewlines(value);
        return pieces.map(quoteString).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
      }
      return quoteString(value) + trailer;
    }
    case 'number': return formatNumber(value);
    case 'bigint': return String(value) + 'n';
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    default: return symbolToString(value);
  }
}

function splitAfterNewlines(str) {
  let pieces = [];
  let start = 0;
  let nl;
  while ((nl = str.indexOf('\n', start)) !== -1 && nl + 1 < str.length) {
    pieces.push(str.slice(start, nl + 1));
    start = nl + 1;
  }
  pieces.push(str.slice(start));
  return pieces;
}

function symbolToString(sym) {
  return Symbol.prototype.toString.call(sym);
}

function isIndexKey(k) {
  return typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}

function ownSymbols(value, showHidden) {
  let syms = Object.getOwnPropertySymbols(value);
  return showHidden ? syms : syms.filter((s) => isEnumerable(value, s));
}

function getKeys(value, showHidden) {
  let keys;
  try {
    keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  } catch (e) {
    keys = [];
  }
  return keys.concat(ownSymbols(value, showHidden));
}

function getNonIndexKeys(value, showHidden) {
  // Rhino omits typed-array indices from getOwnPropertyNames but lists them in keys(): filter both ways.
  let names = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  names = names.filter((k) => !isIndexKey(k));
  if (showHidden && Array.isArray(value) && names.indexOf('length') === -1) names.unshift('length');
  return names.concat(ownSymbols(value, showHidden));
}

function instanceOfSafe(obj, ctor) {
  try { return obj instanceof ctor; } catch (e) { return false; }
}

function getConstructorName(obj) {
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    let desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' && instanceOfSafe(obj, desc.value)) {
      return String(desc.value.name);
    }
    proto = Object.getPrototypeOf(proto);
  }
  if (typeof obj === 'function' && types.isGeneratorFunction(obj)) return 'GeneratorFunction';
  return null;
}

function getPrefix(ctorName, tag, fallback, size) {
  size = size || '';
  if (ctorName === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && ctorName !== tag) return ctorName + size + ' [' + tag + '] ';
  return ctorName + size + ' ';
}

function formatValue(ctx, value, recurseTimes, isTypedArrayEntry) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
  if (value === null) return 'null';
  if (ctx.customInspect) {
    let custom;
    try { custom = value[customInspectSymbol]; } catch (e) { custom = undefined; }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      let depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      let opts = Object.assign({}, ctx.userOptions, { depth: depth, stylize: (s) => s, indentationLvl: ctx.indentationLvl });
      let ret = custom.call(value, depth, opts, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
  }
  if (ctx.seen.indexOf(value) !== -1) {
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return '[Circular *' + index + ']';
  }
  return formatRaw(ctx, value, recurseTimes, isTypedArrayEntry);
}

function formatRaw(ctx, value, recurseTimes, isTypedArrayEntry) {
  let keys;
  let ctorName = getConstructorName(value);
  let tag = '';
  try { tag = value[Symbol.toStringTag]; } catch (e) { tag = ''; }
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) tag = '';
  let base = '';
  let formatter = () => [];
  let braces;
  let extrasType = OBJECT_TYPE;
  let handled = false;

  if (Array.isArray(value)) {
    handled = true;
    let prefix = (ctorName !== 'Array' || tag !== '') ? getPrefix(ctorName, tag, 'Array', '(' + value.length + ')') : '';
    keys = getNonIndexKeys(value, ctx.showHidden);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = ARRAY_TYPE;
    formatter = formatArray;
  } else if (types.isSet(value)) {
    handled = true;
    let prefix = getPrefix(ctorName, tag, 'Set', '(' + value.size + ')');
    keys = getKeys(value, ctx.showHidden);
    formatter = (c, v, r) => formatCollection(c, Array.from(Set.prototype.values.call(value)), r, null);
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (types.isMap(value)) {
    handled = true;
    let prefix = getPrefix(ctorName, tag, 'Map', '(' + value.size + ')');
    keys = getKeys(value, ctx.showHidden);
    formatter = (c, v, r) => formatCollection(c, Array.from(Map.prototype.entries.call(value)), r, ' => ');
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (types.isTypedArray(value)) {
    handled = true;
    keys = getNonIndexKeys(value, ctx.showHidden);
    let fallback = ctorName === null ? String(value[Symbol.toStringTag]) : '';
    let prefix = getPrefix(ctorName, tag, fallback, '(' + value.length + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    formatter = formatTypedArray;
    extrasType = ARRAY_TYPE;
  } else if (types.isMapIterator(value) || types.isSetIterator(value)) {
    handled = true;
    keys = getKeys(value, ctx.showHidden);
    let kind = types.isMapIterator(value) ? 'Map Iterator' : 'Set Iterator';
    braces = ['[' + (tag || kind) + '] {', '}'];
    formatter = () => ['<items unknown>'];
  }

  if (!handled) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (ctorName === 'Object' && typeof value !== 'function' && !isError(value)) {
      if (types.isArgumentsObject(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = getPrefix(ctorName, tag, 'Object') + '{';
      if (keys.length === 0) return braces[0] + '}';
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, ctorName, tag);
      keys = keys.filter((k) => k !== 'arity');
      if (keys.length === 0) return base;
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      let prefix = getPrefix(ctorName, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth)) return base;
    } else if (types.isDate(value)) {
      base = isNaN(value.getTime()) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      let prefix = getPrefix(ctorName, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0) return base;
    } else if (isError(value)) {
      base = formatError(value, ctorName, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (types.isArrayBuffer(value)) {
      let prefix = getPrefix(ctorName, tag, 'ArrayBuffer');
      braces[0] = prefix + '{';
      // A typed array's [buffer] already shows the bytes as the array's elements.
      formatter = isTypedArrayEntry ? (c, v) => ['byteLength: ' + formatNumber(v.byteLength)] : formatArrayBuffer;
    } else if (types.isPromise(value)) {
      braces[0] = getPrefix(ctorName, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (types.isWeakSet(value) || types.isWeakMap(value)) {
      braces[0] = getPrefix(ctorName, tag, types.isWeakSet(value) ? 'WeakSet' : 'WeakMap') + '{';
      formatter = () => ['<items unknown>'];
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, ctorName, tag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return getPrefix(ctorName, tag, 'Object') + '{}';
      braces[0] = getPrefix(ctorName, tag, 'Object') + '{';
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(ctorName, tag, 'Object').slice(0, -1);
    if (ctorName !== null) name = '[' + name + ']';
    return name;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output = formatter(ctx, value, recurseTimes);
  for (let i = 0; i < keys.length; i++) {
    output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
  }
  let index = ctx.circular.get(value);
  if (index !== undefined) {
    let reference = '<ref *' + index + '>';
    if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
    else braces[0] = reference + ' ' + braces[0];
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    let cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_TYPE) output.sort(cmp);
    else if (keys.length > 1) {
      let sortedKeys = output.slice(output.length - keys.length).sort(cmp);
      output.splice.apply(output, [output.length - keys.length, keys.length].concat(sortedKeys));
    }
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function getFunctionBase(value, ctorName, tag) {
  let source = '';
  try { source = Function.prototype.toString.call(value); } catch (e) { source = ''; }
  if (source.slice(0, 5) === 'class' && source.slice(-1) === '}') {
    let base = '[class ' + (value.name || '(anonymous)');
    let superProto = Object.getPrototypeOf(value);
    if (superProto && superProto.name) base += ' extends ' + superProto.name;
    return base + ']';
  }
  let type = 'Function';
  if (ctorName === '__GeneratorFunction') ctorName = 'GeneratorFunction'; // Rhino's internal constructor name
  if (types.isGeneratorFunction(value)) type = 'Generator' + type;
  if (types.isAsyncFunction(value)) type = 'Async' + type;
  let base = '[' + type;
  if (ctorName === null) base += ' (null prototype)';
  base += value.name === '' || value.name === undefined ? ' (anonymous)' : ': ' + value.name;
  base += ']';
  if (ctorName !== type && ctorName !== null && ctorName !== 'Function') base += ' ' + ctorName;
  if (tag !== '' && ctorName !== tag && tag !== type) base += ' [' + tag + ']';
  return base;
}

function getBoxedBase(value, ctx, keys, ctorName, tag) {
  let type = boxedType(value);
  let primitive = boxedValueOf[type].call(value);
  if (type === 'String') {
    // The string's index properties are the characters themselves, shown through the primitive.
    keys.splice(0, primitive.length);
  }
  let base = '[' + type;
  if (type !== ctorName) base += ctorName === null ? ' (null prototype)' : ' (' + ctorName + ')';
  base += ': ' + formatPrimitive(Object.assign({}, ctx, { compact: true }), primitive) + ']';
  if (tag !== '' && tag !== ctorName) base += ' [' + tag + ']';
  return base;
}

function errorHeader(err, name) {
  let message = '';
  try { message = err.message === undefined ? '' : String(err.message); } catch (e) { message = ''; }
  return message === '' ? name : name + ': ' + message;
}

// Rhino frames look like "\tat file.js:12 (fn)"; Node users and tools expect "    at fn (file.js:12)".
const rhinoFrameRe = /^\tat ([^\n]*?)(?: \(([^()\n]*)\))?$/gm;

// Rhino's `stack` holds only frame lines ("\tat file:line (fn)"); Node's starts with "Name: message".
function stackString(err, name) {
  let stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  let header = errorHeader(err, name);
  if (!stack) return Error.prototype.toString.call(err);
  stack = String(stack).replace(/\n+$/, '').replace(rhinoFrameRe, (m, file, fn) => fn ? '    at ' + fn + ' (' + file + ')' : '    at ' + file);
  if (/^\s+at /.test(stack)) return header + '\n' + stack;
  return stack;
}

function formatError(err, ctorName, tag, ctx, keys) {
  // Rhino's own bookkeeping on EcmaErrors, not something Node would show
  ['fileName', 'lineNumber', 'columnNumber'].forEach((k) => {
    let i = keys.indexOf(k);
    if (i !== -1) keys.splice(i, 1);
  });
  let name = err.name != null ? String(err.name) : 'Error';
  let stack = stackString(err, name);
  if (!ctx.showHidden && keys.length !== 0) {
    ['name', 'message', 'stack'].forEach((k) => {
      let i = keys.indexOf(k);
      if (i !== -1 && stack.indexOf(String(err[k])) !== -1) keys.splice(i, 1);
    });
  }
  if ('cause' in err && keys.indexOf('cause') === -1) keys.push('cause');
  if (Array.isArray(err.errors) && keys.indexOf('errors') === -1) keys.push('errors');
  stack = improveStack(stack, ctorName, name, tag);
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += String(err.message).length;
  let firstFrame = stack.slice(pos === -1 ? 0 : pos).search(/\n\s+at /);
  if (firstFrame === -1) stack = '[' + stack + ']';
  else {
    let stackStart = (pos === -1 ? 0 : pos) + firstFrame;
    let frames = collapseCauseFrames(err, stack.slice(stackStart + 1).split('\n'));
    stack = stack.slice(0, stackStart) + '\n' + frames.join('\n');
  }
  if (ctx.indentationLvl !== 0) stack = stack.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
  return stack;
}

// Frames an error shares with its `cause` are elided, as Node does, to keep chained errors readable.
function collapseCauseFrames(err, frames) {
  let cause;
  try { cause = err.cause; } catch (e) { return frames; }
  if (!isError(cause)) return frames;
  let causeStack = stackString(cause, cause.name != null ? String(cause.name) : 'Error');
  let start = causeStack.search(/\n\s+at /);
  if (start === -1) return frames;
  let causeFrames = causeStack.slice(start + 1).split('\n');
  for (let i = 0; i < frames.length - 3; i++) {
    let at = causeFrames.indexOf(frames[i]);
    if (at === -1 || causeFrames.length - at <= 3) continue;
    let maxLen = Math.min(frames.length - i, causeFrames.length - at);
    let len = 1;
    while (len < maxLen && frames[i + len] === causeFrames[at + len]) len++;
    if (len > 3) {
      let copy = frames.slice();
      copy.splice(i + 1, len - 2, '    ... ' + (len - 2) + ' lines matching cause stack trace ...');
      return copy;
    }
  }
  return frames;
}

function improveStack(stack, ctorName, name, tag) {
  let len = name.length;
  if (ctorName === null ||
      (name.slice(-5) === 'Error' && stack.slice(0, len) === name &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctorName === null) {
      let start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    let prefix = getPrefix(ctorName, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function formatArray(ctx, value, recurseTimes) {
  let len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  let remaining = value.length - len;
  let output = [];
  let holes = 0;
  let flushHoles = () => {
    if (holes > 0) {
      output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
      holes = 0;
    }
  };
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) { holes++; continue; }
    flushHoles();
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_TYPE));
  }
  flushHoles();
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  let len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  let remaining = value.length - len;
  let output = [];
  for (let i = 0; i < len; i++) output.push(formatPrimitive(ctx, value[i]));
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'].forEach((k) => {
      output.push('[' + k + ']: ' + formatValue(ctx, value[k], recurseTimes, true));
    });
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes = new Uint8Array(value);
  let shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = [];
  for (let i = 0; i < shown; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
  let str = hex.join(' ');
  let remaining = bytes.length - shown;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return ['[Uint8Contents]: <' + str + '>', 'byteLength: ' + formatNumber(value.byteLength)];
}

// Promise state is engine-internal; the runtime may expose it as native.promiseState(p) -> [state, value]
// with state 'pending' | 'fulfilled' | 'rejected'. Without it the state is reported as unknown.
function formatPromise(ctx, value, recurseTimes) {
  let info = null;
  if (typeof native !== 'undefined' && native && typeof native.promiseState === 'function') {
    try { info = native.promiseState(value); } catch (e) { info = null; }
  }
  if (!info) return ['<unknown>'];
  if (info[0] === 'pending') return ['<pending>'];
  ctx.indentationLvl += 2;
  let str = formatValue(ctx, info[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [info[0] === 'rejected' ? '<rejected> ' + str : str];
}

function formatCollection(ctx, items, recurseTimes, arrow) {
  let max = Math.min(Math.max(0, ctx.maxArrayLength), items.length);
  let output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) {
    let item = items[i];
    output.push(arrow === null ? formatValue(ctx, item, recurseTimes)
      : formatValue(ctx, item[0], recurseTimes) + arrow + formatValue(ctx, item[1], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  let remaining = items.length - max;
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatPropertyKey(key, desc) {
  if (typeof key === 'symbol') return '[' + symbolToString(key).replace(/[\x00-\x1f\x7f'\\]/g, (c) => quoteString(c).slice(1, -1)) + ']';
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return '[' + String(key).replace(/[\x00-\x1f\x7f'\\]/g, (c) => quoteString(c).slice(1, -1)) + ']';
  if (plainKeyRe.test(key)) return key;
  return quoteString(String(key));
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  let desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  let str;
  let separator = ' ';
  if (desc.value !== undefined) {
    let diff = ctx.compact !== true || type !== OBJECT_TYPE ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    // Legacy compact mode moves over-long values onto their own line.
    if (diff === 3 && ctx.breakLength < str.length) separator = '\n' + ' '.repeat(ctx.indentationLvl);
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    let label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    str = '[' + label + ']';
    if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        let v = desc.get.call(value);
        ctx.indentationLvl += 2;
        let shown = formatValue(ctx, v, recurseTimes);
        // Node puts object results after the label and primitives inside it.
        str = v !== null && typeof v === 'object' ? '[' + label + '] ' + shown : '[' + label + ': ' + shown + ']';
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = '[' + label + ': <Inspection threw (' + err.message + ')>]';
      }
    }
  } else if (desc.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (type === ARRAY_TYPE && typeof key === 'number') return str;
  return formatPropertyKey(key, desc) + ':' + separator + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// Lays out arrays with more than six short entries in aligned columns, as Node does.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry stays on its own line
  let separatorSpace = 2;
  let dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    let len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  let actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    let averageBias = Math.sqrt(actualMax - totalLength / output.length);
    let biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    let columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    let maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
      }
    }
    let grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      let max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        let cell = output[j] + ', ';
        let width = maxLineLength[j - i];
        line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
      }
      if (padStart) line += output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ');
      else line += output[j];
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      let entries = output.length;
      if (extrasType === ARRAY_TYPE && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        let start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          let joined = output.join(', ');
          if (joined.indexOf('\n') === -1) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    let indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  let indentation = '\n' + ' '.repeat(ctx.indentationLvl);
  let ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + indentation + '  ';
  return braces[0] + ln + output.join(',' + indentation + '  ') + ' ' + braces[1];
}

function inspect(value, opts) {
  let ctx = Object.assign({}, inspectDefaultOptions);
  ctx.userOptions = {};
  if (arguments.length > 1 && (opts === null || typeof opts !== 'object')) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    ctx.showHidden = !!opts;
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
  } else if (opts) {
    Object.keys(opts).forEach((k) => {
      if (hasOwn(inspectDefaultOptions, k) || k === 'stylize') ctx[k] = opts[k];
      ctx.userOptions[k] = opts[k];
    });
  }
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  ctx.indentationLvl = 0;
  ctx.seen = [];
  ctx.circular = new Map();
  ctx.currentDepth = 0;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
inspect.defaultOptions = inspectDefaultOptions;

// ---------------------------------------------------------------------------------------------
// format

function hasBuiltInToString(value) {
  let toStringFn;
  try { toStringFn = value.toString; } catch (e) { return true; }
  if (typeof toStringFn !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do { pointer = Object.getPrototypeOf(pointer); } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  let desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInNames.has(desc.value.name);
}

function tryStringify(v) {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (/circular|cyclic/i.test(String(err && err.message))) return '[Circular]';
    throw err;
  }
}

function formatNumeric(v, parse) {
  if (typeof v === 'bigint') return String(v) + 'n';
  if (typeof v === 'symbol') return 'NaN';
  return formatNumber(parse(v));
}

function formatWithOptionsInternal(inspectOptions, args) {
  let first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  let withOpts = (extra) => Object.assign({}, inspectOptions, extra);
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let tempStr;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      let next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // s
            let arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'bigint') tempStr = String(arg) + 'n';
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, withOpts({ depth: 0, colors: false, compact: 3 }));
            break;
          }
          case 106: tempStr = tryStringify(args[++a]); break; // j
          case 100: tempStr = formatNumeric(args[++a], Number); break; // d
          case 79: tempStr = inspect(args[++a], inspectOptions); break; // O
          case 111: tempStr = inspect(args[++a], withOpts({ showHidden: true, showProxy: true, depth: 4 })); break; // o
          case 105: tempStr = formatNumeric(args[++a], (x) => parseInt(x)); break; // i
          case 102: { // f
            let arg = args[++a];
            tempStr = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg));
            break;
          }
          case 99: a += 1; tempStr = ''; break; // c: CSS is meaningless outside a browser
          case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue; // %%
          default: continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    let value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format() {
  return formatWithOptionsInternal(undefined, Array.prototype.slice.call(arguments));
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "inspectOptions" argument must be of type object.');
  }
  return formatWithOptionsInternal(inspectOptions, Array.prototype.slice.call(arguments, 1));
}

function codedError(Ctor, code, message) {
  let err = new Ctor(message);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------------------------
// function helpers

function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "ctor" argument must be of type function');
  if (typeof superCtor !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "superCtor" argument must be of type function');
  if (superCtor.prototype === undefined) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "superCtor.prototype" property must be of type object');
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
  if (typeof original !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "original" argument must be of type function');
  let custom = original[customPromisifySymbol];
  if (custom) {
    if (typeof custom !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "util.promisify.custom" argument must be of type function');
    return custom;
  }
  function fn() {
    let args = Array.prototype.slice.call(arguments);
    let self = this;
    return new Promise((resolve, reject) => {
      args.push((err, value) => {
        // Extra callback values are dropped, as in Node for functions without custom promisify args.
        if (err) reject(err);
        else resolve(value);
      });
      original.apply(self, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisifySymbol, { value: fn, enumerable: false, writable: false, configurable: true });
  Object.getOwnPropertyNames(original).concat(Object.getOwnPropertySymbols(original)).forEach((k) => {
    if (hasOwn(fn, k)) return;
    try { Object.defineProperty(fn, k, Object.getOwnPropertyDescriptor(original, k)); } catch (e) { /* non-configurable */ }
  });
  return fn;
}
promisify.custom = customPromisifySymbol;

function callbackify(original) {
  if (typeof original !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "original" argument must be of type function');
  function callbackified() {
    let args = Array.prototype.slice.call(arguments);
    let cb = args.pop();
    if (typeof cb !== 'function') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The last argument must be of type function');
    let self = this;
    let later = (f) => Promise.resolve().then(f);
    Promise.resolve(original.apply(self, args)).then(
      (ret) => later(() => cb(null, ret)),
      (rej) => {
        let reason = rej;
        if (!reason) {
          reason = new Error('Promise was rejected with a falsy value');
          reason.code = 'ERR_FALSY_VALUE_REJECTION';
          reason.reason = rej;
        }
        later(() => cb(reason));
      });
  }
  Object.defineProperty(callbackified, 'name', { value: (original.name || '') + 'Callbackified', configurable: true });
  return callbackified;
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated() {
    if (!warned && !(code !== undefined && warnedCodes.has(code))) {
      warned = true;
      if (code !== undefined) warnedCodes.add(code);
      let proc = globalObj.process;
      if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(msg, 'DeprecationWarning', code);
      else if (globalObj.console) console.error('(node) ' + (code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg);
    }
    return this instanceof deprecated ? Reflect.construct(fn, arguments, this.constructor) : fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------------------------
// deep equality (shared with assert)

function isDeepEqual(a, b, strict, memo) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (strict) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') return b === null || typeof b !== 'object' ? a == b || (a !== a && b !== b) : false;
    if (b === null || typeof b !== 'object') return false;
  }
  let tagA = tagOf(a);
  if (tagA !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isTypedArray(a) || types.isArrayBuffer(a)) {
    let x = types.isArrayBuffer(a) ? new Uint8Array(a) : a;
    let y = types.isArrayBuffer(b) ? new Uint8Array(b) : b;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      if (strict ? !Object.is(x[i], y[i]) : x[i] != y[i]) return false;
    }
  }
  memo = memo || { a: [], b: [] };
  for (let i = 0; i < memo.a.length; i++) {
    if (memo.a[i] === a && memo.b[i] === b) return true;
  }
  memo.a.push(a);
  memo.b.push(b);
  let result = compareContents(a, b, strict, memo);
  memo.a.pop();
  memo.b.pop();
  return result;
}

function compareContents(a, b, strict, memo) {
  let keysOf = (o) => {
    let ks = Object.keys(o);
    return strict ? ks.concat(Object.getOwnPropertySymbols(o).filter((s) => isEnumerable(o, s))) : ks;
  };
  let typed = types.isTypedArray(a);
  let ka = keysOf(a).filter((k) => !(typed && isIndexKey(k)));
  let kb = keysOf(b).filter((k) => !(typed && isIndexKey(k)));
  if (ka.length !== kb.length) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (!isEnumerable(b, ka[i])) return false;
    if (!isDeepEqual(a[ka[i]], b[ka[i]], strict, memo)) return false;
  }
  if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    let rest = Array.from(b);
    let items = Array.from(a);
    for (let i = 0; i < items.length; i++) {
      let idx = rest.findIndex((y) => isDeepEqual(items[i], y, strict, memo));
      if (idx === -1) return false;
      rest.splice(idx, 1);
    }
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    let rest = Array.from(b);
    let items = Array.from(a);
    for (let i = 0; i < items.length; i++) {
      let idx = rest.findIndex((y) => isDeepEqual(items[i][0], y[0], strict, memo) && isDeepEqual(items[i][1], y[1], strict, memo));
      if (idx === -1) return false;
      rest.splice(idx, 1);
    }
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return isDeepEqual(a, b, true);
}

function isArray(v) { return Array.isArray(v); }

const util = {
  format: format,
  formatWithOptions: formatWithOptions,
  inspect: inspect,
  inherits: inherits,
  promisify: promisify,
  callbackify: callbackify,
  deprecate: deprecate,
  isDeepStrictEqual: isDeepStrictEqual,
  types: types,
  isArray: isArray,
  isError: isError,
  isDate: types.isDate,
  isRegExp: types.isRegExp,
  isFunction: (v) => typeof v === 'function',
  isString: (v) => typeof v === 'string',
  isNumber: (v) => typeof v === 'number',
  isBoolean: (v) => typeof v === 'boolean',
  isUndefined: (v) => v === undefined,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isObject: (v) => v !== null && typeof v === 'object',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  isSymbol: (v) => typeof v === 'symbol',
  stripVTControlCharacters: (s) => String(s).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
  toUSVString: (s) => String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g, (m) => m.length === 2 ? m[0] + '\ufffd' : '\ufffd'),
};
// Internal hook for assert: loose (==) deep equality, not part of Node's public util API.
Object.defineProperty(util, '_isDeepEqual', { value: (a, b, strict) => isDeepEqual(a, b, !!strict), enumerable: false });
// Internal hook for console.trace and Lambda JSON logs: Node-style "Name: message\n    at ..." text.
Object.defineProperty(util, '_errorStack', {
  value: (err) => stackString(err, err && err.name != null ? String(err.name) : 'Error'),
  enumerable: false,
});
['TextEncoder', 'TextDecoder'].forEach((name) => {
  Object.defineProperty(util, name, { configurable: true, enumerable: true, get: () => require('llrt:encoding')[name] });
});

module.exports = util;
