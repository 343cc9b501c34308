// The Node side of JwtLibrariesOverEmulatorTest. `node node-answers.mjs events` prints the events (built from the
// committed test keys, with tokens Node made for the randomized algorithms); `node node-answers.mjs run` reads events
// as JSON on stdin and prints the handler's answers to them under Node, in order.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handler } from './index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const pem = (name) => fs.readFileSync(path.join(here, '../../js/fixtures/keys', name + '.pem'), 'utf8');
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const issuer = 'https://issuer.example';
const audience = 'my-app';
const payload = { sub: 'user-1', scope: 'read write', iss: issuer, aud: audience, iat: 1700000000, exp: 4102444800 };
const secret = 'a shared secret of enough length';

function jwk(name, kid, alg) {
  return Object.assign(crypto.createPublicKey(pem(name + '.pub')).export({ format: 'jwk' }), { kid, alg, use: 'sig' });
}
const jwks = { keys: [jwk('rsa', 'rsa-1', 'RS256'), jwk('p256', 'ec-1', 'ES256'), jwk('p384', 'ec-2', 'ES384'), jwk('ed25519', 'ed-1', 'EdDSA')] };

// jsonwebtoken has no EdDSA: Node's crypto makes that token by hand
function edToken() {
  const input = b64url({ alg: 'EdDSA', typ: 'JWT', kid: 'ed-1' }) + '.' + b64url(payload);
  return input + '.' + crypto.sign(null, Buffer.from(input), pem('ed25519')).toString('base64url');
}

async function events() {
  const sign = (alg, key, kid) => ({ action: 'sign', alg, key, kid, payload });
  const tokens = {};
  for (const [alg, key, kid] of [['RS256', pem('rsa'), 'rsa-1'], ['PS256', pem('rsa'), 'rsa-1'], ['ES256', pem('p256'), 'ec-1'], ['RS512', pem('rsa'), 'rsa-1'], ['ES384', pem('p384'), 'ec-2']]) {
    tokens[alg] = (await handler(sign(alg, key, kid))).token;
  }
  tokens.EdDSA = edToken();
  const tampered = tokens.RS256.slice(0, -4) + (tokens.RS256.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  const verify = (alg, token, key, now) => ({ action: 'verify', alg, token, key, now });
  return [
    // deterministic signatures: llrt's tokens must be byte for byte Node's
    sign('RS256', pem('rsa'), 'rsa-1'),
    sign('RS512', pem('rsa.pkcs1'), undefined),
    sign('HS256', secret, undefined),
    // randomized signatures: llrt's tokens are verified by Node (random: true), Node's by llrt below
    Object.assign(sign('ES256', pem('p256'), 'ec-1'), { random: true, publicKey: pem('p256.pub') }),
    Object.assign(sign('PS256', pem('rsa'), 'rsa-1'), { random: true, publicKey: pem('rsa.pub') }),
    Object.assign(sign('ES384', pem('p384'), 'ec-2'), { random: true, publicKey: pem('p384.pub') }),
    verify('RS256', tokens.RS256, pem('rsa.pub')),
    verify('RS512', tokens.RS512, pem('rsa.pub.pkcs1')),
    verify('PS256', tokens.PS256, pem('rsa.pub')),
    verify('ES256', tokens.ES256, pem('p256.pub')),
    verify('ES384', tokens.ES384, pem('p384.pub')),
    verify('RS256', tokens.RS256, pem('rsa.pub'), 4102444801),
    verify('RS256', tampered, pem('rsa.pub')),
    verify('RS256', tokens.RS256, pem('p256.pub')),
    verify('ES256', tokens.RS256, pem('rsa.pub')),
    verify('HS256', (await handler(sign('HS256', secret))).token, secret),
    verify('HS256', (await handler(sign('HS256', secret))).token, 'another secret'),
    { action: 'decode', token: tokens.RS256 },
    { action: 'jwks', token: tokens.RS256, jwks, issuer, audience },
    { action: 'jwks', token: tokens.ES256, jwks, issuer, audience },
    { action: 'jwks', token: tokens.EdDSA, jwks, issuer, audience },
    { action: 'jwks', token: tampered, jwks, issuer, audience },
    { action: 'jwks', token: tokens.RS256, jwks, issuer: 'https://other.example', audience },
    { action: 'jwks', token: tokens.RS256, jwks, issuer, audience: 'other-app' },
    { action: 'jwks', token: tokens.ES384, jwks, issuer, audience },
  ];
}

async function run() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const answers = [];
  for (const event of input) answers.push(await handler(event));
  return answers;
}

const mode = process.argv[2];
process.stdout.write(JSON.stringify(mode === 'events' ? await events() : await run()) + '\n');
