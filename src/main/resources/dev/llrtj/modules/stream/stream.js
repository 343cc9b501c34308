// Node's stream module: readable-stream (Node's own implementation, vendored by bundles/vendor.mjs) plus the
// bridges to WHATWG streams (fromWeb/toWeb), which readable-stream leaves out.
'use strict';
const stream = require('llrt:readable-stream');
const web = () => require('stream/web');

function readableFromWeb(readableStream, options) {
  let opts = options || {};
  let reader = readableStream.getReader();
  let readable = new stream.Readable({
    objectMode: !!opts.objectMode,
    highWaterMark: opts.highWaterMark,
    encoding: opts.encoding,
    signal: opts.signal,
    read() {
      reader.read().then(chunk => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, err => readable.destroy(err));
    },
    destroy(err, callback) {
      reader.cancel(err || undefined).then(() => callback(err), cancelErr => callback(err || cancelErr));
    },
  });
  return readable;
}

function readableToWeb(readable) {
  let Web = web();
  let objectMode = readable.readableObjectMode;
  let highWaterMark = readable.readableHighWaterMark;
  return new Web.ReadableStream({
    start(controller) {
      readable.on('data', chunk => {
        // a plain Uint8Array, as Node hands out, not the Buffer (which may share a pool)
        controller.enqueue(!objectMode && chunk instanceof Uint8Array ? new Uint8Array(chunk) : chunk);
        if (controller.desiredSize <= 0) readable.pause();
      });
      readable.once('end', () => controller.close());
      readable.once('error', err => controller.error(err));
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      readable.destroy(reason);
    },
  }, objectMode ? new Web.CountQueuingStrategy({ highWaterMark }) : new Web.ByteLengthQueuingStrategy({ highWaterMark }));
}

function writableFromWeb(writableStream, options) {
  let opts = options || {};
  let writer = writableStream.getWriter();
  return new stream.Writable({
    objectMode: !!opts.objectMode,
    highWaterMark: opts.highWaterMark,
    decodeStrings: opts.decodeStrings !== false,
    signal: opts.signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      writer.close().then(() => callback(), callback);
    },
    destroy(err, callback) {
      if (!err) return callback(null);
      writer.abort(err).then(() => callback(err), () => callback(err));
    },
  });
}

function writableToWeb(writable) {
  let Web = web();
  return new Web.WritableStream({
    write(chunk) {
      return new Promise((resolve, reject) => {
        writable.write(chunk, err => (err ? reject(err) : resolve()));
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        stream.finished(writable, err => (err ? reject(err) : resolve()));
        writable.end();
      });
    },
    abort(reason) {
      writable.destroy(reason);
    },
  });
}

// duplexPair (Node 22.6): two Duplex sides, each one's writes the other's reads. A write is acknowledged when the
// other side reads it, so backpressure crosses the pair as in Node
const kCallback = Symbol('duplexPair callback');
const kOther = Symbol('duplexPair other side');
function DuplexSide(options) {
  stream.Duplex.call(this, options);
  this[kOther] = null;
  this[kCallback] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(DuplexSide, stream.Duplex);
DuplexSide.prototype._read = function () {
  let callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOther].push(chunk);
    this[kOther][kCallback] = callback;
  }
};
DuplexSide.prototype._final = function (callback) {
  this[kOther].on('end', callback);
  this[kOther].push(null);
};

stream.duplexPair = function duplexPair(options) {
  let side0 = new DuplexSide(options);
  let side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
};

stream.Readable.fromWeb = readableFromWeb;
stream.Readable.toWeb = readableToWeb;
stream.Writable.fromWeb = writableFromWeb;
stream.Writable.toWeb = writableToWeb;

module.exports = stream;
