// A handler that answers date questions with luxon, date-fns-tz and dayjs's timezone plugin: all three do their
// time zone arithmetic through Intl.DateTimeFormat's formatToParts. The event names an instant and zones; the
// answer is compared with Node's answers to the same events (expected.json, written by make-expected.mjs).
import { DateTime, Duration, Interval } from 'luxon';
import { formatInTimeZone, toZonedTime, fromZonedTime, getTimezoneOffset } from 'date-fns-tz';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export async function handler(event) {
  const at = event.at;
  const out = {};
  for (const zone of event.zones) {
    const dt = DateTime.fromMillis(at, { zone });
    out[zone] = {
      luxon: {
        iso: dt.toISO(),
        offset: dt.offset,
        isDST: dt.isInDST,
        format: dt.toFormat('yyyy-MM-dd HH:mm:ss ZZ'),
        localized: dt.setLocale('en-US').toLocaleString(DateTime.DATETIME_MED),
        full: dt.setLocale('en-US').toLocaleString(DateTime.DATE_FULL),
        offsetName: dt.offsetNameLong,
        wallClock: DateTime.fromObject({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, { zone }).toISO(),
        startOfDay: dt.startOf('day').toISO(),
        plusOneDay: dt.plus({ days: 1 }).toISO(),
      },
      dateFnsTz: {
        formatted: formatInTimeZone(new Date(at), zone, 'yyyy-MM-dd HH:mm:ssXXX'),
        zoned: toZonedTime(new Date(at), zone).getTime(),
        fromZoned: fromZonedTime('2026-07-01 12:00:00', zone).toISOString(),
        offsetMs: getTimezoneOffset(zone, new Date(at)),
      },
      dayjs: {
        formatted: dayjs(at).tz(zone).format('YYYY-MM-DD HH:mm:ss Z'),
        parsed: dayjs.tz('2026-11-01 01:30', zone).toISOString(),
      },
    };
  }
  out.luxon = {
    zoneValid: DateTime.local().setZone('Nowhere/Else').isValid,
    reason: DateTime.local().setZone('Nowhere/Else').invalidReason,
    duration: Duration.fromObject({ hours: 26, minutes: 5 }).shiftTo('days', 'hours', 'minutes').toObject(),
    interval: Interval.fromDateTimes(DateTime.fromISO('2026-03-07T00:00', { zone: 'America/New_York' }),
      DateTime.fromISO('2026-03-09T00:00', { zone: 'America/New_York' })).length('hours'),
    relative: DateTime.fromMillis(at).toRelative({ base: DateTime.fromMillis(at + 3 * 86400000), locale: 'en' }),
    fromFormat: DateTime.fromFormat('March 8, 2026 14:30', 'MMMM d, yyyy HH:mm', { zone: 'Asia/Tokyo' }).toUTC().toISO(),
  };
  return out;
}
