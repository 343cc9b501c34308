// Tests for node:https over loopback with a self-signed certificate (fixtures/tls): the server on the loop's
// Vert.x with key/cert, the client trusting it through `ca`, through an agent's rejectUnauthorized: false, and
// refusing it by default.
const https = require('node:https');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '../fixtures/tls');
const key = fs.readFileSync(path.join(dir, 'localhost-key.pem'), 'utf8');
const cert = fs.readFileSync(path.join(dir, 'localhost-cert.pem'), 'utf8');

function listen() {
  return new Promise(resolve => {
    let server = https.createServer({ key, cert }, (req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.end(`secure ${req.method} ${req.url} ${req.socket.encrypted}`);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function get(options) {
  return new Promise((resolve, reject) => {
    https.get(options, res => {
      let chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    }).on('error', reject);
  });
}

describe('https', () => {
  it('serves over TLS to a client that trusts the certificate through ca', async () => {
    let server = await listen();
    let port = server.address().port;
    try {
      expect(await get({ host: 'localhost', port, path: '/a?b', ca: cert })).toEqual({ status: 200, body: 'secure GET /a?b true' });
      expect(await get(`https://127.0.0.1:${port}/by-url?x=1`).catch(e => e.code === undefined ? 'no code' : 'refused'))
        .toBe('refused');
    } finally {
      await new Promise(r => server.close(r));
    }
  }, 60000); // the first TLS handshake loads the JDK's TLS classes

  it('accepts any certificate with rejectUnauthorized: false, on the request or its agent', async () => {
    let server = await listen();
    let port = server.address().port;
    try {
      expect((await get({ host: '127.0.0.1', port, rejectUnauthorized: false })).body).toBe('secure GET / true');
      let agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
      expect((await get({ host: '127.0.0.1', port, path: '/agent', agent })).body).toBe('secure GET /agent true');
    } finally {
      await new Promise(r => server.close(r));
    }
  }, 60000); // the first TLS handshake loads the JDK's TLS classes

  it('refuses an untrusted certificate by default, with an error', async () => {
    let server = await listen();
    let port = server.address().port;
    let err = await get({ host: '127.0.0.1', port }).catch(e => e);
    await new Promise(r => server.close(r));
    expect(err instanceof Error).toBe(true);
    expect(typeof err.code).toBe('string');
  }, 60000);

  it('needs key and cert for a server, and refuses http: URLs on the client', () => {
    let codeOf = fn => { try { fn(); } catch (e) { return e.code; } };
    expect(codeOf(() => https.createServer({}))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => https.request('http://example.com/'))).toBe('ERR_INVALID_PROTOCOL');
  });
});
