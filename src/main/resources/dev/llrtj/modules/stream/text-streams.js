// TextEncoderStream and TextDecoderStream: TransformStreams over the TextEncoder/TextDecoder globals
'use strict';
const { TransformStream } = require('llrt:web-streams');

// no Symbol.toStringTag: Node 20's TextEncoderStream and TextDecoderStream have none either
function defineStreamSides(proto) {
  Object.defineProperty(proto, 'readable', { configurable: true, get() { return this._transform.readable; } });
  Object.defineProperty(proto, 'writable', { configurable: true, get() { return this._transform.writable; } });
}

function isHighSurrogate(code) {
  return code >= 0xd800 && code <= 0xdbff;
}

function TextEncoderStream() {
  let encoder = new TextEncoder();
  // a high surrogate at a chunk's end waits for the low one at the next chunk's start
  let pending = '';
  let transform = new TransformStream({
    transform(chunk, controller) {
      let text = pending + String(chunk);
      pending = '';
      if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
        pending = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (text) controller.enqueue(encoder.encode(text));
    },
    flush(controller) {
      if (pending) controller.enqueue(encoder.encode('\ufffd'));
    },
  });
  Object.defineProperty(this, '_transform', { value: transform });
}
Object.defineProperty(TextEncoderStream.prototype, 'encoding', { configurable: true, get: () => 'utf-8' });
defineStreamSides(TextEncoderStream.prototype);

function TextDecoderStream(label, options) {
  let decoder = new TextDecoder(label === undefined ? 'utf-8' : label, options);
  let transform = new TransformStream({
    transform(chunk, controller) {
      let text = decoder.decode(chunk, { stream: true });
      if (text) controller.enqueue(text);
    },
    flush(controller) {
      let text = decoder.decode();
      if (text) controller.enqueue(text);
    },
  });
  Object.defineProperty(this, '_decoder', { value: decoder });
  Object.defineProperty(this, '_transform', { value: transform });
}
['encoding', 'fatal', 'ignoreBOM'].forEach(name => {
  Object.defineProperty(TextDecoderStream.prototype, name, { configurable: true, get() { return this._decoder[name]; } });
});
defineStreamSides(TextDecoderStream.prototype);

module.exports = { TextEncoderStream, TextDecoderStream };
