// llrt:intl/options — ECMA-402's shared abstract operations (CanonicalizeLocaleList, ResolveLocale, GetOption),
// with V8's error messages. The JDK side (the binding, handed in by intl.js) says which locales have data.
'use strict';

function notSupported(what) {
  const e = new TypeError(`${what} is not supported by this runtime's Intl (JDK locale data)`);
  e.code = 'ERR_NOT_SUPPORTED';
  return e;
}

function canonicalLocales(native, locales) {
  if (locales === undefined) return [];
  const list = typeof locales === 'string' || (locales !== null && typeof locales === 'object' && locales.baseName)
    ? [locales] : Object(locales);
  const out = [];
  const n = list.length >>> 0;
  for (let i = 0; i < n; i++) {
    if (!(i in list)) continue;
    let v = list[i];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    let tag = native.canonicalizeLocale(typeof v === 'string' ? v : String(v.baseName || v));
    if (out.indexOf(tag) < 0) out.push(tag);
  }
  return out;
}

// The first requested locale the JDK has data for (or its nearest truncation), else en-US, Node's default
// where no LANG says otherwise (Lambda's case). `accept(tag)` narrows further (RelativeTimeFormat: English only).
function resolveLocale(native, locales, accept) {
  const list = canonicalLocales(native, locales);
  for (let i = 0; i < list.length; i++) {
    let tag = native.supportedLocale(list[i]);
    if (tag && (!accept || accept(tag))) return { locale: tag, extensions: extensions(list[i]) };
  }
  return { locale: 'en-US', extensions: {} };
}

// The -u- keywords of a tag (hc, nu, ca, co, kn...), as a map.
function extensions(tag) {
  const out = {};
  const m = /-u-(.*)$/.exec(tag);
  if (!m) return out;
  const parts = m[1].split('-');
  let key = null;
  parts.forEach(p => {
    if (p.length === 1) key = null;
    else if (p.length === 2) { key = p; out[key] = 'true'; }
    else if (key) out[key] = out[key] === 'true' ? p : out[key] + '-' + p;
  });
  return out;
}

function toObject(options) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

function getOption(options, property, allowed, fallback, service) {
  let value = options[property];
  if (value === undefined) return fallback;
  if (allowed === 'boolean') return Boolean(value);
  value = String(value);
  if (allowed && allowed.indexOf(value) < 0) {
    throw new RangeError(`Value ${value} out of range for ${service} options property ${property}`);
  }
  return value;
}

function getNumberOption(options, property, min, max, fallback) {
  let value = options[property];
  if (value === undefined) return fallback;
  value = Number(value);
  if (isNaN(value) || value < min || value > max) throw new RangeError(`${property} value is out of range.`);
  return Math.floor(value);
}

function supportedLocalesOf(native, locales, accept) {
  return canonicalLocales(native, locales).filter(tag => {
    const found = native.supportedLocale(tag);
    return found !== '' && (!accept || accept(found));
  });
}

module.exports = { notSupported, canonicalLocales, resolveLocale, toObject, getOption, getNumberOption, supportedLocalesOf };
