// Tests for the Temporal global (the vendored temporal-polyfill, on our Intl), against known answers from the same
// package on Node's V8: the expect lines between the markers are generated (`node
// src/test/js/fixtures/known-answers/make.cjs`, cases in temporal.cases.cjs).
const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('Temporal (known answers from Node)', () => {
  // <known-answers>
  it("Instant and ZonedDateTime", () => {
    expect(String(Temporal.Instant.from('2026-03-08T07:05:09.045Z'))).toEqual("2026-03-08T07:05:09.045Z");
    expect(Temporal.Instant.from('2026-03-08T07:05:09.045Z').epochMilliseconds).toEqual(1772953509045);
    expect(String(Temporal.Instant.fromEpochMilliseconds(0).add({ hours: 36 }))).toEqual("1970-01-02T12:00:00Z");
    expect(String(Temporal.Instant.from('2026-03-08T07:05:09.045Z').toZonedDateTimeISO('America/New_York'))).toEqual("2026-03-08T03:05:09.045-04:00[America/New_York]");
    expect(Temporal.Instant.from('2026-03-08T07:05:09.045Z').toZonedDateTimeISO('America/New_York').hoursInDay).toEqual(23);
    expect(Temporal.Instant.from('2026-10-25T00:30:00Z').toZonedDateTimeISO('Europe/Paris').offset).toEqual("+02:00");
    expect(String(Temporal.ZonedDateTime.from('2026-03-07T12:00[America/New_York]').add({ days: 1 }))).toEqual("2026-03-08T12:00:00-04:00[America/New_York]");
    expect(String(Temporal.ZonedDateTime.from('2026-03-07T12:00[America/New_York]').add({ hours: 24 }))).toEqual("2026-03-08T13:00:00-04:00[America/New_York]");
    expect(String(Temporal.ZonedDateTime.from('2026-06-01T09:00[Asia/Kolkata]').withTimeZone('Australia/Sydney'))).toEqual("2026-06-01T13:30:00+10:00[Australia/Sydney]");
    expect(String(Temporal.ZonedDateTime.from('2026-03-08T12:00[Europe/London]').startOfDay())).toEqual("2026-03-08T00:00:00+00:00[Europe/London]");
    expect(String(Temporal.PlainDateTime.from('2026-03-08T02:30').toZonedDateTime('America/New_York'))).toEqual("2026-03-08T03:30:00-04:00[America/New_York]");
    expect(String(Temporal.PlainDateTime.from('2026-11-01T01:30').toZonedDateTime('America/New_York', { disambiguation: 'later' }))).toEqual("2026-11-01T01:30:00-05:00[America/New_York]");
    expect(thrown(() => Temporal.ZonedDateTime.from('2026-03-08T12:00[Mars/Olympus]'))).toEqual({"threw":"RangeError","message":"Invalid time zone specified: Mars/Olympus"});
  });
  it("PlainDate, PlainTime, PlainDateTime", () => {
    expect(String(Temporal.PlainDate.from('2024-01-31').add({ months: 1 }))).toEqual("2024-02-29");
    expect(Temporal.PlainDate.from('2024-02-29').dayOfWeek).toEqual(4);
    expect(Temporal.PlainDate.from('2024-02-29').dayOfYear).toEqual(60);
    expect(Temporal.PlainDate.from('2024-02-29').weekOfYear).toEqual(9);
    expect(Temporal.PlainDate.from('2024-02-29').daysInMonth).toEqual(29);
    expect(Temporal.PlainDate.from('2023-02-01').inLeapYear).toEqual(false);
    expect(String(Temporal.PlainDate.from('2024-01-31').until('2024-12-25', { largestUnit: 'months' }))).toEqual("P10M25D");
    expect(Temporal.PlainDate.compare('2024-01-01', '2023-12-31')).toEqual(1);
    expect(String(Temporal.PlainDate.from({ year: 2026, month: 13, day: 1 }, { overflow: 'constrain' }))).toEqual("2026-12-01");
    expect(thrown(() => Temporal.PlainDate.from({ year: 2026, month: 13, day: 1 }, { overflow: 'reject' }))).toEqual({"threw":"RangeError","message":"Invalid month: 13; must be between 1-12"});
    expect(String(Temporal.PlainTime.from('13:45').add({ minutes: 30 }))).toEqual("14:15:00");
    expect(String(Temporal.PlainTime.from('23:45').add({ minutes: 30 }))).toEqual("00:15:00");
    expect(String(Temporal.PlainDateTime.from('2026-12-31T23:59:59.999').add({ milliseconds: 1 }))).toEqual("2027-01-01T00:00:00");
    expect(String(Temporal.PlainDateTime.from('2026-05-17T10:20:30').round({ smallestUnit: 'hour' }))).toEqual("2026-05-17T10:00:00");
    expect(String(Temporal.PlainYearMonth.from('2026-02').add({ months: 11 }))).toEqual("2027-01");
    expect(String(Temporal.PlainMonthDay.from('--02-29').toPlainDate({ year: 2025 }))).toEqual("2025-02-28");
    expect(thrown(() => Temporal.PlainDate.from('2026-02-30'))).toEqual({"threw":"RangeError","message":"Invalid day: 30; must be between 1-28"});
  });
  it("Duration", () => {
    expect(String(Temporal.Duration.from({ hours: 26, minutes: 90 }))).toEqual("PT26H90M");
    expect(String(Temporal.Duration.from({ hours: 26 }).round({ largestUnit: 'days', relativeTo: '2026-03-07T00:00[America/New_York]' }))).toEqual("P1DT2H");
    expect(Temporal.Duration.from('P1DT12H').total({ unit: 'hours' })).toEqual(36);
    expect(String(Temporal.Duration.from('PT90M').negated())).toEqual("-PT90M");
    expect(Temporal.Duration.compare('PT1H', 'PT60M')).toEqual(0);
    expect(thrown(() => String(Temporal.Duration.from({ days: 1, hours: -1 })))).toEqual({"threw":"RangeError","message":"Cannot mix duration signs"});
  });
  it("formatting through Intl", () => {
    expect(Temporal.PlainDate.from('2024-01-31').toLocaleString('en-US', { dateStyle: 'full' })).toEqual("Wednesday, January 31, 2024");
    expect(Temporal.ZonedDateTime.from('2026-03-08T12:00[America/New_York]').toLocaleString('en-US')).toEqual("3/8/2026, 12:00:00 PM EDT");
    expect(Temporal.Instant.from('2026-03-08T07:05:09Z').toLocaleString('en-US', { timeZone: 'Asia/Tokyo' })).toEqual("3/8/2026, 4:05:09 PM");
    expect(Temporal.PlainTime.from('13:45').toLocaleString('en-US')).toEqual("1:45:00 PM");
  });
  // </known-answers>
});

describe('Temporal', () => {
  it('is a lazy global: llrt:temporal answers with the same object', () => {
    expect(require('llrt:temporal').Temporal).toBe(Temporal);
    expect(Object.prototype.toString.call(Temporal)).toBe('[object Temporal]');
  });
  it('Now follows the clock', () => {
    const before = Date.now();
    const now = Temporal.Now.instant().epochMilliseconds;
    expect(now >= before && now <= Date.now()).toBe(true);
    expect(typeof Temporal.Now.instant().epochNanoseconds).toBe('bigint');
    expect(Temporal.Now.timeZoneId()).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
