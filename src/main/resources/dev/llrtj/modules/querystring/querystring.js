// node:querystring: URL query strings <-> objects, with Node's decoding of malformed input (bytes, not errors).
'use strict';
const { Buffer } = require('buffer');
const { coded } = require('llrt:errors');

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 70) return code - 55; // A-F
  if (code >= 97 && code <= 102) return code - 87; // a-f
  return -1;
}

// Node's fallback for what decodeURIComponent rejects: each valid %XX becomes its byte, every other char its
// code's low byte (Node's own behaviour for non-ASCII here), `+` a space when asked; a bad % stays as is.
function unescapeBuffer(s, decodeSpaces) {
  s = String(s);
  const out = Buffer.alloc(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (code === 43 && decodeSpaces) {
      code = 32;
    } else if (code === 37 && i < s.length - 2) {
      let high = hexValue(s.charCodeAt(i + 1));
      let low = high < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (low >= 0) {
        code = high * 16 + low;
        i += 2;
      }
    }
    out[n++] = code & 0xff;
  }
  return out.slice(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : str + '';
  try {
    return encodeURIComponent(str);
  } catch (e) {
    throw coded(URIError, 'ERR_INVALID_URI', 'URI malformed'); // a lone surrogate
  }
}

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return isFinite(v) ? '' + v : '';
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default encoder, numbers below 1e21 have nothing to escape; a custom one sees every value's text.
function encodeValue(v, encode) {
  if (encode !== exports.escape) return encode(primitiveText(v));
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  return primitiveText(v);
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  Object.keys(obj).forEach(k => {
    const v = obj[k];
    const prefix = encodeValue(k, encode) + eq;
    if (Array.isArray(v)) {
      v.forEach(item => fields.push(prefix + encodeValue(item, encode)));
    } else {
      fields.push(prefix + encodeValue(v, encode));
    }
  });
  return fields.join(sep);
}

function addPair(obj, key, value) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    obj[key] = value;
  } else if (Array.isArray(obj[key])) {
    obj[key].push(value);
  } else {
    obj[key] = [obj[key], value];
  }
}

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys > 0 ? options.maxKeys : Infinity;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : exports.unescape;
  const decodePart = s => {
    if (s.length === 0) return s;
    const text = s.replace(/\+/g, '%20');
    try {
      return decode(text);
    } catch (e) {
      return exports.unescape(text, true);
    }
  };
  const pairs = qs.split(sep);
  let added = 0;
  // let, not const, in loop bodies: Rhino keeps a block's const at its first iteration's value
  for (let i = 0; i < pairs.length && added < maxKeys; i++) {
    let pair = pairs[i];
    if (pair.length === 0) continue;
    let at = pair.indexOf(eq);
    let key = at < 0 ? pair : pair.slice(0, at);
    let value = at < 0 ? '' : pair.slice(at + eq.length);
    addPair(obj, decodePart(key), decodePart(value));
    added++;
  }
  return obj;
}

exports.unescapeBuffer = unescapeBuffer;
exports.unescape = unescape;
exports.escape = escape;
exports.stringify = stringify;
exports.encode = stringify;
exports.parse = parse;
exports.decode = parse;
