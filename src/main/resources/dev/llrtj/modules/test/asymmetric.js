// Asymmetric matchers: expect.anything(), expect.any(T), expect.arrayContaining(...), ... and their
// expect.not.* inverses. They are plain objects tagged with Jest's $$typeof symbol so equals() and the
// printer recognise them (and so matchers from other Jest-compatible libraries interoperate).

const fmt = require('llrt:test/format');

const equals = require('llrt:test/equals').equals;

function matcher(name, sample, inverse, test, describe) {
  return {
    $$typeof: fmt.ASYMMETRIC,
    sample: sample,
    inverse: inverse,
    asymmetricMatch: other => test(other) !== inverse,
    toString: () => (inverse ? name.replace(/^(\w+?)(Containing|Matching|CloseTo)$/, '$1Not$2') : name),
    toAsymmetricMatcher: () => {
      let label = inverse ? name.replace(/^(\w+?)(Containing|Matching|CloseTo)$/, '$1Not$2') : name;
      return describe ? describe(label) : label;
    },
  };
}

function typeName(ctor) {
  return (ctor && ctor.name) || String(ctor);
}

function any(ctor) {
  if (ctor === undefined) {
    throw new TypeError('any() expects to be passed a constructor function. Please pass one or use anything() to match any object.');
  }
  return matcher('Any', ctor, false, other => {
    if (ctor === String) return typeof other === 'string' || other instanceof String;
    if (ctor === Number) return typeof other === 'number' || other instanceof Number;
    if (ctor === Boolean) return typeof other === 'boolean' || other instanceof Boolean;
    if (ctor === Function) return typeof other === 'function';
    if (ctor === Symbol) return typeof other === 'symbol';
    if (typeof BigInt !== 'undefined' && ctor === BigInt) return typeof other === 'bigint';
    if (ctor === Object) return other !== null && typeof other === 'object';
    return other instanceof ctor;
  }, () => 'Any<' + typeName(ctor) + '>');
}

function anything() {
  return matcher('Anything', undefined, false, other => other !== null && other !== undefined);
}

function arrayContaining(sample, inverse) {
  return matcher('ArrayContaining', sample, !!inverse, other => {
    if (!Array.isArray(sample)) throw new Error('You must provide an array to ArrayContaining, not \'' + typeof sample + '\'.');
    return sample.length === 0 ||
      Array.isArray(other) && sample.every(item => other.some(o => equals(item, o, false)));
  }, label => label + ' ' + fmt.format(sample));
}

function objectContaining(sample, inverse) {
  return matcher('ObjectContaining', sample, !!inverse, other => {
    if (sample === null || typeof sample !== 'object') {
      throw new Error('You must provide an object to ObjectContaining, not \'' + typeof sample + '\'.');
    }
    if (other === null || other === undefined) return false;
    let keys = Object.keys(sample).concat(Object.getOwnPropertySymbols(sample));
    return keys.every(k => (k in Object(other)) && equals(sample[k], other[k], false));
  }, label => label + ' ' + fmt.format(sample));
}

function stringContaining(sample, inverse) {
  if (typeof sample !== 'string') throw new Error('Expected is not a string');
  return matcher('StringContaining', sample, !!inverse, other => typeof other === 'string' && other.indexOf(sample) !== -1,
    label => label + ' ' + fmt.format(sample));
}

function stringMatching(sample, inverse) {
  if (typeof sample !== 'string' && !(sample instanceof RegExp)) throw new Error('Expected is not a String or a RegExp');
  let re = typeof sample === 'string' ? new RegExp(sample) : sample;
  return matcher('StringMatching', sample, !!inverse, other => {
    re.lastIndex = 0;
    return typeof other === 'string' && re.test(other);
  }, label => label + ' ' + (typeof sample === 'string' ? fmt.format(sample) : String(sample)));
}

function closeTo(sample, precision, inverse) {
  if (typeof sample !== 'number') throw new Error('Expected is not a Number');
  let digits = precision === undefined ? 2 : precision;
  return matcher('NumberCloseTo', sample, !!inverse, other => {
    if (typeof other !== 'number') return false;
    if (other === Infinity && sample === Infinity) return true;
    if (other === -Infinity && sample === -Infinity) return true;
    return Math.abs(sample - other) < Math.pow(10, -digits) / 2;
  }, label => label + ' ' + fmt.format(sample) + ' (' + digits + ' digit' + (digits === 1 ? '' : 's') + ')');
}

// expect.extend: a custom matcher used asymmetrically, e.g. expect.toBeWithinRange(1, 3)
function custom(name, run, args, inverse) {
  return matcher(name, args, !!inverse, other => !!run(other, args).pass,
    label => label + '<' + args.map(a => fmt.format(a)).join(', ') + '>');
}

exports.any = any;
exports.anything = anything;
exports.arrayContaining = arrayContaining;
exports.objectContaining = objectContaining;
exports.stringContaining = stringContaining;
exports.stringMatching = stringMatching;
exports.closeTo = closeTo;
exports.custom = custom;
