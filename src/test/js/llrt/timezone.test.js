// LLRT's llrt:timezone (its API.md). Known answers from the IANA rules (Denver's 2026 switch to daylight time on
// March 8).
const { Timezone } = require('llrt:timezone');

describe('llrt:timezone', () => {
  it('offsets in minutes, east positive, following daylight time', () => {
    expect(Timezone.getOffset('Asia/Tokyo', 0)).toBe(540);
    expect(Timezone.getOffset('America/Denver', Date.UTC(2026, 2, 8, 8, 59))).toBe(-420);
    expect(Timezone.getOffset('America/Denver', Date.UTC(2026, 2, 8, 9, 0))).toBe(-360);
    expect(Timezone.getOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(Timezone.getOffset('UTC', Date.now())).toBe(0);
  });
  it('lists IANA names, and agrees with Intl', () => {
    const zones = Timezone.list();
    expect(zones.indexOf('America/Denver') >= 0 && zones.indexOf('Europe/Paris') >= 0).toBe(true);
    expect(zones.slice().sort()).toEqual(zones);
    const t = Date.UTC(2026, 6, 1, 12);
    const local = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(t);
    expect(Number(local) - 12).toBe(Timezone.getOffset('Europe/Paris', t) / 60);
  });
  it('an unknown zone is a RangeError', () => {
    expect(() => Timezone.getOffset('Mars/Olympus', 0)).toThrow(RangeError);
    expect(() => Timezone.getOffset(5, 0)).toThrow(TypeError);
  });
});
