// Response (Fetch standard): status/ok/statusText/headers/url/redirected/type, body (once), clone, and the
// static json/redirect/error. Fetched responses come from fromNetwork with an immutable header list.
'use strict';

const { Headers, fromFlatList, setGuard } = require('llrt:headers');
const body = require('llrt:fetch-body');

const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
const REDIRECT_STATUS = [301, 302, 303, 307, 308];
const REASON = /^[\t\x20-\x7e\x80-\xff]*$/;

function Response(bodyInit, init) {
  if (!(this instanceof Response)) throw new TypeError("Class constructor Response cannot be invoked without 'new'");
  init = init === undefined || init === null ? {} : init;
  let status = init.status !== undefined ? Number(init.status) : 200;
  if (!(status >= 200 && status <= 599) || Math.floor(status) !== status) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  let statusText = init.statusText !== undefined ? String(init.statusText) : '';
  if (!REASON.test(statusText)) throw new TypeError('Invalid statusText');
  this._status = status;
  this._statusText = statusText;
  this._type = 'default';
  this._url = '';
  this._redirected = false;
  this._headers = setGuard(new Headers(init.headers), 'response');
  let source = null;
  if (bodyInit !== undefined && bodyInit !== null) {
    if (NULL_BODY_STATUS.indexOf(status) >= 0) throw new TypeError('Response constructor: Invalid response status code ' + status);
    let extracted = body.extract(bodyInit);
    source = extracted.source;
    if (extracted.type && !this._headers.has('content-type')) this._headers.set('content-type', extracted.type);
  }
  body.initBody(this, source);
}

['status', 'statusText', 'headers', 'type', 'url', 'redirected'].forEach(name => {
  Object.defineProperty(Response.prototype, name, {
    configurable: true,
    enumerable: true,
    get() { return this['_' + name]; },
  });
});
Object.defineProperty(Response.prototype, 'ok', {
  configurable: true,
  enumerable: true,
  get() { return this._status >= 200 && this._status <= 299; },
});

body.mixin(Response.prototype, self => self._headers.get('content-type'));

// a network error met while reading a fetched body: TypeError('terminated') with the cause, as undici words it
Response.prototype._bodyError = function (err) {
  if (this._abortReason && err && err.aborted) return this._abortReason();
  if (err instanceof Error) return err;
  let cause = new Error(err && err.message);
  if (err && err.code) cause.code = err.code;
  return new TypeError('terminated', { cause });
};

Response.prototype.clone = function clone() {
  if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
  let copy = Object.create(Response.prototype);
  ['_status', '_statusText', '_type', '_url', '_redirected', '_abortReason'].forEach(k => { copy[k] = this[k]; });
  copy._headers = new Headers(this._headers);
  setGuard(copy._headers, this._type === 'default' || this._type === 'basic' ? 'response' : 'immutable');
  body.initBody(copy, body.teeSource(this));
  return copy;
};
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

Response.error = function error() {
  let r = new Response(null, { status: 200 });
  r._status = 0;
  r._type = 'error';
  setGuard(r._headers, 'immutable');
  return r;
};

Response.json = function json(data, init) {
  let text = JSON.stringify(data);
  if (text === undefined) throw new TypeError('Value is not JSON serializable');
  let r = new Response(text, init);
  r._headers.set('content-type', 'application/json');
  if (init && init.headers && new Headers(init.headers).has('content-type')) r._headers.set('content-type', new Headers(init.headers).get('content-type'));
  return r;
};

Response.redirect = function redirect(url, status) {
  status = status === undefined ? 302 : Number(status);
  if (REDIRECT_STATUS.indexOf(status) < 0) throw new RangeError('Invalid status code ' + status);
  let URLCtor = globalThis.URL;
  let location = typeof URLCtor === 'function' ? new URLCtor(String(url)).href : String(url);
  let r = new Response(null, { status });
  r._headers.set('location', location);
  setGuard(r._headers, 'immutable');
  return r;
};

// a fetched response: head from Java, body left in Java behind `handle` until read (no handle: a null body)
function fromNetwork(head, handle, url, redirected, abortReason) {
  let r = Object.create(Response.prototype);
  r._status = head.status;
  r._statusText = head.statusText;
  r._type = 'basic';
  r._url = url;
  r._redirected = redirected;
  r._abortReason = abortReason;
  r._headers = fromFlatList(head.headers, 'immutable');
  body.initBody(r, handle ? { remote: handle } : null);
  return r;
}

module.exports = { Response, fromNetwork, REDIRECT_STATUS };
