// llrt:awslambda: the `awslambda` global of Node's Lambda runtime (response streaming), loaded only when a handler
// module touches the global or the runtime meets a streaming handler. Behaviour follows
// aws-lambda-nodejs-runtime-interface-client (UserFunction.js, HttpResponseStream.js, ResponseStream.js).
'use strict';
const { Writable } = require('stream');

const HANDLER_STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HANDLER_HIGHWATERMARK = Symbol.for('aws.lambda.runtime.handler.streaming.highWaterMark');
const STREAM_RESPONSE = 'response';
const METADATA_PRELUDE_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
const DELIMITER_LEN = 8;
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

function invalidOperation(message) {
  const err = new Error(message);
  err.name = 'Runtime.InvalidStreamingOperation';
  return err;
}

function streamifyResponse(handler, options) {
  handler[HANDLER_STREAMING] = STREAM_RESPONSE;
  if (options && typeof options.highWaterMark === 'number') {
    handler[HANDLER_HIGHWATERMARK] = parseInt(options.highWaterMark);
  }
  return handler;
}

// false, 'response', or an error for any other mark (Node's runtime: MalformedStreamingHandler)
function streamingMode(handler) {
  const mark = handler[HANDLER_STREAMING];
  if (mark === undefined || mark === null || mark === false) return false;
  if (mark === STREAM_RESPONSE) return STREAM_RESPONSE;
  const err = new Error('Only response streaming is supported.');
  err.name = 'Runtime.MalformedStreamingHandler';
  throw err;
}

function highWaterMarkOf(handler) {
  const hwm = parseInt(handler[HANDLER_HIGHWATERMARK]);
  return isNaN(hwm) ? undefined : hwm;
}

// The application/vnd.awslambda.http-integration-response content type: JSON metadata, 8 null bytes, then the body.
const HttpResponseStream = {
  from(underlyingStream, prelude) {
    underlyingStream.setContentType(METADATA_PRELUDE_CONTENT_TYPE);
    const metadataPrelude = JSON.stringify(prelude); // no NUL can occur in JSON text
    underlyingStream._onBeforeFirstWrite = write => {
      write(metadataPrelude);
      write(new Uint8Array(DELIMITER_LEN));
    };
    return underlyingStream;
  },
};

/**
 * The handler's responseStream: a Writable over `transport`, whose open(contentType) starts the POST (on the first
 * write or at the end) and returns { write(bytes, cb), end(cb), fail(errorType, errorJson, cb) }. Each write's
 * callback runs once the bytes reached the socket, so 'drain' and pipeline() pace the producer to the network.
 */
function ResponseStream(transport, highWaterMark) {
  Writable.call(this, highWaterMark === undefined ? {} : { highWaterMark });
  this._transport = transport;
  this._contentType = DEFAULT_CONTENT_TYPE;
  this._sink = null;
  this._started = false;
  this._failed = false;
  this._onBeforeFirstWrite = undefined;
}
Object.setPrototypeOf(ResponseStream.prototype, Writable.prototype);
Object.setPrototypeOf(ResponseStream, Writable);

ResponseStream.prototype.setContentType = function (contentType) {
  if (this._started) throw invalidOperation('Cannot set content-type, too late.');
  this._contentType = String(contentType);
};

ResponseStream.prototype.write = function (chunk, encoding, callback) {
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk) && !(chunk instanceof Uint8Array)) {
    chunk = JSON.stringify(chunk);
  }
  this._beforeFirstBytes();
  return Writable.prototype.write.call(this, chunk, encoding, callback);
};

// Node's runtime sends the prelude before the first write only; an end() with no write sends it too here,
// so a body-less HttpResponseStream still carries its status and headers.
ResponseStream.prototype.end = function (chunk, encoding, callback) {
  if (typeof chunk === 'function') return this.end(undefined, undefined, chunk);
  if (typeof encoding === 'function') return this.end(chunk, undefined, encoding);
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  else if (!this.writableEnded) this._beforeFirstBytes();
  return Writable.prototype.end.call(this, callback);
};

ResponseStream.prototype._beforeFirstBytes = function () {
  if (this._started) return;
  this._started = true;
  if (typeof this._onBeforeFirstWrite === 'function') {
    this._onBeforeFirstWrite(ch => Writable.prototype.write.call(this, ch));
  }
};

ResponseStream.prototype._open = function () {
  if (this._sink === null) this._sink = this._transport.open(this._contentType);
  return this._sink;
};

ResponseStream.prototype._write = function (chunk, encoding, callback) {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  if (bytes.length === 0) return callback();
  this._open().write(bytes, callback);
};

ResponseStream.prototype._final = function (callback) {
  if (this._failed) return callback();
  this._open().end(callback);
};

ResponseStream.prototype._destroy = function (err, callback) {
  if (err && !this.writableFinished) this.fail(err);
  callback(err);
};

// Ends the response with Lambda's error trailers (Lambda-Runtime-Function-Error-Type/-Body); false if already over.
ResponseStream.prototype.fail = function (err, callback) {
  if (this._failed || this.writableFinished) return false;
  this._failed = true;
  this._started = true;
  this._open().fail(err, callback || (() => {}));
  return true;
};

const awslambda = { streamifyResponse, HttpResponseStream };

module.exports = { awslambda, streamingMode, highWaterMarkOf, ResponseStream, METADATA_PRELUDE_CONTENT_TYPE };
