// LLRT's llrt:codec (its API.md). Known answers from RFC 4648's test vectors.
const codec = require('llrt:codec');

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
