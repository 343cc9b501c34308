// Headers (Fetch standard): case-insensitive names, values combined with ", ", iteration sorted by name with each
// Set-Cookie on its own, guards ('immutable' for fetched responses). Messages as Node's undici words them.
'use strict';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const INVALID_VALUE = /[\0\r\n]/;
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const GUARD = Symbol('headers guard');
const LIST = Symbol('headers list');

function checkName(op, name) {
  name = String(name);
  if (!TOKEN.test(name)) throw new TypeError(`Headers.${op}: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

// tab, LF, CR, space: what a value loses at its ends
const isEdgeSpace = c => c === 32 || c === 9 || c === 10 || c === 13;

function normalizeValue(op, value) {
  value = String(value);
  // the regex only when an end has whitespace: run on every value, it scanned each one whole in the interpreter's
  // regex engine (the SDK's signed headers on every request, docs/warm-sdk.md)
  if (value.length > 0 && (isEdgeSpace(value.charCodeAt(0)) || isEdgeSpace(value.charCodeAt(value.length - 1)))) {
    value = value.replace(EDGE_WHITESPACE, '');
  }
  if (INVALID_VALUE.test(value)) throw new TypeError(`Headers.${op}: "${value}" is an invalid header value.`);
  return value;
}

function checkMutable(headers) {
  if (headers[GUARD] === 'immutable') throw new TypeError('immutable');
}

function Headers(init) {
  if (!(this instanceof Headers)) throw new TypeError("Class constructor Headers cannot be invoked without 'new'");
  Object.defineProperty(this, LIST, { value: new Map() }); // lower-case name -> array of values
  Object.defineProperty(this, GUARD, { value: 'none', writable: true });
  if (init === undefined || init === null) {
    if (init === null) throw conversionError();
    return;
  }
  fill(this, init);
}

function conversionError() {
  return new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
}

function fill(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function') throw conversionError();
  if (init instanceof Headers) {
    init[LIST].forEach((values, name) => headers[LIST].set(name, values.slice()));
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    Array.from(init).forEach(pair => {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') throw conversionError();
      let items = Array.from(pair);
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      headers.append(items[0], items[1]);
    });
    return;
  }
  Object.keys(init).forEach(key => headers.append(key, init[key]));
}

Headers.prototype.append = function append(name, value) {
  let key = checkName('append', name);
  let v = normalizeValue('append', value);
  checkMutable(this);
  let list = this[LIST].get(key);
  if (list) list.push(v);
  else this[LIST].set(key, [v]);
};

Headers.prototype.set = function set(name, value) {
  let key = checkName('set', name);
  let v = normalizeValue('set', value);
  checkMutable(this);
  this[LIST].set(key, [v]);
};

Headers.prototype.delete = function (name) {
  let key = checkName('delete', name);
  checkMutable(this);
  this[LIST].delete(key);
};

Headers.prototype.get = function get(name) {
  let list = this[LIST].get(checkName('get', name));
  return list ? list.join(', ') : null;
};

Headers.prototype.has = function has(name) {
  return this[LIST].has(checkName('has', name));
};

Headers.prototype.getSetCookie = function getSetCookie() {
  let list = this[LIST].get('set-cookie');
  return list ? list.slice() : [];
};

// the sorted-and-combined list the standard iterates: [name, value] pairs
function sortedPairs(headers) {
  let names = Array.from(headers[LIST].keys()).sort();
  let out = [];
  names.forEach(name => {
    let values = headers[LIST].get(name);
    if (name === 'set-cookie') values.forEach(v => out.push([name, v]));
    else out.push([name, values.join(', ')]);
  });
  return out;
}

function* iterate(headers, kind) {
  let pairs = sortedPairs(headers);
  for (let i = 0; i < pairs.length; i++) {
    yield kind === 'keys' ? pairs[i][0] : kind === 'values' ? pairs[i][1] : pairs[i];
  }
}

Headers.prototype.entries = function entries() { return iterate(this, 'entries'); };
Headers.prototype.keys = function keys() { return iterate(this, 'keys'); };
Headers.prototype.values = function values() { return iterate(this, 'values'); };
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Headers.prototype.forEach = function forEach(callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
  sortedPairs(this).forEach(pair => callback.call(thisArg, pair[1], pair[0], this));
};
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// for Request/Response/fetch: flat [name, value, ...] in the list's order, and guard changes
function toFlatList(headers) {
  let out = [];
  headers[LIST].forEach((values, name) => values.forEach(v => out.push(name, v)));
  return out;
}

function fromFlatList(flat, guard) {
  let headers = new Headers();
  let list = headers[LIST];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    let existing = list.get(flat[i]);
    if (existing) existing.push(flat[i + 1]);
    else list.set(flat[i], [flat[i + 1]]);
  }
  if (guard) headers[GUARD] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[GUARD] = guard;
  return headers;
}

module.exports = { Headers, toFlatList, fromFlatList, setGuard };
