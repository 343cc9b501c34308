// Headers, checked against what Node 20 (undici) prints for the same calls.
describe('Headers', () => {
  it('is case-insensitive, combines values with ", " and iterates sorted by name', () => {
    const h = new Headers([['X-B', '1'], ['x-a', '2'], ['X-B', '3']]);
    expect([...h.keys()]).toEqual(['x-a', 'x-b']);
    expect([...h.values()]).toEqual(['2', '1, 3']);
    expect([...h]).toEqual([['x-a', '2'], ['x-b', '1, 3']]);
    expect(h.get('X-b')).toBe('1, 3');
    expect([...new Headers({ 'Content-Type': 'x', accept: 'y', 'Z-Last': 'z', 'a-first': 'a' }).keys()])
      .toEqual(['a-first', 'accept', 'content-type', 'z-last']);
  });

  it('keeps each Set-Cookie apart when iterating and in getSetCookie()', () => {
    const h = new Headers({ B: '2', a: ' 1 ', 'set-cookie': 'x=1' });
    h.append('Set-Cookie', 'y=2');
    h.append('a', 'again');
    h.append('c', '');
    expect([...h]).toEqual([['a', '1, again'], ['b', '2'], ['c', ''], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
    expect(h.get('set-cookie')).toBe('x=1, y=2');
    expect(h.getSetCookie()).toEqual(['x=1', 'y=2']);
    expect(new Headers().getSetCookie()).toEqual([]);
  });

  it('set, delete, has, get of a missing name, copies', () => {
    const h = new Headers([['X-B', '1'], ['x-a', '2']]);
    const copy = new Headers(h);
    copy.set('x-b', 'new');
    expect(h.get('x-b')).toBe('1');
    expect(copy.get('x-b')).toBe('new');
    h.delete('X-B');
    expect(h.has('x-b')).toBe(false);
    expect(h.get('zz')).toBe(null);
    expect([...new Headers(new Map([['m', 'v']]))]).toEqual([['m', 'v']]);
    expect(new Headers({ a: 1 }).get('a')).toBe('1');
  });

  it('trims leading and trailing HTTP whitespace from values', () => {
    expect(new Headers({ a: '\t spaced \n' }).get('a')).toBe('spaced');
  });

  it('rejects invalid names and values with undici\'s messages', () => {
    expect(() => new Headers().append('a b', 'x')).toThrow('Headers.append: "a b" is an invalid header name.');
    expect(() => new Headers().append('', 'x')).toThrow('Headers.append: "" is an invalid header name.');
    expect(() => new Headers().get('a b')).toThrow('Headers.get: "a b" is an invalid header name.');
    expect(() => new Headers().delete('bad name')).toThrow(TypeError);
    expect(() => new Headers().append('a', 'x\ny')).toThrow('Headers.append: "x\ny" is an invalid header value.');
    expect(() => new Headers().set('a', 'x\0y')).toThrow(TypeError);
    expect(() => new Headers([['a']])).toThrow('Headers constructor: expected name/value pair to be length 2, found 1.');
    expect(() => new Headers([['a', 'b', 'c']])).toThrow('found 3.');
    expect(() => new Headers(5)).toThrow(
      'Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  });

  it('forEach passes value, name and the headers; toStringTag is Headers', () => {
    const h = new Headers();
    h.append('x', 'a');
    h.append('X', 'b');
    const seen = [];
    h.forEach((value, name, self) => seen.push([name, value, self === h]));
    expect(seen).toEqual([['x', 'a, b', true]]);
    expect(Object.prototype.toString.call(h)).toBe('[object Headers]');
    expect(Headers.prototype[Symbol.iterator]).toBe(Headers.prototype.entries);
  });

  it('a fetched-like response\'s headers are immutable', () => {
    expect(() => Response.error().headers.set('a', 'b')).toThrow('immutable');
    expect(() => Response.redirect('http://a/b', 301).headers.append('a', 'b')).toThrow('immutable');
  });
});
