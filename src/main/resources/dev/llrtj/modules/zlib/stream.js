// zlib's stream classes (Gzip, Inflate...): node:stream Transforms over one Java codec each. Every chunk is
// compressed off the loop (pushAsync); Transform hands them over one at a time, so a codec never has two in flight.
'use strict';

const binding = require('llrt:zlib-native');
const { Transform, finished } = require('stream');
const { Buffer } = require('buffer');
const { constants } = require('llrt:zlib-constants');
const { checkOptions, notSupported } = require('llrt:zlib-options');

const kFlushFlag = Symbol('llrt.zlib.flushFlag');
const EMPTY = new Uint8Array(0);
const BYTE_KINDS = { brotliDecompress: true, zstdCompress: true, zstdDecompress: true };

function ZlibBase(kind, options) {
  let opts = checkOptions(kind, options);
  Transform.call(this, Object.assign({}, options && typeof options === 'object' ? options : {}, { autoDestroy: true }));
  this._kind = kind;
  this._opts = opts;
  this._chunkSize = opts.chunkSize;
  this._defaultFlushFlag = opts.flush;
  this._finishFlushFlag = opts.finishFlush;
  this._defaultFullFlushFlag = BYTE_KINDS[kind] ? constants.Z_SYNC_FLUSH : constants.Z_FULL_FLUSH;
  this._handle = open(kind, opts);
  this.bytesWritten = 0;
}
ZlibBase.prototype = Object.create(Transform.prototype, {
  constructor: { value: ZlibBase, writable: true, configurable: true },
});
Object.setPrototypeOf(ZlibBase, Transform);

function open(kind, opts) {
  return binding.open(kind, opts.level, opts.strategy, opts.dictionary, undefined); // streams: no output limit
}

function run(stream, chunk, flag, callback) {
  let handle = stream._handle;
  if (!handle) return callback(errors().coded(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed'));
  handle.pushAsync(chunk, flag, (err, out) => {
    if (err) return callback(err);
    stream.bytesWritten += chunk.length;
    if (out.byteLength > 0) stream.push(Buffer.from(out));
    callback();
  });
}

function errors() {
  return require('llrt:errors');
}

ZlibBase.prototype._transform = function (chunk, encoding, callback) {
  let flag = chunk[kFlushFlag] !== undefined ? chunk[kFlushFlag] : this._defaultFlushFlag;
  run(this, chunk, flag, callback);
};

ZlibBase.prototype._flush = function (callback) {
  run(this, EMPTY, this._finishFlushFlag, callback);
};

ZlibBase.prototype._destroy = function (err, callback) {
  if (this._handle) this._handle.close();
  this._handle = null;
  callback(err);
};

// flush([kind], [callback]): what is written so far comes out now (Z_FULL_FLUSH unless told)
ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || kind === undefined) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  } else if (BYTE_KINDS[this._kind]) {
    kind = kind === 2 ? constants.Z_FINISH : kind === 1 ? constants.Z_SYNC_FLUSH : constants.Z_NO_FLUSH;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
    return;
  }
  if (this.writableEnded) {
    if (callback) this.once('end', callback);
    return;
  }
  let marker = Buffer.alloc(0);
  marker[kFlushFlag] = kind;
  this.write(marker, callback);
};

ZlibBase.prototype.params = function () {
  throw notSupported('zlib params() (changing level or strategy mid-stream)');
};

ZlibBase.prototype.reset = function () {
  if (this._handle) this._handle.close();
  this._handle = open(this._kind, this._opts);
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

// A class of Node's API (Gzip, Inflate...): callable with or without `new`, as Node's are
function defineClass(name, kind) {
  let Kind = function (options) {
    if (!(this instanceof Kind)) return new Kind(options);
    ZlibBase.call(this, kind, options);
  };
  Object.defineProperty(Kind, 'name', { value: name });
  Kind.prototype = Object.create(ZlibBase.prototype, {
    constructor: { value: Kind, writable: true, configurable: true },
  });
  Object.setPrototypeOf(Kind, ZlibBase);
  return Kind;
}

module.exports = { ZlibBase, defineClass };
