// node:stream/consumers: a whole stream (Node Readable, web ReadableStream, any async iterable) as one value
'use strict';

function chunksOf(stream) {
  return new Promise((resolve, reject) => {
    let chunks = [];
    let iterator = stream[Symbol.asyncIterator]();
    function step() {
      iterator.next().then(result => {
        if (result.done) return resolve(chunks);
        chunks.push(result.value);
        step();
      }, reject);
    }
    step();
  });
}

function text(stream) {
  return chunksOf(stream).then(chunks => {
    let decoder = new TextDecoder();
    let out = '';
    chunks.forEach(chunk => {
      out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    });
    return out + decoder.decode();
  });
}

function buffer(stream) {
  let Buffer = require('buffer').Buffer;
  return chunksOf(stream).then(chunks => Buffer.concat(chunks.map(chunk => (typeof chunk === 'string' ? Buffer.from(chunk)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)))));
}

function arrayBuffer(stream) {
  return buffer(stream).then(b => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

module.exports = {
  arrayBuffer,
  blob: stream => chunksOf(stream).then(chunks => new Blob(chunks)),
  buffer,
  json: stream => text(stream).then(JSON.parse),
  text,
};
