// llrt:intl/relative-time-format — Intl.RelativeTimeFormat in English (CLDR "en" units; the JDK has no relative
// time data): a requested locale other than English resolves to en-US, as Intl does for a locale it lacks.
'use strict';
const o = require('llrt:intl/options');

const UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
// [singular, plural] per style
const NAMES = {
  long: { year: ['year', 'years'], quarter: ['quarter', 'quarters'], month: ['month', 'months'], week: ['week', 'weeks'],
    day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'] },
  short: { year: ['yr.', 'yr.'], quarter: ['qtr.', 'qtrs.'], month: ['mo.', 'mo.'], week: ['wk.', 'wk.'],
    day: ['day', 'days'], hour: ['hr.', 'hr.'], minute: ['min.', 'min.'], second: ['sec.', 'sec.'] },
  narrow: { year: ['y', 'y'], quarter: ['q', 'q'], month: ['mo', 'mo'], week: ['w', 'w'], day: ['d', 'd'],
    hour: ['h', 'h'], minute: ['m', 'm'], second: ['s', 's'] },
};
const AUTO_LONG = { year: 'year', quarter: 'quarter', month: 'month', week: 'week' };
const AUTO_SHORT = { year: 'yr.', quarter: 'qtr.', month: 'mo.', week: 'wk.' };

function init(native, NumberFormat, PluralRules) {
  function RelativeTimeFormat(locales, options) {
    if (!(this instanceof RelativeTimeFormat)) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
    const opts = o.toObject(options);
    const found = o.resolveLocale(native, locales, tag => tag === 'en' || tag.indexOf('en-') === 0);
    const style = o.getOption(opts, 'style', ['long', 'short', 'narrow'], 'long', 'Intl.RelativeTimeFormat');
    const numeric = o.getOption(opts, 'numeric', ['always', 'auto'], 'always', 'Intl.RelativeTimeFormat');
    Object.defineProperty(this, '_r', {
      value: { locale: found.locale, style, numeric, numberingSystem: 'latn', nf: new NumberFormat(found.locale), pr: new PluralRules('en') },
    });
  }
  function unitOf(unit) {
    const u = String(unit).replace(/s$/, '');
    if (UNITS.indexOf(u) < 0) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`);
    return u;
  }

  function parts(rtf, value, unit) {
    const r = rtf._r;
    if (!r) throw new TypeError('Method Intl.RelativeTimeFormat.prototype.format called on incompatible receiver');
    const v = Number(value);
    if (!isFinite(v)) throw new RangeError(`Invalid value for format() '${value}'`);
    const u = unitOf(unit);
    if (r.numeric === 'auto' && (v === 0 || v === 1 || v === -1)) {
      const word = autoWord(r.style, u, v);
      if (word) return [{ type: 'literal', value: word }];
    }
    const negative = v < 0 || (v === 0 && 1 / v < 0);
    const names = NAMES[r.style][u];
    const name = r.pr.select(Math.abs(v)) === 'one' ? names[0] : names[1];
    const sep = r.style === 'narrow' ? '' : ' ';
    const numberParts = r.nf.formatToParts(Math.abs(v)).map(p => ({ type: p.type, value: p.value, unit: u }));
    if (negative) return numberParts.concat([{ type: 'literal', value: `${sep}${name} ago` }]);
    return [{ type: 'literal', value: 'in ' }].concat(numberParts, [{ type: 'literal', value: `${sep}${name}` }]);
  }

  function autoWord(style, u, v) {
    if (u === 'day') return v === 0 ? 'today' : v === 1 ? 'tomorrow' : 'yesterday';
    const base = (style === 'long' ? AUTO_LONG : AUTO_SHORT)[u];
    if (base) return (v === 0 ? 'this ' : v === 1 ? 'next ' : 'last ') + base;
    if (v !== 0) return null;
    return u === 'second' ? 'now' : `this ${u}`;
  }

  RelativeTimeFormat.prototype.format = function format(value, unit) {
    return parts(this, value, unit).map(p => p.value).join('');
  };
  RelativeTimeFormat.prototype.formatToParts = function formatToParts(value, unit) {
    return parts(this, value, unit);
  };
  RelativeTimeFormat.prototype.resolvedOptions = function resolvedOptions() {
    const r = this._r;
    return { locale: r.locale, style: r.style, numeric: r.numeric, numberingSystem: r.numberingSystem };
  };
  Object.defineProperty(RelativeTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.RelativeTimeFormat', configurable: true });
  return RelativeTimeFormat;
}

module.exports = { init };
