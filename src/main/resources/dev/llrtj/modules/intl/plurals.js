// llrt:intl/plurals — CLDR's plural rules for the languages listed (the JDK has the data but no public API for it).
// Operands as CLDR defines them: n absolute value, i integer digits, v count of visible fraction digits.
// A language not listed resolves to English, as Intl does with a locale it has no data for.
'use strict';

function million(i, v) {
  return i !== 0 && i % 1000000 === 0 && v === 0;
}
function slavic(i, v) {
  if (v !== 0) return 'other';
  if (i % 10 === 1 && i % 100 !== 11) return 'one';
  if (i % 10 >= 2 && i % 10 <= 4 && (i % 100 < 12 || i % 100 > 14)) return 'few';
  return 'many';
}
const oneIfI1V0 = (n, i, v) => (i === 1 && v === 0 ? 'one' : 'other');
const oneIfN1 = n => (n === 1 ? 'one' : 'other');
const onlyOther = () => 'other';
const romance = one => (n, i, v) => (one(n, i, v) ? 'one' : million(i, v) ? 'many' : 'other');

const CARDINAL = {
  en: [oneIfI1V0, ['one', 'other']],
  de: [oneIfI1V0, ['one', 'other']],
  nl: [oneIfI1V0, ['one', 'other']],
  sv: [oneIfI1V0, ['one', 'other']],
  fi: [oneIfI1V0, ['one', 'other']],
  tr: [oneIfN1, ['one', 'other']],
  el: [oneIfN1, ['one', 'other']],
  hu: [oneIfN1, ['one', 'other']],
  nb: [oneIfN1, ['one', 'other']],
  es: [romance(n => n === 1), ['one', 'many', 'other']],
  it: [romance((n, i, v) => i === 1 && v === 0), ['one', 'many', 'other']],
  fr: [romance((n, i) => i === 0 || i === 1), ['one', 'many', 'other']],
  pt: [romance((n, i) => i === 0 || i === 1), ['one', 'many', 'other']],
  ru: [(n, i, v) => slavic(i, v), ['one', 'few', 'many', 'other']],
  uk: [(n, i, v) => slavic(i, v), ['one', 'few', 'many', 'other']],
  pl: [(n, i, v) => {
    if (i === 1 && v === 0) return 'one';
    const s = slavic(i, v);
    return s === 'one' ? 'many' : s;
  }, ['one', 'few', 'many', 'other']],
  cs: [(n, i, v) => (v !== 0 ? 'many' : i === 1 ? 'one' : i >= 2 && i <= 4 ? 'few' : 'other'), ['one', 'few', 'many', 'other']],
  ar: [n => {
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    const m = n % 100;
    if (m >= 3 && m <= 10) return 'few';
    if (m >= 11 && m <= 99) return 'many';
    return 'other';
  }, ['zero', 'one', 'two', 'few', 'many', 'other']],
  ja: [onlyOther, ['other']],
  zh: [onlyOther, ['other']],
  ko: [onlyOther, ['other']],
  th: [onlyOther, ['other']],
  vi: [onlyOther, ['other']],
  id: [onlyOther, ['other']],
};
CARDINAL.sk = CARDINAL.cs;

const ORDINAL = {
  en: [n => {
    const t = n % 10;
    const h = n % 100;
    if (t === 1 && h !== 11) return 'one';
    if (t === 2 && h !== 12) return 'two';
    if (t === 3 && h !== 13) return 'few';
    return 'other';
  }, ['few', 'one', 'two', 'other']],
  fr: [n => (n === 1 ? 'one' : 'other'), ['one', 'other']],
};
['de', 'nl', 'es', 'pt', 'ru', 'pl', 'ja', 'zh', 'ko', 'cs', 'fi', 'tr'].forEach(l => { ORDINAL[l] = [onlyOther, ['other']]; });

function rulesFor(type, language) {
  return (type === 'ordinal' ? ORDINAL : CARDINAL)[language] || null;
}

// Operands of the number as the plural rules' NumberFormat shows it (`shown`: its formatted digits, no grouping).
function select(rules, n, shown) {
  const abs = Math.abs(n);
  const dot = shown.indexOf('.');
  const v = dot < 0 ? 0 : shown.length - dot - 1;
  const i = Math.floor(Math.abs(Number(shown)));
  return rules[0](v === 0 ? i : abs, i, v);
}

module.exports = { rulesFor, select };
