// The embedded SDK's FetchHttpHandler (bundles/sdk/build.mjs): with the runtime's own fetch it hands fetch (url, init)
// and reads the response's headers as an array; with any other fetch (customFetch, a replaced global fetch, as tests
// do to mock it) that fetch gets a Request, as the SDK gives it. Either way the request on the wire and the response
// the SDK builds are the same.
import http from 'node:http';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { HttpRequest } from '@smithy/core/protocols';

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function exchange(handlerOptions, sdkHeaders) {
  const seen = [];
  const server = await listen((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      // each exchange has a server of its own: its port is left out
      const headers = req.rawHeaders.map((v, i) => (i % 2 === 1 && req.rawHeaders[i - 1].toLowerCase() === 'host' ? '127.0.0.1:<port>' : v));
      seen.push({ method: req.method, url: req.url, headers, body });
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Multi', 'one, two');
      res.setHeader('Content-Type', 'application/json');
      res.end('{"ok":true}');
    });
  });
  try {
    const request = new HttpRequest({
      protocol: 'http:', hostname: '127.0.0.1', port: server.address().port, method: 'POST', path: '/p a/t',
      query: { q: 'x y', list: ['1', '2'] }, headers: sdkHeaders, body: 'payload',
    });
    const { response } = await new FetchHttpHandler(handlerOptions).handle(request);
    const text = await new Response(response.body).text();
    // the server's Date header changes with the second the exchange happens in
    const headers = { ...response.headers, date: response.headers.date === undefined ? 'none' : '<date>' };
    return { seen, status: response.statusCode, headers, text };
  } finally {
    server.close();
  }
}

const SDK_HEADERS = { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'DynamoDB_20120810.PutItem', 'x-amz-date': '20260101T000000Z', 'content-length': '7' };

describe('SDK fetch handler', () => {
  it('sends and reads the same through the runtime fetch as through a Request', async () => {
    const direct = await exchange(undefined, SDK_HEADERS);
    const viaRequest = [];
    const withRequest = await exchange({ customFetch: (req) => { viaRequest.push(req); return fetch(req); } }, SDK_HEADERS);
    expect(viaRequest.length).toBe(1);
    expect(viaRequest[0] instanceof Request).toBe(true);
    expect(direct).toEqual(withRequest);
    expect(direct.seen[0].url).toBe('/p%20a/t?list=1&list=2&q=x%20y');
    expect(direct.headers['set-cookie']).toBe('b=2');
    expect(direct.headers['x-multi']).toBe('one, two');
    expect(direct.text).toBe('{"ok":true}');
  });

  it('gives a replaced global fetch a Request', async () => {
    const original = globalThis.fetch;
    const got = [];
    globalThis.fetch = (req, init) => { got.push([req, init]); return original(req, init); };
    try {
      await exchange(undefined, SDK_HEADERS);
    } finally {
      globalThis.fetch = original;
    }
    expect(got.length).toBe(1);
    expect(got[0][0] instanceof Request).toBe(true);
    expect(got[0][1]).toBe(undefined);
    expect(got[0][0].headers.get('x-amz-target')).toBe('DynamoDB_20120810.PutItem');
  });

  it('rejects an invalid header as the Headers constructor does', async () => {
    const direct = await exchange(undefined, { 'bad name': 'x' }).catch((e) => e);
    const withRequest = await exchange({ customFetch: (req) => fetch(req) }, { 'bad name': 'x' }).catch((e) => e);
    expect(direct instanceof TypeError).toBe(true);
    expect(direct.message).toBe(withRequest.message);
  });
});
