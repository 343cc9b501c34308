'use strict';
// Node-compatible `util`: the function helpers (inherits, promisify, callbackify, deprecate) here, the rest from
// the room's parts: types.js, inspect.js (with inspect-error.js), format.js, deep-equal.js.
const { globalObj, hasOwn, customPromisifySymbol, types, isError } = require('llrt:util-types');
const { inspect } = require('llrt:inspect');
const { stackString } = require('llrt:inspect-error');
const { format, formatWithOptions } = require('llrt:util-format');
const { isDeepEqual, isDeepStrictEqual } = require('llrt:deep-equal');
const { coded: codedError } = require('llrt:errors');

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
// parseArgs, MIMEType, debuglog, styleText and the rest load on first use (~20 ms of a JVM start otherwise):
// getters that become data properties. [util export, module, its export]
function lazy(target, name, module, exported) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      let value = require(module)[exported];
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
  });
}
[['parseArgs', 'llrt:util-parse-args'], ['MIMEType', 'llrt:util-mime'], ['MIMEParams', 'llrt:util-mime'],
  ['debuglog', 'llrt:util-debuglog'], ['debug', 'llrt:util-debuglog', 'debuglog'], ['log', 'llrt:util-debuglog'],
  ['styleText', 'llrt:util-extras'], ['getSystemErrorName', 'llrt:util-extras'], ['getSystemErrorMap', 'llrt:util-extras'],
  ['aborted', 'llrt:util-extras'], ['isBuffer', 'llrt:util-extras']].forEach((e) => lazy(util, e[0], e[1], e[2] || e[0]));
if (!('colors' in inspect)) lazy(inspect, 'colors', 'llrt:util-extras', 'colors');
['TextEncoder', 'TextDecoder'].forEach((name) => {
  Object.defineProperty(util, name, { configurable: true, enumerable: true, get: () => require('llrt:encoding')[name] });
});

module.exports = util;
