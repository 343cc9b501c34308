// Tests for llrt:checksums (CRC-32, CRC-32C) and zlib.crc32. CRC-32 expectations were printed by Node 20's
// zlib.crc32; CRC-32C ones are the published check values (the CRC catalogue's "123456789", RFC 3720 B.4).
const checksums = require('llrt:checksums');
const zlib = require('node:zlib');

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return { threw: e.name, code: e.code, message: e.message };
  }
  return 'no throw';
}

function bytes(n, fill) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = typeof fill === 'function' ? fill(i) : fill;
  return out;
}

describe('zlib.crc32 (Node known answers)', () => {
  it('computes CRC-32 of strings and byte views', () => {
    expect(zlib.crc32('hello')).toBe(907060870);
    expect(zlib.crc32('hello world')).toBe(222957957);
    expect(zlib.crc32('')).toBe(0);
    expect(zlib.crc32(Buffer.from('123456789'))).toBe(3421780262);
    expect(zlib.crc32('héllo😀')).toBe(431590572);
    expect(zlib.crc32(new Uint16Array([1, 2]))).toBe(2882460411);
    expect(zlib.crc32(new DataView(new Uint8Array([1, 2, 3]).buffer, 1))).toBe(3940950471);
  });
  it('continues from a previous value', () => {
    expect(zlib.crc32('world', zlib.crc32('hello '))).toBe(222957957);
    expect(zlib.crc32('abc', 0xffffffff)).toBe(899311407);
    expect(zlib.crc32('abc', 12345)).toBe(3252201774);
  });
  it('rejects what Node rejects', () => {
    expect(thrown(() => zlib.crc32(5))).toEqual({ threw: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)' });
    expect(thrown(() => zlib.crc32('a', 'b'))).toEqual({ threw: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "value" argument must be of type number. Received type string (\'b\')' });
    expect(thrown(() => zlib.crc32('a', -1))).toEqual({ threw: 'RangeError', code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1' });
    expect(thrown(() => zlib.crc32('a', 1.5))).toEqual({ threw: 'RangeError', code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "value" is out of range. It must be an integer. Received 1.5' });
    expect(thrown(() => zlib.crc32(new ArrayBuffer(2))).code).toBe('ERR_INVALID_ARG_TYPE');
  });
});

describe('llrt:checksums', () => {
  it('crc32 matches zlib.crc32 and accepts an ArrayBuffer', () => {
    expect(checksums.crc32('hello')).toBe(907060870);
    expect(checksums.crc32(Buffer.from('hello').buffer.slice(0))).toBe(zlib.crc32(Buffer.from('hello')));
    expect(checksums.crc32('world', checksums.crc32('hello '))).toBe(222957957);
  });
  it('crc32c gives the published check values', () => {
    expect(checksums.crc32c('123456789')).toBe(0xe3069283);
    expect(checksums.crc32c(bytes(32, 0))).toBe(0x8a9136aa);
    expect(checksums.crc32c(bytes(32, 0xff))).toBe(0x62a8ab43);
    expect(checksums.crc32c(bytes(32, (i) => i))).toBe(0x46dd794e);
    expect(checksums.crc32c(bytes(32, (i) => 31 - i))).toBe(0x113fdb5c);
    expect(checksums.crc32c('')).toBe(0);
  });
  it('crc32c continues across chunks to the value of the whole', () => {
    const data = bytes(1000, (i) => (i * 7) & 255);
    const whole = checksums.crc32c(data);
    for (let cut = 1; cut < 1000; cut += 333) {
      expect(checksums.crc32c(data.subarray(cut), checksums.crc32c(data.subarray(0, cut)))).toBe(whole);
    }
    expect(checksums.crc32c('6789', checksums.crc32c('12345'))).toBe(0xe3069283);
  });
  it('results are unsigned 32-bit numbers', () => {
    expect(checksums.crc32c(bytes(32, 0xff)) > 0).toBe(true);
    expect(zlib.crc32('123456789') > 2147483647).toBe(true);
  });
});
