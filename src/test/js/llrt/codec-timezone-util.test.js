// LLRT's llrt:codec, llrt:timezone and llrt:util (its API.md). Known answers: the codec's from RFC 4648's test
// vectors, the zone offsets from the IANA rules (Denver's 2026 switch to daylight time on March 8).
const codec = require('llrt:codec');
const { Timezone } = require('llrt:timezone');
const util = require('llrt:util');

describe('llrt:codec', () => {
  it('base64 and hex both ways, strings as UTF-8, decoders give Uint8Arrays', () => {
    const hello = new Uint8Array([104, 101, 108, 108, 111]);
    expect(codec.encodeToBase64(hello)).toBe('aGVsbG8=');
    expect(codec.encodeToHex(hello)).toBe('68656c6c6f');
    expect(codec.decodeFromBase64('aGVsbG8=')).toEqual(hello);
    expect(codec.decodeFromHex('68656C6C6F')).toEqual(hello);
    expect(Object.getPrototypeOf(codec.decodeFromHex('00'))).toBe(Uint8Array.prototype);
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(s => codec.encodeToBase64(s)))
      .toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy']);
    expect(codec.encodeToHex('é')).toBe('c3a9');
    expect(codec.encodeToBase64([1, 2, 255])).toBe('AQL/');
    expect(codec.encodeToHex(new Uint8Array([1, 2, 3]).buffer)).toBe('010203');
  });
  it('bad input is a clear error', () => {
    expect(() => codec.encodeToBase64(5)).toThrow(TypeError);
    expect(() => codec.decodeFromHex('abc')).toThrow(TypeError);
    expect(() => codec.decodeFromHex('zz')).toThrow(TypeError);
    expect(() => codec.decodeFromBase64(null)).toThrow(TypeError);
  });
});

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

describe('llrt:util', () => {
  it('dimensions is [columns, rows], [0, 0] off a terminal', () => {
    const d = util.dimensions();
    expect(d.length).toBe(2);
    expect(typeof d[0] === 'number' && typeof d[1] === 'number').toBe(true);
  });
  it('load evaluates a script file in the global scope and gives its completion value', () => {
    const fs = require('fs');
    const os = require('os');
    const path = require('path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llrt-util-')), 'script.js');
    fs.writeFileSync(file, 'var llrtUtilLoaded = 41; llrtUtilLoaded + 1');
    expect(util.load(file)).toBe(42);
    expect(globalThis.llrtUtilLoaded).toBe(41);
    fs.writeFileSync(file, 'undeclaredInStrict = 1');
    expect(() => util.load(file, { strict: true })).toThrow(ReferenceError);
    expect(() => util.load(file, { global: {} })).toThrow(TypeError);
  });
  it('print writes the value and a newline', () => {
    expect(typeof util.print).toBe('function');
    util.print('llrt:util print to stderr');
  });
});
