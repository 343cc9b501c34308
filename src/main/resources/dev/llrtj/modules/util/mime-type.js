'use strict';
// util.MIMEType and util.MIMEParams (llrt:util-mime): WHATWG MIME Sniffing's parse and serialize algorithms, with
// Node's ERR_INVALID_MIME_SYNTAX messages. State lives under a non-enumerable symbol, so inspect prints
// `MIMEType {}` as Node does.
const { coded } = require('llrt:errors');

const kState = Symbol('mime state');
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;
const TRAILING_SPACE = /[\r\n\t ]*$/;
const FIRST_NON_SPACE = /[^\r\n\t ]|$/;
const NAME_END = /[;=]|$/;
// a quoted value: escapes kept for removeBackslashes; group 1 an unmatched trailing '\', group 2 the closing quote
const QUOTED_VALUE = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/;

function syntaxError(production, str, index) {
  return coded(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid${index !== -1 ? ` at ${index}` : ''}`);
}
const lower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()); // ASCII only, as the spec asks
const trimEnd = (s) => s.slice(0, s.search(TRAILING_SPACE));

function parseTypeAndSubtype(str) {
  let position = str.search(FIRST_NON_SPACE);
  let typeEnd = str.indexOf('/', position);
  let type = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  let badType = type.search(NOT_TOKEN);
  if (type === '' || badType !== -1 || typeEnd === -1) throw syntaxError('type', str, badType);
  position = typeEnd + 1;
  let subtypeEnd = str.indexOf(';', position);
  let rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length + (subtypeEnd !== -1 ? 1 : 0);
  let subtype = trimEnd(rawSubtype);
  let badSubtype = subtype.search(NOT_TOKEN);
  if (subtype === '' || badSubtype !== -1) throw syntaxError('subtype', str, badSubtype);
  return [lower(type), lower(subtype), position];
}

function removeBackslashes(s) {
  let out = '';
  let i = 0;
  for (; i < s.length - 1; i++) {
    if (s[i] === '\\') out += s[++i];
    else out += s[i];
  }
  if (i === s.length - 1) out += s[i];
  return out;
}

// the parameters after "type/subtype;": the first of a name wins, invalid names and values are dropped
function parseParameters(str, map) {
  let position = 0;
  let end = str.search(TRAILING_SPACE);
  while (position < end) {
    position += str.slice(position).search(FIRST_NON_SPACE);
    let nameEnd = str.slice(position).search(NAME_END) + position;
    let name = lower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < end) {
      let c = str.charAt(position);
      position += 1;
      if (c === ';') continue;
    }
    if (position >= end) break;
    let value;
    if (str.charAt(position) === '"') {
      position += 1;
      let m = QUOTED_VALUE.exec(str.slice(position));
      position += m[0].length;
      value = removeBackslashes(m[1] || m[2] ? m[0].slice(0, -1) : m[0]);
      if (m[1]) value += '\\';
    } else {
      let valueEnd = str.indexOf(';', position);
      let raw = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
      position += raw.length;
      value = trimEnd(raw);
      if (value === '') continue;
    }
    if (name !== '' && name.search(NOT_TOKEN) === -1 && value.search(NOT_QUOTED_STRING) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    position++;
  }
}

function encode(value) {
  if (value.length === 0) return '""';
  if (value.search(NOT_TOKEN) === -1) return value;
  return '"' + value.replace(/["\\]/g, '\\$&') + '"';
}

function hidden(obj, state) {
  Object.defineProperty(obj, kState, { value: state });
}

function MIMEParams() {
  if (!(this instanceof MIMEParams)) throw new TypeError("Class constructor MIMEParams cannot be invoked without 'new'");
  hidden(this, new Map());
}
MIMEParams.prototype.delete = function (name) { this[kState].delete(name); };
MIMEParams.prototype.get = function (name) {
  let map = this[kState];
  return map.has(name) ? map.get(name) : null;
};
MIMEParams.prototype.has = function (name) { return this[kState].has(name); };
MIMEParams.prototype.set = function (name, value) {
  name = `${name}`;
  value = `${value}`;
  let badName = name.search(NOT_TOKEN);
  if (name.length === 0 || badName !== -1) throw syntaxError('parameter name', name, badName);
  let badValue = value.search(NOT_QUOTED_STRING);
  if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
  this[kState].set(name, value);
};
MIMEParams.prototype.entries = function () { return this[kState].entries(); };
MIMEParams.prototype.keys = function () { return this[kState].keys(); };
MIMEParams.prototype.values = function () { return this[kState].values(); };
MIMEParams.prototype.toString = function () {
  let out = [];
  this[kState].forEach((value, key) => out.push(`${key}=${encode(value)}`));
  return out.join(';');
};
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;

function MIMEType(string) {
  if (!(this instanceof MIMEType)) throw new TypeError("Class constructor MIMEType cannot be invoked without 'new'");
  string = `${string}`;
  let parsed = parseTypeAndSubtype(string);
  let params = new MIMEParams();
  parseParameters(string.slice(parsed[2]), params[kState]);
  hidden(this, { type: parsed[0], subtype: parsed[1], params: params });
}

function tokenSetter(production) {
  return function (v) {
    v = `${v}`;
    let bad = v.search(NOT_TOKEN);
    if (v.length === 0 || bad !== -1) throw syntaxError(production, v, bad);
    this[kState][production] = lower(v);
  };
}
Object.defineProperties(MIMEType.prototype, {
  type: { get: function () { return this[kState].type; }, set: tokenSetter('type'), configurable: true },
  subtype: { get: function () { return this[kState].subtype; }, set: tokenSetter('subtype'), configurable: true },
  essence: { get: function () { return `${this[kState].type}/${this[kState].subtype}`; }, configurable: true },
  params: { get: function () { return this[kState].params; }, configurable: true },
});
MIMEType.prototype.toString = function () {
  let params = this[kState].params.toString();
  return this.essence + (params.length ? ';' + params : '');
};
MIMEType.prototype.toJSON = MIMEType.prototype.toString;

module.exports = { MIMEType, MIMEParams };
