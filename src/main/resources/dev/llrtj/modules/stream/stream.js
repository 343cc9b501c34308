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

stream.Readable.fromWeb = readableFromWeb;
stream.Readable.toWeb = readableToWeb;
stream.Writable.fromWeb = writableFromWeb;
stream.Writable.toWeb = writableToWeb;

module.exports = stream;
