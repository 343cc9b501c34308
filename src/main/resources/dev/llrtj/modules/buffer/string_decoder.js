// Node's StringDecoder: text from byte chunks, holding back a character split across chunks. `native` is the
// buffer binding (decoding in Java). Where a chunk is cut follows Node: UTF-8 holds an incomplete sequence by its
// lead byte, UTF-16 an odd byte or a trailing high surrogate, base64 the bytes short of a 3-byte group.
'use strict';

const errors = require('llrt:errors');
const normalizeEncoding = require('buffer')._normalizeEncoding;

const EMPTY = new Uint8Array(0);

function concat(a, b) {
  if (a.length === 0) return b;
  let out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// bytes at the end of `bytes` that start a UTF-8 sequence not finished yet
function utf8Incomplete(bytes) {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    let b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    let need = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

function utf16Incomplete(bytes) {
  let odd = bytes.length % 2;
  let end = bytes.length - odd;
  if (end >= 2) {
    let unit = bytes[end - 2] | (bytes[end - 1] << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) return odd + 2;
  }
  return odd;
}

const SPLITTERS = {
  utf8: utf8Incomplete,
  utf16le: utf16Incomplete,
  base64: bytes => bytes.length % 3,
  base64url: bytes => bytes.length % 3,
};

function StringDecoder(encoding) {
  if (!(this instanceof StringDecoder)) return new StringDecoder(encoding);
  let normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw errors.coded(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  this.encoding = normalized;
  this._pending = EMPTY;
}

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw errors.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  let bytes = bytesOf(buf);
  let split = SPLITTERS[this.encoding];
  if (!split) return native.toString(bytes, this.encoding, 0, bytes.length);
  let all = concat(this._pending, bytes);
  let keep = split(all);
  this._pending = keep === 0 ? EMPTY : all.slice(all.length - keep);
  return native.toString(all, this.encoding, 0, all.length - keep);
};

StringDecoder.prototype.end = function end(buf) {
  let text = buf === undefined ? '' : this.write(buf);
  let rest = this._pending;
  this._pending = EMPTY;
  return rest.length === 0 ? text : text + native.toString(rest, this.encoding, 0, rest.length);
};

StringDecoder.prototype.text = function text(buf, offset) {
  return this.write(bytesOf(buf).subarray(offset));
};

module.exports = { StringDecoder };
