// Module namespace objects (`import * as ns`) and the live view require() gives of an ES module. Apart from
// loader.js because they are plain object plumbing (read-only bindings, Node's sorted keys) that needs nothing of
// the loader's records, resolution or evaluation order.
'use strict';

// Namespace objects are read-only to their importers (assigning throws in strict code) and list their keys
// sorted, as in Node. Sorting on every new export costs O(n^2) (seconds for a few hundred exports), so a module's
// keys are sorted once when it has run, and only a key that comes later is put in its place.
function setBinding(ns, name, value, sorted) {
  define(ns, name, { value, enumerable: true, writable: false, configurable: true }, sorted);
}

function define(obj, name, desc, sorted) {
  if (!sorted || name in obj) return Object.defineProperty(obj, name, desc);
  let later = Object.keys(obj).filter(k => k > name).map(k => [k, Object.getOwnPropertyDescriptor(obj, k)]);
  later.forEach(entry => delete obj[entry[0]]);
  Object.defineProperty(obj, name, desc);
  later.forEach(entry => Object.defineProperty(obj, entry[0], entry[1]));
}

function sortKeys(obj) {
  let keys = Object.keys(obj);
  if (keys.every((k, i) => i === 0 || keys[i - 1] < k)) return;
  let entries = keys.sort().map(k => [k, Object.getOwnPropertyDescriptor(obj, k)]);
  entries.forEach(entry => delete obj[entry[0]]);
  entries.forEach(entry => Object.defineProperty(obj, entry[0], entry[1]));
}

function newNamespace() {
  let ns = Object.create(null);
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  return ns;
}

function namespaceOf(exports, placeholder) {
  let ns = newNamespace();
  let isObject = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  let keys = isObject ? Object.keys(exports).filter(k => k !== 'default') : [];
  keys.concat('default').sort().forEach(key => {
    let desc = key === 'default' ? null : Object.getOwnPropertyDescriptor(exports, key);
    // an accessor stays one: e.g. process.env, read when the process starts (dev/llrtj/realm/per-process.js), not at
    // import; `placeholder` answers for it while the native image is built
    if (desc && desc.get) define(ns, key, { get: () => (native.started() ? exports[key] : placeholder(key)), enumerable: true, configurable: true });
    else setBinding(ns, key, key === 'default' ? exports : exports[key]);
  });
  return ns;
}

function exportBinding(rec, name, value) {
  setBinding(rec.ns, name, value, rec.sorted);
  if (rec.requireView && !(name in rec.requireView)) viewBinding(rec, name, true);
}

// Node's require(esm): a module with a default export comes back as a live view marked __esModule, so code that
// Babel, esbuild or TypeScript turned into CommonJS takes its `default` as it would from their own output
function requireView(rec) {
  if (!('default' in rec.ns) || '__esModule' in rec.ns) return rec.ns;
  if (!rec.requireView) {
    rec.requireView = newNamespace();
    Object.defineProperty(rec.requireView, '__esModule', { value: true, enumerable: true });
    Object.keys(rec.ns).sort().forEach(key => viewBinding(rec, key, false));
  }
  return rec.requireView;
}

function viewBinding(rec, key, sorted) {
  define(rec.requireView, key, { get: () => rec.ns[key], enumerable: true, configurable: true }, sorted);
}

module.exports = { setBinding, sortKeys, newNamespace, namespaceOf, exportBinding, requireView };
