// llrt:intl — the Intl global (lazy: bootstrap installs a getter from IntlRoom's descriptor). DateTimeFormat and
// NumberFormat live in their own files; Collator, PluralRules and RelativeTimeFormat here. `native` is IntlBinding.
'use strict';
const o = require('llrt:intl/options');
const plurals = require('llrt:intl/plurals');
const dtf = require('llrt:intl/date-time-format').init(native);
const NumberFormat = require('llrt:intl/number-format').init(native).NumberFormat;

function receiver(obj, ctor, method) {
  if (obj === null || typeof obj !== 'object' || !obj._r) {
    throw new TypeError(`Method Intl.${ctor}.prototype.${method} called on incompatible receiver ${String(obj)}`);
  }
  return obj._r;
}

function tagged(Ctor, name) {
  Object.defineProperty(Ctor.prototype, Symbol.toStringTag, { value: `Intl.${name}`, configurable: true });
}

// Collator on java.text.Collator. `numeric` compares digit runs by value, the rest by the collator.
function Collator(locales, options) {
  if (!(this instanceof Collator)) return new Collator(locales, options);
  const opts = o.toObject(options);
  const found = o.resolveLocale(native, locales);
  const r = { locale: found.locale, collation: 'default' };
  r.usage = o.getOption(opts, 'usage', ['sort', 'search'], 'sort', 'Intl.Collator');
  r.sensitivity = o.getOption(opts, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant', 'Intl.Collator');
  if (r.sensitivity === 'case') throw o.notSupported("Intl.Collator's sensitivity 'case' (java.text.Collator has no case level)");
  r.ignorePunctuation = o.getOption(opts, 'ignorePunctuation', 'boolean', false);
  r.numeric = o.getOption(opts, 'numeric', 'boolean', found.extensions.kn === 'true');
  r.caseFirst = o.getOption(opts, 'caseFirst', ['upper', 'lower', 'false'], 'false', 'Intl.Collator');
  if (r.caseFirst !== 'false') throw o.notSupported("Intl.Collator's caseFirst");
  Object.defineProperty(this, '_r', { value: r });
}
function compareWith(r, a, b) {
  a = String(a);
  b = String(b);
  if (r.ignorePunctuation) {
    a = a.replace(/[\s\p{P}]/gu, '');
    b = b.replace(/[\s\p{P}]/gu, '');
  }
  if (!r.numeric) return native.compare(r.locale, r.sensitivity, a, b);
  const x = a.match(/\d+|\D+/g) || [];
  const y = b.match(/\d+|\D+/g) || [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    let dx = /^\d/.test(x[i]);
    let dy = /^\d/.test(y[i]);
    let c;
    if (dx && dy) c = Math.sign(Number(x[i]) - Number(y[i]));
    else c = native.compare(r.locale, r.sensitivity, x[i], y[i]);
    if (c !== 0) return c;
  }
  return Math.sign(x.length - y.length) || native.compare(r.locale, r.sensitivity, a, b);
}
Object.defineProperty(Collator.prototype, 'compare', {
  configurable: true,
  get() {
    const r = receiver(this, 'Collator', 'compare');
    return function (a, b) { return compareWith(r, a, b); };
  },
});
Collator.prototype.resolvedOptions = function resolvedOptions() {
  return Object.assign({}, receiver(this, 'Collator', 'resolvedOptions'));
};
Collator.supportedLocalesOf = locales => o.supportedLocalesOf(native, locales);
tagged(Collator, 'Collator');

// PluralRules: CLDR's rules (plurals.js) on the operands of the number as formatted by the same digit options.
function PluralRules(locales, options) {
  if (!(this instanceof PluralRules)) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const opts = o.toObject(options);
  const type = o.getOption(opts, 'type', ['cardinal', 'ordinal'], 'cardinal', 'Intl.PluralRules');
  const found = o.resolveLocale(native, locales, tag => plurals.rulesFor(type, tag.split('-')[0]) !== null);
  const nf = new NumberFormat('en', {
    minimumIntegerDigits: opts.minimumIntegerDigits, minimumFractionDigits: opts.minimumFractionDigits,
    maximumFractionDigits: opts.maximumFractionDigits, minimumSignificantDigits: opts.minimumSignificantDigits,
    maximumSignificantDigits: opts.maximumSignificantDigits, useGrouping: false,
  });
  const rules = plurals.rulesFor(type, found.locale.split('-')[0]) || plurals.rulesFor(type, 'en');
  Object.defineProperty(this, '_r', { value: { locale: found.locale, type, nf, rules } });
}
PluralRules.prototype.select = function select(n) {
  const r = receiver(this, 'PluralRules', 'select');
  n = Number(n);
  if (!isFinite(n)) return 'other';
  return plurals.select(r.rules, n, r.nf.format(Math.abs(n)));
};
PluralRules.prototype.resolvedOptions = function resolvedOptions() {
  const r = receiver(this, 'PluralRules', 'resolvedOptions');
  const digits = r.nf.resolvedOptions();
  const out = { locale: r.locale, type: r.type };
  ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits',
    'maximumSignificantDigits'].forEach(k => { if (digits[k] !== undefined) out[k] = digits[k]; });
  out.pluralCategories = r.rules[1].slice();
  return out;
};
PluralRules.supportedLocalesOf = locales => o.supportedLocalesOf(native, locales,
  tag => plurals.rulesFor('cardinal', tag.split('-')[0]) !== null);
tagged(PluralRules, 'PluralRules');

const RelativeTimeFormat = require('llrt:intl/relative-time-format').init(native, NumberFormat, PluralRules);

function getCanonicalLocales(locales) {
  return o.canonicalLocales(native, locales);
}

function supportedValuesOf(key) {
  if (key === 'calendar') return ['gregory'];
  if (key === 'numberingSystem') return ['latn'];
  throw o.notSupported(`Intl.supportedValuesOf('${key}')`);
}

const Intl = {};
[['DateTimeFormat', dtf.DateTimeFormat], ['NumberFormat', NumberFormat], ['Collator', Collator],
  ['PluralRules', PluralRules], ['RelativeTimeFormat', RelativeTimeFormat],
  ['getCanonicalLocales', getCanonicalLocales], ['supportedValuesOf', supportedValuesOf]].forEach(e => {
  Object.defineProperty(Intl, e[0], { value: e[1], writable: true, configurable: true, enumerable: false });
});
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

// The locale methods of Date, Number and String (bootstrap's stand-ins call these on first use).
const localeMethods = {
  dateToLocaleString(d, locales, options) { return dtf.dateString(d, locales, options, 'any', 'all'); },
  dateToLocaleDateString(d, locales, options) { return dtf.dateString(d, locales, options, 'date', 'date'); },
  dateToLocaleTimeString(d, locales, options) { return dtf.dateString(d, locales, options, 'time', 'time'); },
  numberToLocaleString(n, locales, options) { return new NumberFormat(locales, options).format(n); },
  localeCompare(a, b, locales, options) { return new Collator(locales, options).compare(a, b); },
};

module.exports = { Intl, localeMethods };
