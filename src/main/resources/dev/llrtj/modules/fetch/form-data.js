// FormData: an ordered list of name/value entries whose values are strings or Files (fetch bodies use it).
'use strict';

const blob = require('llrt:blob');
const Blob = blob.Blob;
const File = blob.File;

const kEntries = Symbol('entries');

function entries(fd) {
  let list = fd !== null && typeof fd === 'object' ? fd[kEntries] : undefined;
  if (!list) throw new TypeError('Value of "this" must be of type FormData');
  return list;
}

function toUSV(value) {
  return String(value).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g,
    (m, before) => (before === undefined ? '' : before) + '\ufffd');
}

function argCount(method, args, needed) {
  if (args.length < needed) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': ${needed} arguments required, but only ${args.length} present.`);
  }
}

// the spec's "create an entry": Blobs become Files (named "blob" unless a filename or a File's name says otherwise)
function makeEntry(method, name, value, filename, withFilename) {
  name = toUSV(name);
  if (value instanceof Blob) {
    if (!(value instanceof File) || withFilename) {
      let options = { type: value.type };
      if (value instanceof File) options.lastModified = value.lastModified;
      value = new File([value], withFilename ? toUSV(filename) : value instanceof File ? value.name : 'blob', options);
    }
    return [name, value];
  }
  if (withFilename) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'.`);
  }
  return [name, toUSV(value)];
}

function FormData(form) {
  if (!(this instanceof FormData)) throw new TypeError("Class constructor FormData cannot be invoked without 'new'");
  if (form !== undefined) {
    let err = new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  Object.defineProperty(this, kEntries, { value: [] });
}

const proto = FormData.prototype;
proto.append = function append(name, value, filename) {
  argCount('append', arguments, 2);
  entries(this).push(makeEntry('append', name, value, filename, arguments.length > 2));
};
proto.set = function set(name, value, filename) {
  argCount('set', arguments, 2);
  let list = entries(this);
  let entry = makeEntry('set', name, value, filename, arguments.length > 2);
  let index = list.findIndex(e => e[0] === entry[0]);
  if (index < 0) {
    list.push(entry);
    return;
  }
  list[index] = entry;
  for (let i = list.length - 1; i > index; i--) if (list[i][0] === entry[0]) list.splice(i, 1);
};
proto.delete = function (name) {
  argCount('delete', arguments, 1);
  let list = entries(this);
  name = toUSV(name);
  for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
};
proto.get = function get(name) {
  argCount('get', arguments, 1);
  name = toUSV(name);
  let found = entries(this).find(e => e[0] === name);
  return found ? found[1] : null;
};
proto.getAll = function getAll(name) {
  argCount('getAll', arguments, 1);
  name = toUSV(name);
  return entries(this).filter(e => e[0] === name).map(e => e[1]);
};
proto.has = function has(name) {
  argCount('has', arguments, 1);
  name = toUSV(name);
  return entries(this).some(e => e[0] === name);
};
proto.forEach = function forEach(callback, thisArg) {
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
  }
  let list = entries(this);
  for (let i = 0; i < list.length; i++) callback.call(thisArg, list[i][1], list[i][0], this);
};

// live iterators, as the spec's: entries added while iterating are visited
function* iterate(fd, kind) {
  let list = entries(fd);
  for (let i = 0; i < list.length; i++) {
    let e = list[i];
    yield kind === 'keys' ? e[0] : kind === 'values' ? e[1] : [e[0], e[1]];
  }
}
proto.entries = function () { return iterate(this, 'entries'); };
proto.keys = function () { return iterate(this, 'keys'); };
proto.values = function () { return iterate(this, 'values'); };
proto[Symbol.iterator] = proto.entries;
Object.defineProperty(proto, Symbol.toStringTag, { value: 'FormData', configurable: true });

// shown as its entries, a repeated name as an array of its values
require('llrt:web-inspect').defineInspect(proto, fd => {
  let fields = {};
  entries(fd).forEach(e => {
    if (!Object.prototype.hasOwnProperty.call(fields, e[0])) fields[e[0]] = e[1];
    else if (Array.isArray(fields[e[0]])) fields[e[0]].push(e[1]);
    else fields[e[0]] = [fields[e[0]], e[1]];
  });
  return fields;
});

module.exports = { FormData };
