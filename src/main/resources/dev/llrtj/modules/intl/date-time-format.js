// llrt:intl/date-time-format — Intl.DateTimeFormat: ECMA-402's option handling here, the CLDR patterns and the
// formatting in Java (IntlBinding over DateTimePatterns). `init(native)` gives the constructor.
'use strict';
const o = require('llrt:intl/options');

const SERVICE = 'Intl.DateTimeFormat';
// Component options in ICU skeleton order, with the skeleton letters of each value.
const COMPONENTS = [
  ['era', 'G', { narrow: 'GGGGG', short: 'G', long: 'GGGG' }],
  ['year', 'y', { numeric: 'y', '2-digit': 'yy' }],
  ['month', 'M', { numeric: 'M', '2-digit': 'MM', short: 'MMM', long: 'MMMM', narrow: 'MMMMM' }],
  ['weekday', 'E', { narrow: 'EEEEE', short: 'EEE', long: 'EEEE' }],
  ['day', 'd', { numeric: 'd', '2-digit': 'dd' }],
  ['hour', 'h', { numeric: 'h', '2-digit': 'hh' }],
  ['minute', 'm', { numeric: 'm', '2-digit': 'mm' }],
  ['second', 's', { numeric: 's', '2-digit': 'ss' }],
];
const ZONE_NAMES = { short: 'z', long: 'zzzz', shortOffset: 'O', longOffset: 'OOOO', shortGeneric: 'v', longGeneric: 'vvvv' };
const HOUR_LETTER = { h12: 'h', h23: 'H', h11: 'K', h24: 'k' };
const STYLES = ['full', 'long', 'medium', 'short'];

function init(native) {
  function DateTimeFormat(locales, options) {
    if (!(this instanceof DateTimeFormat)) return new DateTimeFormat(locales, options);
    const r = resolve(locales, options, 'any', 'date');
    Object.defineProperty(this, '_r', { value: r });
  }

  // ToDateTimeOptions + the resolution of ECMA-402's InitializeDateTimeFormat. `required`/`defaults` as there:
  // what must be present ('date', 'time', 'any') and what is filled in when nothing is.
  function resolve(locales, options, required, defaults) {
    const opts = o.toObject(options);
    const found = o.resolveLocale(native, locales);
    const r = { locale: found.locale, calendar: 'gregory', numberingSystem: 'latn' };
    let hour12 = opts.hour12;
    let hourCycle = o.getOption(opts, 'hourCycle', ['h11', 'h12', 'h23', 'h24'], found.extensions.hc, SERVICE);
    const tz = opts.timeZone;
    r.timeZone = tz === undefined ? native.defaultZone() : native.canonicalZone(String(tz));
    const picked = {};
    let any = false;
    COMPONENTS.forEach(c => {
      const v = o.getOption(opts, c[0], Object.keys(c[2]), undefined, SERVICE);
      if (v !== undefined) { picked[c[0]] = v; any = true; }
    });
    const fsd = o.getNumberOption(opts, 'fractionalSecondDigits', 1, 3, undefined);
    const tzName = o.getOption(opts, 'timeZoneName', Object.keys(ZONE_NAMES), undefined, SERVICE);
    if (fsd !== undefined) any = true;
    if (tzName !== undefined) any = true;
    const dateStyle = o.getOption(opts, 'dateStyle', STYLES, undefined, SERVICE);
    const timeStyle = o.getOption(opts, 'timeStyle', STYLES, undefined, SERVICE);
    if (dateStyle !== undefined || timeStyle !== undefined) {
      if (any) {
        const first = Object.keys(picked)[0] || (fsd !== undefined ? 'fractionalSecondDigits' : 'timeZoneName');
        throw new TypeError(`Can't set option ${first} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      }
      if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
      if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
      if (dateStyle !== undefined) r.dateStyle = dateStyle;
      if (timeStyle !== undefined) r.timeStyle = timeStyle;
      r.pattern = native.stylePattern(r.locale, dateStyle, timeStyle);
      if (timeStyle !== undefined) setHourCycle(r, hour12, hourCycle);
      if (r.hourCycle && r.hourCycle !== native.hourCycle(r.locale)) {
        r.pattern = r.pattern.replace(/[hHkK]+/g, m => HOUR_LETTER[r.hourCycle].repeat(m.length)).replace(/\s*a\s*/, '');
      }
      return r;
    }
    let needDefaults = true;
    if ((required === 'date' || required === 'any') && (picked.weekday || picked.year || picked.month || picked.day)) needDefaults = false;
    if ((required === 'time' || required === 'any') && (picked.hour || picked.minute || picked.second || fsd)) needDefaults = false;
    if (needDefaults && (defaults === 'date' || defaults === 'all')) picked.year = picked.month = picked.day = 'numeric';
    if (needDefaults && (defaults === 'time' || defaults === 'all')) picked.hour = picked.minute = picked.second = 'numeric';
    let skeleton = '';
    COMPONENTS.forEach(c => {
      const v = picked[c[0]];
      if (v === undefined) return;
      r[c[0]] = v;
      let letters = c[2][v];
      if (c[0] === 'hour') {
        setHourCycle(r, hour12, hourCycle);
        letters = letters.replace(/h/g, HOUR_LETTER[r.hourCycle]);
      }
      skeleton += letters;
    });
    if (fsd !== undefined) { r.fractionalSecondDigits = fsd; skeleton += 'S'.repeat(fsd); }
    if (tzName !== undefined) { r.timeZoneName = tzName; skeleton += ZONE_NAMES[tzName]; }
    r.pattern = native.skeletonPattern(r.locale, skeleton);
    // the widths the pattern has, as V8 reports them (a minute beside an hour is 2-digit)
    [['year', 'y'], ['month', 'M'], ['day', 'd'], ['hour', 'hHkK'], ['minute', 'm'], ['second', 's']].forEach(f => {
      if (r[f[0]] !== 'numeric' && r[f[0]] !== '2-digit') return;
      const m = new RegExp(`[${f[1]}]+`).exec(r.pattern.replace(/'[^']*'/g, ''));
      if (m && m[0].length <= 2) r[f[0]] = m[0].length === 2 ? '2-digit' : 'numeric';
    });
    return r;
  }

  function setHourCycle(r, hour12, hourCycle) {
    const preferred = native.hourCycle(r.locale);
    let hc = hourCycle || preferred;
    if (hour12 !== undefined) {
      hc = hour12 ? (preferred === 'h11' ? 'h11' : 'h12') : (preferred === 'h24' ? 'h24' : 'h23');
    }
    r.hourCycle = hc;
    r.hour12 = hc === 'h11' || hc === 'h12';
  }

  function epoch(date) {
    const t = date === undefined ? Date.now() : date instanceof Date ? date.getTime() : Number(date);
    if (!isFinite(t) || Math.abs(t) > 8.64e15) throw new RangeError('Invalid time value');
    return t;
  }

  function parts(r, date) {
    const flat = native.dateParts(r.locale, r.pattern, r.timeZone, epoch(date));
    const out = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ type: flat[i], value: flat[i + 1] });
    return out;
  }

  function text(r, date) {
    const flat = native.dateParts(r.locale, r.pattern, r.timeZone, epoch(date));
    let s = '';
    for (let i = 1; i < flat.length; i += 2) s += flat[i];
    // V8's format() writes CLDR's narrow no-break space (before AM/PM since CLDR 42) as a plain space, for the
    // code that parses its output; formatToParts keeps it, as V8's does
    return s.replace(/\u202f/g, ' ');
  }

  function state(dtf, method) {
    if (dtf === null || typeof dtf !== 'object' || !dtf._r) {
      throw new TypeError(`Method Intl.DateTimeFormat.prototype.${method} called on incompatible receiver ${String(dtf)}`);
    }
    return dtf._r;
  }

  Object.defineProperty(DateTimeFormat.prototype, 'format', {
    configurable: true,
    get() {
      const r = state(this, 'format');
      return function (date) { return text(r, date); };
    },
  });
  DateTimeFormat.prototype.formatToParts = function formatToParts(date) {
    return parts(state(this, 'formatToParts'), date);
  };
  DateTimeFormat.prototype.formatRange = function formatRange(a, b) {
    const r = state(this, 'formatRange');
    const x = text(r, a);
    const y = text(r, b);
    return x === y ? x : `${x} – ${y}`;
  };
  DateTimeFormat.prototype.resolvedOptions = function resolvedOptions() {
    const r = state(this, 'resolvedOptions');
    const out = { locale: r.locale, calendar: r.calendar, numberingSystem: r.numberingSystem, timeZone: r.timeZone };
    if (r.hourCycle !== undefined) { out.hourCycle = r.hourCycle; out.hour12 = r.hour12; }
    ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName',
      'dateStyle', 'timeStyle'].forEach(k => { if (r[k] !== undefined) out[k] = r[k]; });
    return out;
  };
  Object.defineProperty(DateTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.DateTimeFormat', configurable: true });
  DateTimeFormat.supportedLocalesOf = function supportedLocalesOf(locales) {
    return o.supportedLocalesOf(native, locales);
  };

  // Date.prototype.toLocale*String: the same resolution with the method's own required/defaults.
  function dateString(date, locales, options, required, defaults) {
    const t = date.getTime();
    if (isNaN(t)) return 'Invalid Date';
    return text(resolve(locales, options, required, defaults), t);
  }

  return { DateTimeFormat, dateString };
}

module.exports = { init };
