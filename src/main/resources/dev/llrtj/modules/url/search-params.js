// URLSearchParams: a name/value list kept in step with its URL's query (application/x-www-form-urlencoded).
'use strict';

const host = require('llrt:url-host');

// Each URLSearchParams keeps { list: [[name, value]], url: owner's update function or null } on a non-enumerable
// symbol property (Node's own URLSearchParams keeps its list on symbol properties too), not in a WeakMap: Rhino's
// WeakMap is a Java WeakHashMap, which holds its values strongly, so an entry whose value reaches its key (here
// through the owner URL's update function) is never freed. The rule for module code: docs/module-state.md.
const STATE = Symbol('URLSearchParams state');
const hasOwn = Object.prototype.hasOwnProperty;

function stateOf(params) {
  return params !== null && typeof params === 'object' && hasOwn.call(params, STATE) ? params[STATE] : undefined;
}

function toUSV(value) {
  return String(value).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g,
    (m, before) => (before === undefined ? '' : before) + '\ufffd');
}

function parseForm(input) {
  let list = [];
  input.split('&').forEach(sequence => {
    if (sequence === '') return;
    let eq = sequence.indexOf('=');
    let name = eq < 0 ? sequence : sequence.slice(0, eq);
    let value = eq < 0 ? '' : sequence.slice(eq + 1);
    list.push([host.percentDecode(name.replace(/\+/g, ' ')), host.percentDecode(value.replace(/\+/g, ' '))]);
  });
  return list;
}

function serializeForm(list) {
  return list.map(pair => host.percentEncode(pair[0], host.formSet, true) + '=' +
    host.percentEncode(pair[1], host.formSet, true)).join('&');
}

function state(params) {
  let s = stateOf(params);
  if (!s) throw new TypeError('Value of "this" must be of type URLSearchParams');
  return s;
}

function argError(name) {
  let err = new TypeError(`The "${name}" argument must be specified`);
  err.code = 'ERR_MISSING_ARGS';
  return err;
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  let list = [];
  if (init === undefined || init === null) {
    // nothing
  } else if (typeof init === 'object' || typeof init === 'function') {
    let iteratorFn = init[Symbol.iterator];
    if (typeof iteratorFn === 'function') {
      for (let pair of init) {
        if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
          let err = new TypeError('Each query pair must be an iterable [name, value] tuple');
          err.code = 'ERR_INVALID_TUPLE';
          throw err;
        }
        let items = Array.from(pair);
        if (items.length !== 2) {
          let err = new TypeError('Each query pair must be an iterable [name, value] tuple');
          err.code = 'ERR_INVALID_TUPLE';
          throw err;
        }
        list.push([toUSV(items[0]), toUSV(items[1])]);
      }
    } else {
      Object.keys(init).forEach(key => list.push([toUSV(key), toUSV(init[key])]));
    }
  } else {
    let s = toUSV(init);
    list = parseForm(s.charAt(0) === '?' ? s.slice(1) : s);
  }
  Object.defineProperty(this, STATE, { value: { list, url: null } });
}

// the URL side: URL objects create their params with this and refresh the list when their query changes
URLSearchParams._forURL = function (query, update) {
  let params = new URLSearchParams();
  let s = params[STATE];
  s.list = query ? parseForm(query) : [];
  s.url = update;
  return params;
};
URLSearchParams._reset = function (params, query) {
  params[STATE].list = query ? parseForm(query) : [];
};

function changed(s) {
  if (s.url) s.url(serializeForm(s.list));
}

const proto = URLSearchParams.prototype;
proto.append = function append(name, value) {
  if (arguments.length < 2) throw argError(arguments.length ? 'value' : 'name');
  let s = state(this);
  s.list.push([toUSV(name), toUSV(value)]);
  changed(s);
};
proto.delete = function (name, value) {
  if (arguments.length < 1) throw argError('name');
  let s = state(this);
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  s.list = s.list.filter(pair => !(pair[0] === name && (value === undefined || pair[1] === value)));
  changed(s);
};
proto.get = function get(name) {
  if (arguments.length < 1) throw argError('name');
  name = toUSV(name);
  let found = state(this).list.find(pair => pair[0] === name);
  return found ? found[1] : null;
};
proto.getAll = function getAll(name) {
  if (arguments.length < 1) throw argError('name');
  name = toUSV(name);
  return state(this).list.filter(pair => pair[0] === name).map(pair => pair[1]);
};
proto.has = function has(name, value) {
  if (arguments.length < 1) throw argError('name');
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  return state(this).list.some(pair => pair[0] === name && (value === undefined || pair[1] === value));
};
proto.set = function set(name, value) {
  if (arguments.length < 2) throw argError(arguments.length ? 'value' : 'name');
  let s = state(this);
  name = toUSV(name);
  value = toUSV(value);
  let index = s.list.findIndex(pair => pair[0] === name);
  if (index < 0) s.list.push([name, value]);
  else {
    s.list[index][1] = value;
    s.list = s.list.filter((pair, i) => i <= index || pair[0] !== name);
  }
  changed(s);
};
proto.sort = function sort() {
  let s = state(this);
  // stable by UTF-16 code units (Array.prototype.sort is stable, but the index makes that explicit)
  s.list = s.list.map((pair, i) => [pair, i]).sort((a, b) => {
    if (a[0][0] < b[0][0]) return -1;
    if (a[0][0] > b[0][0]) return 1;
    return a[1] - b[1];
  }).map(entry => entry[0]);
  changed(s);
};
proto.forEach = function forEach(callback, thisArg) {
  if (typeof callback !== 'function') {
    let err = new TypeError('The "callback" argument must be of type function. Received ' + (callback === null ? 'null' : typeof callback));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let s = state(this);
  for (let i = 0; i < s.list.length; i++) callback.call(thisArg, s.list[i][1], s.list[i][0], this);
};
proto.toString = function toString() {
  return serializeForm(state(this).list);
};
Object.defineProperty(proto, 'size', { configurable: true, enumerable: true, get() { return state(this).list.length; } });

const IteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const ParamsIteratorProto = Object.create(IteratorProto);
ParamsIteratorProto.next = function next() {
  let s = this._params[STATE];
  if (this._index >= s.list.length) return { value: undefined, done: true };
  let pair = s.list[this._index++];
  return { value: this._kind === 'keys' ? pair[0] : this._kind === 'values' ? pair[1] : [pair[0], pair[1]], done: false };
};
// Rhino's %IteratorPrototype% lacks [Symbol.iterator]; for-of and Array.from need it
ParamsIteratorProto[Symbol.iterator] = function () { return this; };
Object.defineProperty(ParamsIteratorProto, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });

function iterator(params, kind) {
  state(params);
  let it = Object.create(ParamsIteratorProto);
  Object.defineProperty(it, '_params', { value: params });
  Object.defineProperty(it, '_kind', { value: kind });
  Object.defineProperty(it, '_index', { value: 0, writable: true });
  return it;
}
proto.keys = function keys() { return iterator(this, 'keys'); };
proto.values = function values() { return iterator(this, 'values'); };
proto.entries = function entries() { return iterator(this, 'entries'); };
proto[Symbol.iterator] = proto.entries;
Object.defineProperty(proto, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'forEach', 'toString', 'keys', 'values', 'entries'].forEach(name => {
  Object.defineProperty(proto, name, { enumerable: true });
});

Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
  configurable: true,
  writable: true,
  value: function (depth, options, inspect) {
    let list = state(this).list;
    if (list.length === 0) return 'URLSearchParams {}';
    return 'URLSearchParams { ' + list.map(pair => inspect(pair[0]) + ' => ' + inspect(pair[1])).join(', ') + ' }';
  },
});

module.exports = { URLSearchParams, parseForm, serializeForm, toUSV };
