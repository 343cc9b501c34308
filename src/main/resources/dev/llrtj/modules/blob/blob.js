// Blob and File: immutable bytes (one Uint8Array, shared by slices) with a MIME type.
'use strict';

const kBytes = Symbol('bytes');
const kType = Symbol('type');
const kName = Symbol('name');
const kLastModified = Symbol('lastModified');

function invalidArgType(name, expected, value) {
  let err = new TypeError(`The "${name}" argument must be ${expected}. Received ${value === null ? 'null' : typeof value}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// UTF-8 with lone surrogates as U+FFFD. TextEncoder when the realm has one (another part of the runtime adds it).
function utf8Encode(str) {
  if (typeof globalThis.TextEncoder === 'function') return new globalThis.TextEncoder().encode(str);
  let out = new Uint8Array(str.length * 3);
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      let d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
    else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
    else {
      out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, n);
}

// invalid sequences become U+FFFD (maximal subparts, as TextDecoder does)
function utf8Decode(bytes) {
  if (typeof globalThis.TextDecoder === 'function') return new globalThis.TextDecoder().decode(bytes);
  let out = [];
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    let b = bytes[i];
    let need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) { out.push(0xfffd); i++; continue; }
    let cp = need === 0 ? b : b & (0x3f >> need);
    let j = 1;
    for (; j <= need; j++) {
      let next = bytes[i + j];
      let lo = j === 1 && b === 0xe0 ? 0xa0 : j === 1 && b === 0xf0 ? 0x90 : 0x80;
      let hi = j === 1 && b === 0xed ? 0x9f : j === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (next === undefined || next < lo || next > hi) break;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (j <= need) { out.push(0xfffd); i += j; continue; }
    out.push(cp);
    i += need + 1;
  }
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCodePoint.apply(String, out.slice(k, k + 4096));
  return s;
}

function partBytes(part, endings) {
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  let s = String(part);
  // Node converts only CRLF (a lone CR stays), unlike the File API's wording
  if (endings === 'native') s = s.replace(/\r\n/g, '\n');
  return utf8Encode(s);
}

function normalizeType(type) {
  type = type === undefined ? '' : String(type);
  return /^[\u0020-\u007e]*$/.test(type) ? type.toLowerCase() : '';
}

function fromBytes(proto, bytes, type) {
  let blob = Object.create(proto);
  Object.defineProperty(blob, kBytes, { value: bytes });
  Object.defineProperty(blob, kType, { value: type });
  return blob;
}

function Blob(sources, options) {
  if (!(this instanceof Blob)) throw new TypeError("Class constructor Blob cannot be invoked without 'new'");
  if (sources === undefined) sources = [];
  if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
    throw invalidArgType('sources', 'a sequence', sources);
  }
  options = options === undefined || options === null ? {} : options;
  let endings = options.endings === undefined ? 'transparent' : String(options.endings);
  if (endings !== 'transparent' && endings !== 'native') {
    let err = new TypeError(`The "options.endings" property must be one of: 'transparent', 'native'. Received '${endings}'`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  let chunks = Array.from(sources, part => partBytes(part, endings));
  let size = chunks.reduce((n, c) => n + c.length, 0);
  let bytes = new Uint8Array(size);
  let at = 0;
  chunks.forEach(c => {
    bytes.set(c, at);
    at += c.length;
  });
  Object.defineProperty(this, kBytes, { value: bytes });
  Object.defineProperty(this, kType, { value: normalizeType(options.type) });
}

function bytesOf(blob) {
  let bytes = blob !== null && typeof blob === 'object' ? blob[kBytes] : undefined;
  if (!bytes) throw new TypeError('Value of "this" must be of type Blob');
  return bytes;
}

Object.defineProperty(Blob.prototype, 'size', { configurable: true, enumerable: true, get() { return bytesOf(this).length; } });
Object.defineProperty(Blob.prototype, 'type', { configurable: true, enumerable: true, get() { bytesOf(this); return this[kType]; } });

function relative(index, size, fallback) {
  if (index === undefined) return fallback;
  index = Math.trunc(Number(index)) || 0;
  return index < 0 ? Math.max(size + index, 0) : Math.min(index, size);
}

Blob.prototype.slice = function slice(start, end, contentType) {
  let bytes = bytesOf(this);
  let from = relative(start, bytes.length, 0);
  let to = relative(end, bytes.length, bytes.length);
  return fromBytes(Blob.prototype, bytes.subarray(from, Math.max(from, to)), normalizeType(contentType));
};
Blob.prototype.text = function text() {
  try {
    return Promise.resolve(utf8Decode(bytesOf(this)));
  } catch (e) {
    return Promise.reject(e);
  }
};
Blob.prototype.arrayBuffer = function arrayBuffer() {
  try {
    return Promise.resolve(bytesOf(this).slice().buffer);
  } catch (e) {
    return Promise.reject(e);
  }
};
Blob.prototype.bytes = function bytes() {
  try {
    return Promise.resolve(bytesOf(this).slice());
  } catch (e) {
    return Promise.reject(e);
  }
};
const STREAM_CHUNK = 65536;
Blob.prototype.stream = function stream() {
  let bytes = bytesOf(this);
  let at = 0;
  return new globalThis.ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      let end = Math.min(at + STREAM_CHUNK, bytes.length);
      controller.enqueue(bytes.slice(at, end));
      at = end;
    },
  });
};
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

function File(bits, name, options) {
  if (!(this instanceof File)) throw new TypeError("Class constructor File cannot be invoked without 'new'");
  if (arguments.length < 2) {
    let err = new TypeError('The "fileBits" and "fileName" arguments must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  Blob.call(this, bits, options);
  options = options === undefined || options === null ? {} : options;
  let lastModified = options.lastModified === undefined ? Date.now() : Number(options.lastModified);
  Object.defineProperty(this, kName, { value: String(name) });
  Object.defineProperty(this, kLastModified, { value: Math.trunc(lastModified) || 0 });
}
File.prototype = Object.create(Blob.prototype, { constructor: { value: File, writable: true, configurable: true } });
Object.setPrototypeOf(File, Blob);
Object.defineProperty(File.prototype, 'name', { configurable: true, enumerable: true, get() { return this[kName]; } });
Object.defineProperty(File.prototype, 'lastModified', { configurable: true, enumerable: true, get() { return this[kLastModified]; } });
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

const inspectHelper = require('llrt:web-inspect');
inspectHelper.defineInspect(Blob.prototype, b => ({ size: b.size, type: b.type }));
inspectHelper.defineInspect(File.prototype, f => ({ size: f.size, type: f.type, name: f.name, lastModified: f.lastModified }));

// for Java-facing code and fetch bodies: the bytes without a copy (callers must not modify them)
function blobBytes(blob) {
  return bytesOf(blob);
}

module.exports = { Blob, File, blobBytes, utf8Encode, utf8Decode };
