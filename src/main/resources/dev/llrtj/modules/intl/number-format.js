// llrt:intl/number-format — Intl.NumberFormat: ECMA-402's option handling here, CLDR's patterns and the digits in
// Java (IntlBinding over NumberParts). `init(native)` gives the constructor.
'use strict';
const o = require('llrt:intl/options');

const SERVICE = 'Intl.NumberFormat';

function init(native) {
  function NumberFormat(locales, options) {
    if (!(this instanceof NumberFormat)) return new NumberFormat(locales, options);
    Object.defineProperty(this, '_r', { value: resolve(locales, options) });
  }

  function resolve(locales, options) {
    const opts = o.toObject(options);
    const r = { locale: o.resolveLocale(native, locales).locale, numberingSystem: 'latn' };
    r.style = o.getOption(opts, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal', SERVICE);
    if (r.style === 'unit') throw o.notSupported("Intl.NumberFormat's style 'unit'");
    let currency = o.getOption(opts, 'currency', null, undefined, SERVICE);
    if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
    r.currencyDisplay = o.getOption(opts, 'currencyDisplay', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', SERVICE);
    r.currencySign = o.getOption(opts, 'currencySign', ['standard', 'accounting'], 'standard', SERVICE);
    if (r.style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      r.currency = currency.toUpperCase();
      if (r.currencyDisplay === 'name') throw o.notSupported("Intl.NumberFormat's currencyDisplay 'name'");
      if (r.currencySign === 'accounting') throw o.notSupported("Intl.NumberFormat's currencySign 'accounting'");
    }
    r.notation = o.getOption(opts, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard', SERVICE);
    if (r.notation === 'scientific' || r.notation === 'engineering') throw o.notSupported(`Intl.NumberFormat's notation '${r.notation}'`);
    r.compactDisplay = o.getOption(opts, 'compactDisplay', ['short', 'long'], 'short', SERVICE);
    const cDigits = r.style === 'currency' ? native.currencyDigits(r.currency) : 0;
    const minDefault = r.style === 'currency' && r.notation !== 'compact' ? cDigits : 0;
    const maxDefault = r.style === 'currency' && r.notation !== 'compact' ? Math.max(cDigits, minDefault)
      : r.style === 'percent' || r.notation === 'compact' ? 0 : 3;
    r.minimumIntegerDigits = o.getNumberOption(opts, 'minimumIntegerDigits', 1, 21, 1);
    let minFD = o.getNumberOption(opts, 'minimumFractionDigits', 0, 100, undefined);
    let maxFD = o.getNumberOption(opts, 'maximumFractionDigits', 0, 100, undefined);
    const minSD = o.getNumberOption(opts, 'minimumSignificantDigits', 1, 21, undefined);
    const maxSD = o.getNumberOption(opts, 'maximumSignificantDigits', 1, 21, undefined);
    if (minSD !== undefined || maxSD !== undefined) {
      r.minimumSignificantDigits = minSD === undefined ? 1 : minSD;
      r.maximumSignificantDigits = maxSD === undefined ? 21 : maxSD;
      if (r.minimumSignificantDigits > r.maximumSignificantDigits) throw new RangeError('maximumSignificantDigits value is out of range.');
    }
    r.explicitFraction = minFD !== undefined || maxFD !== undefined;
    if (minFD === undefined) minFD = Math.min(minDefault, maxFD === undefined ? minDefault : maxFD);
    if (maxFD === undefined) maxFD = Math.max(maxDefault, minFD);
    else if (minFD > maxFD) throw new RangeError('maximumFractionDigits value is out of range.');
    r.minimumFractionDigits = minFD;
    r.maximumFractionDigits = maxFD;
    const grouping = opts.useGrouping;
    r.useGrouping = grouping === undefined ? (r.notation === 'compact' ? 'min2' : 'auto') : grouping === false ? false : String(grouping);
    r.signDisplay = o.getOption(opts, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', SERVICE);
    return r;
  }

  // Significant digits become fraction digits for this value (the Java side rounds by fraction digits only).
  function digits(r, x) {
    if (r.maximumSignificantDigits === undefined || x === 0 || !isFinite(x)) {
      return [r.minimumFractionDigits, r.maximumFractionDigits, x];
    }
    const rounded = Number(Math.abs(x).toPrecision(r.maximumSignificantDigits)) * (x < 0 ? -1 : 1);
    const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
    const max = Math.max(0, r.maximumSignificantDigits - 1 - magnitude);
    const min = Math.max(0, r.minimumSignificantDigits - 1 - magnitude);
    return [min, max, rounded];
  }

  function flatParts(r, value) {
    let x = typeof value === 'bigint' ? Number(value) : Number(value);
    const d = digits(r, x);
    const compactDefault = r.notation === 'compact' && !r.explicitFraction;
    return native.numberParts(r.locale, r.style, r.currency || null, r.currencyDisplay, r.notation, r.compactDisplay,
      r.minimumIntegerDigits, compactDefault ? -1 : d[0], compactDefault ? -1 : d[1], r.useGrouping !== false,
      r.signDisplay, d[2]);
  }

  function state(nf, method) {
    if (nf === null || typeof nf !== 'object' || !nf._r) {
      throw new TypeError(`Method Intl.NumberFormat.prototype.${method} called on incompatible receiver ${String(nf)}`);
    }
    return nf._r;
  }

  function text(r, value) {
    const flat = flatParts(r, value);
    let s = '';
    for (let i = 1; i < flat.length; i += 2) s += flat[i];
    return s;
  }

  Object.defineProperty(NumberFormat.prototype, 'format', {
    configurable: true,
    get() {
      const r = state(this, 'format');
      return function (value) { return text(r, value); };
    },
  });
  NumberFormat.prototype.formatToParts = function formatToParts(value) {
    const flat = flatParts(state(this, 'formatToParts'), value);
    const out = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ type: flat[i], value: flat[i + 1] });
    return out;
  };
  NumberFormat.prototype.resolvedOptions = function resolvedOptions() {
    const r = state(this, 'resolvedOptions');
    const out = {};
    ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'minimumIntegerDigits',
      'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits',
      'useGrouping', 'notation', 'compactDisplay', 'signDisplay'].forEach(k => {
      if (r[k] === undefined) return;
      if ((k === 'currencyDisplay' || k === 'currencySign') && r.style !== 'currency') return;
      if (k === 'compactDisplay' && r.notation !== 'compact') return;
      out[k] = r[k];
    });
    // rounding options are not configurable here: Intl's defaults, which is what the Java side does
    out.roundingMode = 'halfExpand';
    out.roundingIncrement = 1;
    out.trailingZeroDisplay = 'auto';
    out.roundingPriority = 'auto';
    return out;
  };
  Object.defineProperty(NumberFormat.prototype, Symbol.toStringTag, { value: 'Intl.NumberFormat', configurable: true });
  NumberFormat.supportedLocalesOf = function supportedLocalesOf(locales) {
    return o.supportedLocalesOf(native, locales);
  };
  return { NumberFormat };
}

module.exports = { init };
