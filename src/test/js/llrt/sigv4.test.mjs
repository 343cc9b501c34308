// llrt:sigv4, the hashing half of SigV4 in Java, as the embedded SDK's SignatureV4.signRequest uses it
// (bundles/sdk/shims/signature-v4-java.js). Byte-for-byte agreement with Node's SDK is SigV4SignaturesTest's
// (sdk-it/sigv4.mjs under both); here: the AWS test suite's published signature, and the Java path against the
// SDK's own JavaScript path (taken for any other hasher) over many generated requests.
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/core/protocols';
import { Sha256 } from '@smithy/core/checksum';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sigv4 = require('llrt:sigv4');
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
// the same SHA-256, but not the SDK's class: the signer then runs the SDK's own JavaScript signRequest
class JsPathSha256 extends Sha256 {}

function sign(hasher, spec, request) {
  return new SignatureV4({ service: spec.service, region: spec.region, credentials: spec.credentials ?? credentials,
    sha256: hasher, uriEscapePath: spec.uriEscapePath ?? true, applyChecksum: spec.applyChecksum ?? true })
    .sign(new HttpRequest(request), { signingDate: spec.date, signingService: spec.signingService,
      unsignableHeaders: spec.unsignable, signableHeaders: spec.signable });
}

// a deterministic generator, so a failure names a case that can be run again
function generated(seed) {
  let state = seed;
  const next = n => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
  const pick = list => list[next(list.length)];
  const headers = { host: 'service.example.com' };
  const names = ['X-Amz-Meta-A', 'x-amz-target', 'Content-Type', 'user-agent', 'proxy-thing', 'sec-x', 'x-amzn-trace-id',
    'Expect', 'x-custom', 'X-CUSTOM-2', 'x-amz-content-sha256', 'authorization', 'x-amz-date'];
  const values = ['  spaced   value  ', 'tab\tand\nnewline', 'ünïcödé ✓ 🚀', 'plain', '', 'a\r\nb', 'UNSIGNED-PAYLOAD'];
  for (let i = next(6); i > 0; i--) headers[pick(names)] = pick(values);
  const bodies = [undefined, '', '{"a":1}', 'lone \ud800 surrogate', new Uint8Array([1, 2, 3, 250]),
    new Uint8Array(700).map((_, i) => i * 7), new ArrayBuffer(5), new DataView(new ArrayBuffer(9), 2, 4)];
  const query = next(2) ? { b: 'x y', a: ['2', '1'], 'c~': '', 'ü': 'é' } : undefined;
  return {
    spec: { service: pick(['dynamodb', 's3', 'sqs']), region: pick(['us-east-1', 'eu-west-1']),
      credentials: next(2) ? { ...credentials, sessionToken: 'token+/=' + seed } : credentials,
      date: new Date(Date.UTC(2026, next(12), 1 + next(28), next(24), next(60), next(60))),
      uriEscapePath: next(2) === 1, applyChecksum: next(3) !== 0, signingService: next(4) ? undefined : 'other',
      unsignable: next(4) ? undefined : new Set(['x-custom']), signable: next(4) ? undefined : new Set(['user-agent']) },
    request: { method: pick(['GET', 'PUT', 'POST']), protocol: 'https:', hostname: 'service.example.com',
      path: pick(['/', '/a b/c+d~e', '/bucket/../key/./x', '/%2F/ü']), query, headers, body: pick(bodies) },
  };
}

describe('llrt:sigv4', () => {
  it('hashes what node:crypto hashes', () => {
    for (const data of ['', 'abc', 'lone \ud800 surrogate', new Uint8Array([0, 255]), new ArrayBuffer(3)]) {
      const bytes = typeof data === 'string' ? data : new Uint8Array(data.buffer ?? data);
      expect(sigv4.sha256Hex(data)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(() => sigv4.sha256Hex(42)).toThrow(TypeError);
  });

  it("signs the AWS SigV4 test suite's get-vanilla request with its published signature", async () => {
    const signed = await sign(Sha256, { service: 'service', region: 'us-east-1', date: new Date('2015-08-30T12:36:00Z'),
      applyChecksum: false }, { method: 'GET', protocol: 'https:', hostname: 'example.amazonaws.com', path: '/',
      headers: { host: 'example.amazonaws.com' } });
    expect(signed.headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/' +
      'aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  it("signs 300 generated requests as the SDK's JavaScript signer does", async () => {
    const javaSign = sigv4.sign;
    let javaCalls = 0;
    sigv4.sign = function (...args) {
      javaCalls++;
      return javaSign.apply(this, args);
    };
    try {
      for (let seed = 1; seed <= 300; seed++) {
        const { spec, request } = generated(seed);
        const before = javaCalls;
        const java = await sign(Sha256, spec, request);
        expect([seed, javaCalls - before]).toEqual([seed, 1]);
        const js = await sign(JsPathSha256, spec, request);
        expect([seed, javaCalls - before]).toEqual([seed, 1]);
        expect([seed, java.headers]).toEqual([seed, js.headers]);
        expect([seed, java.query]).toEqual([seed, js.query]);
      }
    } finally {
      sigv4.sign = javaSign;
    }
  });

  it('leaves the signing to the SDK when a method the Java path skips is replaced', async () => {
    const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials, sha256: Sha256 });
    let calls = 0;
    signer.createCanonicalRequest = function (...args) {
      calls++;
      return SignatureV4.prototype.createCanonicalRequest.apply(this, args);
    };
    await signer.sign(new HttpRequest({ method: 'GET', hostname: 'h', path: '/', headers: { host: 'h' } }));
    expect(calls).toBe(1);
  });
});
