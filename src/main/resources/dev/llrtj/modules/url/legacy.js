// node:url's legacy API: url.parse() into Node's Url shape, url.format() of such objects, url.resolve().
// Written from Node's documented behaviour (checked against Node 20 tables in the tests), not its source.
'use strict';

const host = require('llrt:url-host');

const SLASHED = new Set(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']);
const HOSTLESS = new Set(['javascript']);
const PROTOCOL = /^[a-z0-9.+-]+:/i;
const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const HOST_END = /[\t\n\r "#%'/;<>?\\^`{|}]/;
const HOSTNAME_CHAR = /[a-zA-Z0-9.\-+_\u0080-\uffff]/;
const AUTO_ESCAPE = /['{}|\\^`<>" \r\n\t]/g;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return s;
  }
}

// querystring.parse as url.parse(s, true) uses it: '+' is a space, repeated keys collect into arrays
function parseQuery(qs) {
  let out = Object.create(null);
  if (!qs) return out;
  qs.split('&').forEach(pair => {
    if (pair === '') return;
    let eq = pair.indexOf('=');
    let key = safeDecode((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
    let value = eq < 0 ? '' : safeDecode(pair.slice(eq + 1).replace(/\+/g, ' '));
    if (!(key in out)) out[key] = value;
    else if (Array.isArray(out[key])) out[key].push(value);
    else out[key] = [out[key], value];
  });
  return out;
}

function stringifyQuery(obj) {
  let enc = v => encodeURIComponent(typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : '');
  return Object.keys(obj).map(key => {
    let v = obj[key];
    if (Array.isArray(v)) return v.map(item => enc(key) + '=' + enc(item)).join('&');
    return enc(key) + '=' + enc(v);
  }).filter(s => s !== '').join('&');
}

function invalidArgType(name, expected, value) {
  let err = new TypeError(`The "${name}" argument must be of type ${expected}. Received ${value === null ? 'null' : typeof value}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
  let rest = url.trim();
  // backslashes before the query are slashes
  let q = rest.search(/[?#]/);
  rest = q < 0 ? rest.replace(/\\/g, '/') : rest.slice(0, q).replace(/\\/g, '/') + rest.slice(q);

  if (!slashesDenoteHost && url.indexOf('#') < 0) {
    let simple = SIMPLE_PATH.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? parseQuery(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = PROTOCOL.exec(rest);
  let lowerProto = null;
  if (proto) {
    lowerProto = proto[0].toLowerCase().slice(0, -1);
    this.protocol = lowerProto + ':';
    rest = rest.slice(proto[0].length);
  }
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    let slashes = rest.startsWith('//');
    if (slashes && !(lowerProto && HOSTLESS.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS.has(lowerProto) && (this.slashes || (lowerProto && !SLASHED.has(lowerProto)))) {
    let hostEnd = rest.search(/[/?#]/);
    let at = (hostEnd < 0 ? rest : rest.slice(0, hostEnd)).lastIndexOf('@');
    if (at >= 0) {
      this.auth = safeDecode(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    hostEnd = rest.search(HOST_END);
    if (hostEnd < 0) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    let port = /:[0-9]*$/.exec(this.host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      this.host = this.host.slice(0, this.host.length - port[0].length);
    }
    let hostname = this.host;
    let ipv6 = hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']';
    if (!ipv6) {
      for (let i = 0; i < hostname.length; i++) {
        if (!HOSTNAME_CHAR.test(hostname.charAt(i))) {
          rest = hostname.slice(i) + rest;
          hostname = hostname.slice(0, i);
          break;
        }
      }
    }
    hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
    if (!ipv6 && /[^\u0000-\u007f]/.test(hostname)) hostname = host.domainToASCII(hostname) || '';
    this.hostname = hostname;
    this.host = hostname + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = hostname.slice(1, -1);
      if (rest.charAt(0) !== '/') rest = '/' + rest;
    }
  }

  if (!HOSTLESS.has(lowerProto)) {
    rest = rest.replace(AUTO_ESCAPE, ch => ch === "'" ? '%27' : encodeURIComponent(ch));
  }

  let hash = rest.indexOf('#');
  if (hash >= 0) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  let qm = rest.indexOf('?');
  if (qm >= 0) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = parseQuery(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest) this.pathname = rest;
  if (SLASHED.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/gi, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let hostPart = '';
  let query = '';
  if (this.host) {
    hostPart = auth + this.host;
  } else if (this.hostname) {
    let hn = String(this.hostname);
    hostPart = auth + (hn.indexOf(':') >= 0 && hn.charAt(0) !== '[' ? '[' + hn + ']' : hn);
    if (this.port) hostPart += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = stringifyQuery(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && protocol.charAt(protocol.length - 1) !== ':') protocol += ':';
  pathname = pathname.replace(/[?#]/g, ch => encodeURIComponent(ch));
  search = search.replace(/#/g, '%23');
  let lower = protocol.slice(0, -1).toLowerCase();
  if (this.slashes || SLASHED.has(lower)) {
    if (this.slashes || hostPart) {
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
      hostPart = '//' + hostPart;
    } else if (lower === 'file') {
      hostPart = '//';
    }
  }
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  return protocol + hostPart + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  return new Url().parse(url, parseQueryString, slashesDenoteHost);
}

function legacyFormat(obj) {
  if (typeof obj === 'string') return urlParse(obj).format();
  if (obj === null || typeof obj !== 'object') throw invalidArgType('urlObject', 'object or string', obj);
  return Url.prototype.format.call(obj);
}

// relative references resolve as the WHATWG parser does, against a placeholder scheme when `from` has none;
// a relative `from` keeps the '..' that climb above it, as the legacy resolver does
function resolve(from, to) {
  const URL = require('llrt:url').URL;
  let fromIsRelative = !PROTOCOL.test(from) && from.charAt(0) !== '/';
  let depth = fromIsRelative ? to.split('/').length + 1 : 0;
  let pad = '';
  for (let i = 0; i < depth; i++) pad += '/__llrt' + i;
  let base = new URL(fromIsRelative ? pad + '/' + from : from, 'resolve:///');
  let resolved = new URL(to, base);
  if (resolved.protocol !== 'resolve:') return resolved.toString();
  let path = resolved.pathname;
  if (fromIsRelative) {
    let kept = 0;
    while (path.startsWith('/__llrt' + kept + '/') || path === '/__llrt' + kept) {
      path = path.slice(('/__llrt' + kept).length);
      kept++;
    }
    path = '../'.repeat(depth - kept) + path.replace(/^\//, '');
  }
  return path + resolved.search + resolved.hash;
}

function asString(u) {
  return u instanceof Url ? u.format() : String(u);
}

// the resolved URL as a Url object
function resolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(resolve(asString(source), asString(relative)));
}

Url.prototype.resolve = function (relative) {
  return resolve(this.format(), asString(relative));
};
Url.prototype.resolveObject = function (relative) {
  return resolveObject(this, relative);
};

module.exports = { Url, parse: urlParse, format: legacyFormat, resolve, resolveObject, parseQuery };
