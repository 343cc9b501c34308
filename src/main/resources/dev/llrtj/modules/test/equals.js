// Deep equality with Jest's semantics. `toEqual` (strict=false) ignores properties whose value is undefined,
// array holes and constructors; `toStrictEqual` (strict=true) checks all three. Asymmetric matchers
// (expect.any(...) etc.) may sit on either side. Maps and Sets compare by content, order-insensitively.

const fmt = require('llrt:test/format');
const isAsymmetric = fmt.isAsymmetric;
const toStr = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function equals(a, b, strict) {
  return eq(a, b, [], [], !!strict);
}

function asymmetricResult(a, b) {
  let aAsym = isAsymmetric(a);
  let bAsym = isAsymmetric(b);
  if (aAsym && bAsym) return undefined;
  if (aAsym) return !!a.asymmetricMatch(b);
  if (bAsym) return !!b.asymmetricMatch(a);
  return undefined;
}

function enumerableKeys(obj, strict) {
  let keys = Object.keys(obj).filter(k => strict || obj[k] !== undefined);
  let symbols = Object.getOwnPropertySymbols(obj).filter(s => Object.getOwnPropertyDescriptor(obj, s).enumerable &&
    (strict || obj[s] !== undefined));
  return keys.concat(symbols);
}

function eq(a, b, aStack, bStack, strict) {
  let asym = asymmetricResult(a, b);
  if (asym !== undefined) return asym;
  if (fmt.sameValue(a, b)) return true;
  if (a instanceof Error && b instanceof Error) return a.message == b.message && (!strict || a.name === b.name);
  let tag = toStr.call(a);
  if (tag !== toStr.call(b)) return false;
  switch (tag) {
    case '[object Boolean]':
    case '[object String]':
    case '[object Number]':
      if (typeof a !== typeof b) return false;
      if (typeof a !== 'object') return false;
      return fmt.sameValue(a.valueOf(), b.valueOf());
    case '[object Date]': {
      let x = a.getTime();
      let y = b.getTime();
      return x === y || (isNaN(x) && isNaN(y));
    }
    case '[object RegExp]':
      return a.source === b.source && a.flags === b.flags;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  for (let i = aStack.length - 1; i >= 0; i--) {
    if (aStack[i] === a) return bStack[i] === b;
    if (bStack[i] === b) return false;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    if (a.constructor !== b.constructor) return false;
  }
  aStack.push(a);
  bStack.push(b);
  try {
    return eqContents(a, b, tag, aStack, bStack, strict);
  } finally {
    aStack.pop();
    bStack.pop();
  }
}

function eqContents(a, b, tag, aStack, bStack, strict) {
  if (tag === '[object Map]' || tag === '[object Set]') {
    if (a.constructor !== b.constructor || a.size !== b.size) return false;
    return tag === '[object Set]' ? setEquals(a, b, aStack, bStack, strict) : mapEquals(a, b, aStack, bStack, strict);
  }
  if (tag === '[object ArrayBuffer]') {
    return eqContents(new Uint8Array(a), new Uint8Array(b), '[object Uint8Array]', aStack, bStack, strict);
  }
  if (tag === '[object DataView]') {
    if (a.byteLength !== b.byteLength) return false;
    for (let i = 0; i < a.byteLength; i++) if (a.getUint8(i) !== b.getUint8(i)) return false;
    return true;
  }
  if (tag === '[object Array]' && strict && a.length !== b.length) return false;
  if (ArrayBuffer.isView(a) && a.length !== b.length) return false;
  if (tag !== '[object Array]' && tag !== '[object Object]' && !ArrayBuffer.isView(a) &&
      typeof a[Symbol.iterator] === 'function' && typeof b[Symbol.iterator] === 'function') {
    if (!iterableEquals(a, b, aStack, bStack, strict)) return false;
  }
  let aKeys = enumerableKeys(a, strict);
  let bKeys = enumerableKeys(b, strict);
  if (strict) {
    if (aKeys.length !== bKeys.length) return false;
    for (let i = 0; i < aKeys.length; i++) {
      let k = aKeys[i];
      if (!hasOwn(b, k) || !eq(a[k], b[k], aStack, bStack, strict)) return false;
    }
    return true;
  }
  // toEqual: a key missing on one side equals a key holding undefined, unless an asymmetric matcher says otherwise
  let all = new Set(aKeys.concat(bKeys));
  let ok = true;
  all.forEach(k => {
    if (ok && !eq(a[k], b[k], aStack, bStack, strict)) ok = false;
  });
  return ok;
}

function setEquals(a, b, aStack, bStack, strict) {
  let ok = true;
  a.forEach(av => {
    if (!ok || b.has(av)) return;
    let found = false;
    b.forEach(bv => {
      if (!found && eq(av, bv, aStack, bStack, strict)) found = true;
    });
    if (!found) ok = false;
  });
  return ok;
}

function mapEquals(a, b, aStack, bStack, strict) {
  let ok = true;
  a.forEach((av, ak) => {
    if (!ok) return;
    if (b.has(ak) && eq(av, b.get(ak), aStack, bStack, strict)) return;
    let found = false;
    b.forEach((bv, bk) => {
      if (!found && eq(ak, bk, aStack, bStack, strict) && eq(av, bv, aStack, bStack, strict)) found = true;
    });
    if (!found) ok = false;
  });
  return ok;
}

function iterableEquals(a, b, aStack, bStack, strict) {
  if (a.constructor !== b.constructor) return false;
  let ai = a[Symbol.iterator]();
  let bi = b[Symbol.iterator]();
  for (;;) {
    let x = ai.next();
    let y = bi.next();
    if (x.done || y.done) return !!x.done && !!y.done;
    if (!eq(x.value, y.value, aStack, bStack, strict)) return false;
  }
}

// toMatchObject: every property of `subset` must be present in `obj` and match, recursively; arrays match
// element-wise with equal length. Properties may come from the prototype chain, as in Jest.
function subsetEquals(obj, subset, seen) {
  seen = seen || [];
  if (isAsymmetric(subset)) return !!subset.asymmetricMatch(obj);
  if (subset === null || typeof subset !== 'object' || subset instanceof Date || subset instanceof RegExp ||
      subset instanceof Error || subset instanceof Map || subset instanceof Set || ArrayBuffer.isView(subset)) {
    return equals(obj, subset, false);
  }
  if (obj === null || typeof obj !== 'object' && typeof obj !== 'function') return false;
  if (Array.isArray(subset)) {
    if (!Array.isArray(obj) || obj.length !== subset.length) return false;
    return subset.every((v, i) => subsetEquals(obj[i], v, seen));
  }
  if (seen.indexOf(subset) !== -1) return true;
  let nextSeen = seen.concat([subset]);
  return enumerableKeys(subset, true).every(k => (k in Object(obj)) && subsetEquals(obj[k], subset[k], nextSeen));
}

// The part of `obj` that `subset` talks about, so a toMatchObject diff shows only relevant lines.
function objectSubset(obj, subset, seen) {
  seen = seen || [];
  if (Array.isArray(obj) && Array.isArray(subset) && obj.length === subset.length) {
    return obj.map((v, i) => objectSubset(v, subset[i], seen));
  }
  if (obj === null || subset === null || typeof obj !== 'object' || typeof subset !== 'object' ||
      Array.isArray(obj) || obj instanceof Date || isAsymmetric(subset) || seen.indexOf(obj) !== -1) {
    return obj;
  }
  if (subsetEquals(obj, subset)) return subset;
  let out = {};
  let nextSeen = seen.concat([obj]);
  enumerableKeys(subset, true).forEach(k => {
    if (k in obj) out[k] = objectSubset(obj[k], subset[k], nextSeen);
  });
  return Object.keys(out).length > 0 ? out : obj;
}

exports.equals = equals;
exports.subsetEquals = subsetEquals;
exports.objectSubset = objectSubset;
