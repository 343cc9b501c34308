// Request (Fetch standard): URL, normalised method, headers, body (once), signal, redirect mode, duplex, clone.
'use strict';

const { Headers, setGuard } = require('llrt:headers');
const body = require('llrt:fetch-body');

const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
const NORMALISED = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REDIRECTS = ['follow', 'error', 'manual'];

function normaliseMethod(method) {
  method = String(method);
  if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  let upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.indexOf(upper) >= 0) throw new TypeError(`'${upper}' HTTP method is unsupported.`);
  return NORMALISED.indexOf(upper) >= 0 ? upper : method;
}

function parseUrl(input) {
  let text = String(input);
  let URLCtor = globalThis.URL;
  try {
    if (typeof URLCtor === 'function') return new URLCtor(text).href;
  } catch (e) {
    throw new TypeError('Failed to parse URL from ' + text, { cause: e });
  }
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) throw new TypeError('Failed to parse URL from ' + text);
  // without URL: give an authority-only URL its root path, as the URL parser would
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*$/.test(text) ? text + '/' : text;
}

function Request(input, init) {
  if (!(this instanceof Request)) throw new TypeError("Class constructor Request cannot be invoked without 'new'");
  init = init === undefined || init === null ? {} : init;
  let from = input instanceof Request ? input : null;
  this._url = from ? from._url : parseUrl(input);
  this._method = init.method !== undefined ? normaliseMethod(init.method) : from ? from._method : 'GET';
  this._redirect = init.redirect !== undefined ? String(init.redirect) : from ? from._redirect : 'follow';
  if (REDIRECTS.indexOf(this._redirect) < 0) {
    throw new TypeError(`Request constructor: ${this._redirect} is not an accepted type. Expected one of ${REDIRECTS.join(', ')}.`);
  }
  this._signal = init.signal !== undefined ? init.signal : from ? from._signal : null;
  this._duplex = init.duplex !== undefined ? init.duplex : from ? from._duplex : 'half';
  this._keepalive = !!init.keepalive;
  this._timeout = init.timeout !== undefined ? Number(init.timeout) : from ? from._timeout : 0;
  this._headers = new Headers(init.headers !== undefined ? init.headers : from ? from._headers : undefined);
  setGuard(this._headers, 'request');
  let source = null;
  if (init.body !== undefined && init.body !== null) {
    if (this._method === 'GET' || this._method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
    let extracted = body.extract(init.body);
    if ((extracted.source.stream || extracted.source.iterable) && init.duplex === undefined && !from) {
      throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
    source = extracted.source;
    if (extracted.type && !this._headers.has('content-type')) this._headers.set('content-type', extracted.type);
  } else if (from && init.body === undefined) {
    if (from.bodyUsed) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
    source = body.bodySource(from);
    if (source !== null) body.markUsed(from);
  }
  body.initBody(this, source);
}

['url', 'method', 'redirect', 'signal', 'duplex', 'keepalive', 'headers'].forEach(name => {
  Object.defineProperty(Request.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (name === 'signal' && this._signal === null && typeof globalThis.AbortController === 'function') {
        this._signal = new globalThis.AbortController().signal;
      }
      return this['_' + name];
    },
  });
});
['cache', 'credentials', 'destination', 'integrity', 'mode', 'referrer', 'referrerPolicy'].forEach(name => {
  const values = { cache: 'default', credentials: 'same-origin', destination: '', integrity: '', mode: 'cors', referrer: 'about:client', referrerPolicy: '' };
  Object.defineProperty(Request.prototype, name, { configurable: true, enumerable: true, get() { return values[name]; } });
});

body.mixin(Request.prototype, self => self._headers.get('content-type'));

Request.prototype.clone = function clone() {
  if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
  let copy = Object.create(Request.prototype);
  ['_url', '_method', '_redirect', '_signal', '_duplex', '_keepalive', '_timeout'].forEach(k => { copy[k] = this[k]; });
  copy._headers = setGuard(new Headers(this._headers), 'request');
  body.initBody(copy, body.teeSource(this));
  return copy;
};
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

module.exports = { Request, normaliseMethod };
