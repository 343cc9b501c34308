'use strict';
// Deep equality (llrt:deep-equal) for util.isDeepStrictEqual and assert's deepEqual/deepStrictEqual.
const { isEnumerable, tagOf, types, isError, isIndexKey } = require('llrt:util-types');

function isDeepEqual(a, b, strict, memo) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (strict) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') return b === null || typeof b !== 'object' ? a == b || (a !== a && b !== b) : false;
    if (b === null || typeof b !== 'object') return false;
  }
  let tagA = tagOf(a);
  if (tagA !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isTypedArray(a) || types.isArrayBuffer(a)) {
    let x = types.isArrayBuffer(a) ? new Uint8Array(a) : a;
    let y = types.isArrayBuffer(b) ? new Uint8Array(b) : b;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      if (strict ? !Object.is(x[i], y[i]) : x[i] != y[i]) return false;
    }
  }
  memo = memo || { a: [], b: [] };
  for (let i = 0; i < memo.a.length; i++) {
    if (memo.a[i] === a && memo.b[i] === b) return true;
  }
  memo.a.push(a);
  memo.b.push(b);
  let result = compareContents(a, b, strict, memo);
  memo.a.pop();
  memo.b.pop();
  return result;
}

function compareContents(a, b, strict, memo) {
  let keysOf = (o) => {
    let ks = Object.keys(o);
    return strict ? ks.concat(Object.getOwnPropertySymbols(o).filter((s) => isEnumerable(o, s))) : ks;
  };
  let typed = types.isTypedArray(a);
  let ka = keysOf(a).filter((k) => !(typed && isIndexKey(k)));
  let kb = keysOf(b).filter((k) => !(typed && isIndexKey(k)));
  if (ka.length !== kb.length) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (!isEnumerable(b, ka[i])) return false;
    if (!isDeepEqual(a[ka[i]], b[ka[i]], strict, memo)) return false;
  }
  if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    let rest = Array.from(b);
    let items = Array.from(a);
    for (let i = 0; i < items.length; i++) {
      let idx = rest.findIndex((y) => isDeepEqual(items[i], y, strict, memo));
      if (idx === -1) return false;
      rest.splice(idx, 1);
    }
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    let rest = Array.from(b);
    let items = Array.from(a);
    for (let i = 0; i < items.length; i++) {
      let idx = rest.findIndex((y) => isDeepEqual(items[i][0], y[0], strict, memo) && isDeepEqual(items[i][1], y[1], strict, memo));
      if (idx === -1) return false;
      rest.splice(idx, 1);
    }
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return isDeepEqual(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
