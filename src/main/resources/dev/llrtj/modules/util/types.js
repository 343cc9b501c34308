'use strict';
// util.types and the small value tests the rest of util shares (llrt:util-types). Rhino 1.9.1 brands several
// objects differently from V8, so the checks go by behaviour (brand) and toStringTag, not instanceof alone.

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

function isIndexKey(k) {
  return typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}

module.exports = {
  globalObj, objToString, hasOwn, isEnumerable, tagOf, customInspectSymbol, customPromisifySymbol, brand, types,
  boxedType, boxedValueOf, isError, isIndexKey,
};
