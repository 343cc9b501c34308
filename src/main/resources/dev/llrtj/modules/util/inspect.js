'use strict';
// util.inspect (llrt:inspect). Runs unlowered on Rhino 1.9.1 (ES6 subset): no class/async/call-spread. It reproduces
// Node's layout rules (breakLength, compact=3 grouping, numeric column grouping) because users diff console output
// against what Node prints.
const {
  globalObj, objToString, hasOwn, isEnumerable, tagOf, customInspectSymbol, brand, types, boxedType, boxedValueOf,
  isError, isIndexKey,
} = require('llrt:util-types');
const { getPrefix, formatError } = require('llrt:inspect-error');
const { ARRAY_TYPE, OBJECT_TYPE, reduceToSingleString } = require('llrt:inspect-layout');
const { quoteString, formatNumber, formatPrimitive, symbolToString } = require('llrt:inspect-primitive');

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

const plainKeyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
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
module.exports = { inspect, formatNumber, builtInNames };
