'use strict';
// util.format and util.formatWithOptions (llrt:util-format): printf-like %s %d %i %f %j %o %O %c, the rest inspected.
const { hasOwn } = require('llrt:util-types');
const { inspect, formatNumber, builtInNames } = require('llrt:inspect');
const { coded: codedError } = require('llrt:errors');

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

module.exports = { format, formatWithOptions };
