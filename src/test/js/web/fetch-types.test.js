// Request and Response without a network, checked against what Node 20 (undici) prints for the same calls.
describe('Response', () => {
  it('defaults, ok, and bodies read once', () => {
    const r = new Response('héllo');
    expect([r.status, r.ok, r.statusText, r.type, r.url, r.redirected]).toEqual([200, true, '', 'default', '', false]);
    expect(r.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(r.bodyUsed).toBe(false);
    return r.text().then(text => {
      expect(text).toBe('héllo');
      expect(r.bodyUsed).toBe(true);
      return r.text().then(() => 'read twice', e => e.name);
    }).then(second => expect(second).toBe('TypeError'));
  });

  it('arrayBuffer, bytes and json', () => {
    return Promise.all([
      new Response(new Uint8Array([1, 2, 3])).arrayBuffer(),
      new Response('ab').bytes(),
      Response.json({ a: [1] }, { status: 201 }).json(),
    ]).then(([ab, bytes, json]) => {
      expect(ab instanceof ArrayBuffer).toBe(true);
      expect(Array.from(new Uint8Array(ab))).toEqual([1, 2, 3]);
      expect(Array.from(bytes)).toEqual([97, 98]);
      expect(json).toEqual({ a: [1] });
    });
  });

  it('statics: json, redirect, error', () => {
    const j = Response.json({ a: 1 }, { status: 201 });
    expect([j.status, j.headers.get('content-type')]).toEqual([201, 'application/json']);
    const r = Response.redirect('http://a/b', 301);
    expect([r.status, r.headers.get('location')]).toEqual([301, 'http://a/b']);
    expect(() => Response.redirect('http://x/', 200)).toThrow('Invalid status code 200');
    const e = Response.error();
    expect([e.type, e.status, e.body]).toEqual(['error', 0, null]);
  });

  it('status checks as undici words them', () => {
    expect(() => new Response('x', { status: 99 })).toThrow('init["status"] must be in the range of 200 to 599, inclusive.');
    expect(() => new Response('x', { status: 204 })).toThrow('Response constructor: Invalid response status code 204');
    expect(new Response(null).body).toBe(null);
  });

  it('clone gives two readable bodies', () => {
    const a = new Response('twice');
    const b = a.clone();
    return Promise.all([a.text(), b.text()]).then(texts => expect(texts).toEqual(['twice', 'twice']));
  });

  it('body is a stream of Uint8Array chunks', () => {
    const reader = new Response('streamed').body.getReader();
    const chunks = [];
    const next = () => reader.read().then(r => (r.done ? chunks : (chunks.push(...r.value), next())));
    return next().then(bytes => expect(String.fromCharCode.apply(null, bytes)).toBe('streamed'));
  });
});

describe('Request', () => {
  it('normalises standard methods only', () => {
    expect(new Request('http://x/', { method: 'post' }).method).toBe('POST');
    expect(new Request('http://x/', { method: 'patch' }).method).toBe('patch');
    expect(() => new Request('http://x/', { method: 'CONNECT' })).toThrow("'CONNECT' HTTP method is unsupported.");
    expect(() => new Request('http://x/', { method: 'bad method' })).toThrow("'bad method' is not a valid HTTP method.");
  });

  it('refuses a body on GET/HEAD and an unparsable URL', () => {
    expect(() => new Request('http://x/', { method: 'GET', body: 'a' })).toThrow('Request with GET/HEAD method cannot have body.');
    expect(() => new Request('/relative')).toThrow('Failed to parse URL from /relative');
  });

  it('url, headers, redirect, body, clone', () => {
    const r = new Request('http://x/y', { method: 'PUT', body: 'data', headers: { 'X-A': '1' }, redirect: 'manual' });
    expect([r.url, r.method, r.redirect, r.headers.get('x-a'), r.headers.get('content-type')])
      .toEqual(['http://x/y', 'PUT', 'manual', '1', 'text/plain;charset=UTF-8']);
    const copy = r.clone();
    return Promise.all([r.text(), copy.text()]).then(texts => {
      expect(texts).toEqual(['data', 'data']);
      expect(r.bodyUsed).toBe(true);
    });
  });

  it('a Request made from another takes its body and marks it used', () => {
    const first = new Request('http://x/', { method: 'POST', body: 'moved' });
    const second = new Request(first);
    expect(second.method).toBe('POST');
    expect(first.bodyUsed).toBe(true);
    return second.text().then(t => expect(t).toBe('moved'));
  });

  it('a streamed body needs duplex', () => {
    const body = { [Symbol.asyncIterator]() { return { next: () => Promise.resolve({ done: true }) }; } };
    expect(() => new Request('http://x/', { method: 'POST', body })).toThrow('RequestInit: duplex option is required when sending a body.');
    expect(new Request('http://x/', { method: 'POST', body, duplex: 'half' }).duplex).toBe('half');
  });
});

describe('fetch', () => {
  it('rejects a refused connection with TypeError("fetch failed") and a coded cause', () => {
    return fetch('http://127.0.0.1:1/').then(() => 'fetched', e => [e.name, e.message, e.cause.code])
      .then(out => expect(out).toEqual(['TypeError', 'fetch failed', 'ECONNREFUSED']));
  });

  it('rejects a bad init before any request', () => {
    return fetch('http://127.0.0.1:1/', { method: 'GET', body: 'a' }).then(() => 'fetched', e => e.message)
      .then(m => expect(m).toBe('Request with GET/HEAD method cannot have body.'));
  });
});
