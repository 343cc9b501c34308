// The Body mixin shared by Request and Response: what a body can be made from, reading it once (text, json,
// arrayBuffer, bytes, blob, formData), and `body` as a ReadableStream. A fetched response's body stays in Java
// until read: readAll takes it in one piece, the stream pulls it chunk by chunk (the server waits meanwhile).
'use strict';

const STATE = Symbol('body state');

function isView(value) {
  return ArrayBuffer.isView(value);
}

function copyBytes(value) {
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
}

function isReadableStream(value) {
  let RS = globalThis.ReadableStream;
  return (typeof RS === 'function' && value instanceof RS) || (value && typeof value.getReader === 'function');
}

// init.body -> { source, type } where source is one of
// { bytes } | { blob } | { stream } | { iterable } | { remote: handle } (a fetched body, read through Java)
function extract(body) {
  if (body === undefined || body === null) return { source: null, type: null };
  if (typeof body === 'string') return { source: { bytes: native.encodeUtf8(body) }, type: 'text/plain;charset=UTF-8' };
  if (body instanceof ArrayBuffer || isView(body)) return { source: { bytes: copyBytes(body) }, type: null };
  let USP = globalThis.URLSearchParams;
  if (typeof USP === 'function' && body instanceof USP) {
    return { source: { bytes: native.encodeUtf8(body.toString()) }, type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  let Blob = globalThis.Blob;
  if (typeof Blob === 'function' && body instanceof Blob) return { source: { blob: body }, type: body.type || null };
  if (isReadableStream(body)) return { source: { stream: body }, type: null };
  if (typeof body[Symbol.asyncIterator] === 'function') return { source: { iterable: body }, type: null };
  return { source: { bytes: native.encodeUtf8(String(body)) }, type: 'text/plain;charset=UTF-8' };
}

function initBody(target, source) {
  Object.defineProperty(target, STATE, { value: { source, used: false, stream: null } });
}

function concat(chunks) {
  let total = 0;
  chunks.forEach(c => { total += c.byteLength; });
  let out = new Uint8Array(total);
  let at = 0;
  chunks.forEach(c => { out.set(c, at); at += c.byteLength; });
  return out;
}

function toUint8(chunk) {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (typeof chunk === 'string') return native.encodeUtf8(chunk);
  throw new TypeError('Received non-Uint8Array chunk');
}

function readReader(reader) {
  let chunks = [];
  function step() {
    return reader.read().then(r => {
      if (r.done) return concat(chunks);
      chunks.push(toUint8(r.value));
      return step();
    });
  }
  return step();
}

function readIterable(iterable) {
  let it = iterable[Symbol.asyncIterator]();
  let chunks = [];
  function step() {
    return Promise.resolve(it.next()).then(r => {
      if (r.done) return concat(chunks);
      chunks.push(toUint8(r.value));
      return step();
    });
  }
  return step();
}

function remoteAll(handle) {
  return new Promise((resolve, reject) => handle.readAll((err, buffer) => err ? reject(err) : resolve(new Uint8Array(buffer))));
}

// all bytes of a source, without marking anything used
function sourceBytes(source) {
  if (source === null) return Promise.resolve(new Uint8Array(0));
  if (source.bytes) return Promise.resolve(source.bytes);
  if (source.blob) return source.blob.arrayBuffer().then(b => new Uint8Array(b));
  if (source.stream) return readReader(source.stream.getReader());
  if (source.iterable) return readIterable(source.iterable);
  if (source.remote) return remoteAll(source.remote);
  return Promise.reject(new TypeError('unknown body'));
}

function consume(target) {
  let state = target[STATE];
  if (state.used || (state.stream && (state.stream.locked || state.stream._disturbed))) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  state.used = true;
  if (state.stream) return readReader(state.stream.getReader());
  return sourceBytes(state.source).then(bytes => bytes, err => { throw target._bodyError ? target._bodyError(err) : err; });
}

// a pull source for a ReadableStream over a fetched body: each pull asks Java for one chunk
function remoteSource(handle, mapError) {
  return {
    pull(controller) {
      return new Promise((resolve, reject) => handle.pull((err, chunk) => {
        if (err) reject(mapError ? mapError(err) : err);
        else {
          if (chunk === null) controller.close();
          else controller.enqueue(chunk);
          resolve();
        }
      }));
    },
    cancel() {
      handle.abort(); // the rest may be large: reset rather than read it to keep the connection
    },
  };
}

function sourceToStream(source, mapError) {
  let RS = globalThis.ReadableStream;
  if (source.stream) return source.stream;
  let underlying;
  if (source.remote) underlying = remoteSource(source.remote, mapError);
  else {
    let pending = source.iterable ? source.iterable[Symbol.asyncIterator]() : null;
    let bytes = null;
    underlying = {
      pull(controller) {
        if (pending) {
          return Promise.resolve(pending.next()).then(r => {
            if (r.done) controller.close();
            else controller.enqueue(toUint8(r.value));
          });
        }
        if (bytes === null) {
          return sourceBytes(source).then(b => { bytes = b; if (b.byteLength) controller.enqueue(b); controller.close(); });
        }
        controller.close();
      },
    };
  }
  return typeof RS === 'function' ? new RS(underlying, { highWaterMark: 0 }) : new MiniStream(underlying);
}

// Until ReadableStream lands globally: a reader-only stream over the same underlying source
function MiniStream(underlying) {
  this._underlying = underlying;
  this._queue = [];
  this._closed = false;
  this.locked = false;
}
MiniStream.prototype.getReader = function () {
  if (this.locked) throw new TypeError('ReadableStream is locked');
  this.locked = true;
  let stream = this;
  let controller = {
    enqueue(chunk) { stream._queue.push(chunk); },
    close() { stream._closed = true; },
    error(e) { stream._error = e; },
  };
  return {
    read() {
      if (stream._queue.length) return Promise.resolve({ value: stream._queue.shift(), done: false });
      if (stream._error) return Promise.reject(stream._error);
      if (stream._closed) return Promise.resolve({ value: undefined, done: true });
      return Promise.resolve(stream._underlying.pull(controller)).then(() => this.read());
    },
    cancel() {
      stream._closed = true;
      if (stream._underlying.cancel) stream._underlying.cancel();
      return Promise.resolve();
    },
    releaseLock() { stream.locked = false; },
    get closed() { return Promise.resolve(); },
  };
};
MiniStream.prototype.cancel = function () {
  this._closed = true;
  if (this._underlying.cancel) this._underlying.cancel();
  return Promise.resolve();
};
MiniStream.prototype[Symbol.asyncIterator] = function () {
  let reader = this.getReader();
  return { next: () => reader.read(), return: () => reader.cancel().then(() => ({ done: true, value: undefined })) };
};

function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Request.prototype / Response.prototype get these; `contentType(self)` reads the headers
function mixin(proto, contentType) {
  Object.defineProperty(proto, 'body', {
    configurable: true,
    enumerable: true,
    get() {
      let state = this[STATE];
      if (state.source === null) return null;
      if (!state.stream) state.stream = sourceToStream(state.source, this._bodyError && this._bodyError.bind(this));
      return state.stream;
    },
  });
  Object.defineProperty(proto, 'bodyUsed', {
    configurable: true,
    enumerable: true,
    get() {
      let state = this[STATE];
      return state.used || !!(state.stream && state.stream._disturbed); // the polyfill's [[disturbed]] slot
    },
  });
  proto.arrayBuffer = function arrayBuffer() {
    return consume(this).then(bytes => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };
  proto.bytes = function bytes() {
    return consume(this);
  };
  proto.text = function text() {
    return consume(this).then(bytes => stripBom(native.decodeUtf8(bytes)));
  };
  proto.json = function json() {
    return this.text().then(text => JSON.parse(text));
  };
  proto.blob = function blob() {
    let self = this;
    return consume(this).then(bytes => {
      let Blob = globalThis.Blob;
      if (typeof Blob !== 'function') throw new TypeError('Blob is not available');
      return new Blob([bytes], { type: contentType(self) || '' });
    });
  };
  proto.formData = function formData() {
    let self = this;
    return this.text().then(text => {
      let FormData = globalThis.FormData;
      let USP = globalThis.URLSearchParams;
      let type = (contentType(self) || '').toLowerCase();
      if (typeof FormData !== 'function' || typeof USP !== 'function' || type.indexOf('application/x-www-form-urlencoded') !== 0) {
        throw new TypeError('Response.formData: unsupported body');
      }
      let form = new FormData();
      new USP(text).forEach((value, name) => form.append(name, value));
      return form;
    });
  };
}

// clone(): two bodies over one source. Bytes are shared; anything streamed is read once and buffered for both.
function teeSource(target) {
  let state = target[STATE];
  if (state.used) throw new TypeError('Response.clone: Body has already been consumed.');
  let source = state.source;
  if (source === null || source.bytes || source.blob) return source;
  let all = consume(target);
  state.used = false;
  state.stream = null;
  state.source = { iterable: onceIterable(all) };
  return { iterable: onceIterable(all) };
}

// no computed key in the literal: Rhino would keep this file's whole syntax tree alive (rhino-babel.mjs says why)
function onceIterable(promise) {
  let iterable = {};
  iterable[Symbol.asyncIterator] = () => onceIterator(promise);
  return iterable;
}

function onceIterator(promise) {
  let done = false;
  return {
    next() {
      if (done) return Promise.resolve({ done: true, value: undefined });
      done = true;
      return promise.then(bytes => ({ done: false, value: bytes }));
    },
  };
}

function bodySource(target) {
  return target[STATE].source;
}

function markUsed(target) {
  target[STATE].used = true;
}

module.exports = { extract, initBody, mixin, teeSource, bodySource, markUsed, sourceBytes, toUint8, isReadableStream };
