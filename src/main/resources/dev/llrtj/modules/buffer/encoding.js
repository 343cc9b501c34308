// WHATWG TextEncoder and TextDecoder (utf-8, utf-16le/be, windows-1252), decoding in Java. `native` is the
// buffer binding; outside Buffer it makes plain Uint8Arrays.
'use strict';

const errors = require('llrt:errors');

// WHATWG labels of the encodings supported here
const LABELS = {};
[
  ['utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8'],
  ['utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le'],
  ['utf-16be', 'unicodefffe utf-16be'],
  ['windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 ' +
    'iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252'],
].forEach(entry => {
  entry[1].split(' ').forEach(label => {
    LABELS[label] = entry[0];
  });
});

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return input;
  if (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  // Node's wording, "list" included
  throw errors.coded(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function TextEncoder() {
  if (!(this instanceof TextEncoder)) throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
}
Object.defineProperty(TextEncoder.prototype, 'encoding', { configurable: true, enumerable: true, get: () => 'utf-8' });
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextEncoder' });
TextEncoder.prototype.encode = function encode(input) {
  return native.fromString(input === undefined ? '' : String(input), 'utf8');
};
TextEncoder.prototype.encodeInto = function encodeInto(source, destination) {
  if (!(destination instanceof Uint8Array)) throw errors.invalidArgType('dest', 'an instance of Uint8Array', destination);
  let result = native.encodeInto(String(source), destination);
  return { read: result[0], written: result[1] };
};

function TextDecoder(label, options) {
  if (!(this instanceof TextDecoder)) throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  let key = label === undefined ? 'utf-8' : String(label).trim().toLowerCase();
  let encoding = LABELS[key];
  if (encoding === undefined) {
    throw errors.coded(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  hidden(this, '_encoding', encoding);
  hidden(this, '_fatal', !!(options && options.fatal));
  hidden(this, '_ignoreBOM', !!(options && options.ignoreBOM));
  hidden(this, '_decoder', null); // made per stream, on first decode
  hidden(this, '_bomSeen', false);
}

// state out of util.inspect's sight, which shows the getters' values as Node does
function hidden(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}
TextDecoder.prototype[Symbol.for('nodejs.util.inspect.custom')] = function inspect() {
  return `TextDecoder { encoding: '${this._encoding}', fatal: ${this._fatal}, ignoreBOM: ${this._ignoreBOM} }`;
};
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextDecoder' });
['encoding', 'fatal', 'ignoreBOM'].forEach(name => {
  Object.defineProperty(TextDecoder.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      return this['_' + name];
    },
  });
});

TextDecoder.prototype.decode = function decode(input, options) {
  let bytes = toBytes(input);
  let stream = !!(options && options.stream);
  let text;
  if (this._encoding === 'windows-1252') {
    text = native.windows1252(bytes);
  } else {
    if (this._decoder === null) {
      this._decoder = native.decoder(this._encoding === 'utf-8' ? 'utf8' : this._encoding.replace('-', ''), this._fatal);
      this._bomSeen = false;
    }
    text = this._decoder.decode(bytes, !stream);
    if (text === undefined) { // invalid input, fatal
      this._decoder = null;
      throw errors.coded(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${this._encoding}`);
    }
    // the BOM is dropped once per stream, at its very start
    if (!this._bomSeen && text.length > 0) {
      this._bomSeen = true;
      if (!this._ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!stream) this._decoder = null;
  }
  return text;
};

module.exports = { TextEncoder, TextDecoder };
