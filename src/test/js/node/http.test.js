// Tests for node:http. The scenario (fixtures/net-scenarios/http.scenario.cjs) runs real exchanges over loopback;
// Node ran the same script and wrote what it saw to http.node.json (`node src/test/js/fixtures/net-scenarios/make.cjs`).
const http = require('node:http');
const scenario = require('../fixtures/net-scenarios/http.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/http.node.json');

function listen(handler) {
  return new Promise(resolve => {
    let server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function body(res) {
  return new Promise((resolve, reject) => {
    let chunks = [];
    res.on('data', c => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}

describe('http (the scenario Node ran)', () => {
  it('sees what Node saw, exchange by exchange', async () => {
    let saw = await scenario.run();
    Object.keys(nodeSaw).forEach(key => {
      expect([key, saw[key]]).toEqual([key, nodeSaw[key]]);
    });
    expect(Object.keys(saw)).toEqual(Object.keys(nodeSaw));
  });
});

describe('http client', () => {
  it('streams a large body both ways without changing a byte', async () => {
    let server = await listen((req, res) => req.pipe(res));
    let block = Buffer.alloc(4096);
    for (let i = 0; i < block.length; i++) block[i] = (i * 31 + (i >> 8)) & 0xff;
    let blocks = [];
    for (let i = 0; i < 512; i++) blocks.push(block.subarray(i % 7)); // 2 MiB that do not repeat at chunk edges
    let sent = Buffer.concat(blocks);
    let res = await new Promise((resolve, reject) => {
      let req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' }, resolve);
      req.on('error', reject);
      for (let off = 0; off < sent.length; off += 65536) req.write(sent.subarray(off, off + 65536));
      req.end();
    });
    let got = await body(res);
    await new Promise(r => server.close(r));
    expect(got.length).toBe(sent.length);
    expect(got.equals(sent)).toBe(true);
  }, 60000);

  it('hands a gzip body over as sent (no decoding, as Node)', async () => {
    // zlib.gzipSync('squeezed') in Node
    let gz = Buffer.from('1f8b08000000000000032b2e2c4d4dad4a4d0100de26140008000000', 'hex');
    let server = await listen((req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': gz.length });
      res.end(gz);
    });
    let res = await new Promise(resolve => http.get({ host: '127.0.0.1', port: server.address().port, headers: { 'accept-encoding': 'gzip' } }, resolve));
    let got = await body(res);
    await new Promise(r => server.close(r));
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(got.toString('hex')).toBe(gz.toString('hex'));
  });

  it('keeps one connection for sequential requests on a keep-alive agent', async () => {
    let ports = new Set();
    let server = await listen((req, res) => {
      ports.add(req.socket.remotePort);
      res.end('ok');
    });
    let agent = new http.Agent({ keepAlive: true });
    for (let i = 0; i < 5; i++) {
      let res = await new Promise(resolve => http.get({ host: '127.0.0.1', port: server.address().port, agent }, resolve));
      await body(res);
    }
    await new Promise(r => server.close(r));
    expect(ports.size).toBe(1);
  });

  it('closes the connection after the answer without keep-alive (agent: false)', async () => {
    let seen = [];
    let server = await listen((req, res) => {
      seen.push(req.headers.connection);
      res.end('ok');
    });
    let res = await new Promise(resolve => http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, resolve));
    await body(res);
    await new Promise(r => server.close(r));
    expect(seen).toEqual(['close']);
  });

  it('aborts with an AbortSignal', async () => {
    let server = await listen(() => {});
    let controller = new AbortController();
    let err = await new Promise(resolve => {
      let req = http.get({ host: '127.0.0.1', port: server.address().port, signal: controller.signal });
      req.on('error', resolve);
      setTimeout(() => controller.abort(), 50);
    });
    await new Promise(r => server.close(r));
    expect(err.name).toBe('AbortError');
  });

  it('reports an unknown host as ENOTFOUND', async () => {
    let err = await new Promise(resolve => http.get('http://no-such-host.invalid/', () => {}).on('error', resolve));
    expect(err.code).toBe('ENOTFOUND');
    expect(err.message).toBe('getaddrinfo ENOTFOUND no-such-host.invalid');
  });

  it('rejects bad input with Node\'s codes', () => {
    expect(() => http.request({ method: 'BAD METHOD' })).toThrow('Method must be a valid HTTP token');
    let codeOf = fn => { try { fn(); } catch (e) { return e.code; } };
    expect(codeOf(() => http.request('https://example.com/'))).toBe('ERR_INVALID_PROTOCOL');
    expect(codeOf(() => http.request({ path: '/a b' }))).toBe('ERR_UNESCAPED_CHARACTERS');
    expect(codeOf(() => http.request({ headers: { 'bad name': 'x' } }))).toBe('ERR_INVALID_HTTP_TOKEN');
    expect(codeOf(() => http.request({ headers: { x: 'a\nb' } }))).toBe('ERR_INVALID_CHAR');
    expect(codeOf(() => http.request({ socketPath: '/tmp/x.sock' }))).toBe('ERR_NOT_SUPPORTED');
  });
});

describe('http server', () => {
  it('unref() lets the process end; close() stops accepting', async () => {
    let server = await listen((req, res) => res.end('x'));
    server.unref();
    let port = server.address().port;
    await new Promise(r => server.close(r));
    let err = await new Promise(resolve => http.get({ host: '127.0.0.1', port }).on('error', resolve));
    expect(err.code).toBe('ECONNREFUSED');
  });

  it('answers many requests without leaking listeners', async () => {
    let server = await listen((req, res) => res.end(req.url));
    let agent = new http.Agent({ keepAlive: true });
    for (let i = 0; i < 50; i++) {
      let res = await new Promise(resolve => http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i, agent }, resolve));
      expect((await body(res)).toString()).toBe('/' + i);
    }
    expect(server.listenerCount('request')).toBe(1);
    await new Promise(r => server.close(r));
  });
});
