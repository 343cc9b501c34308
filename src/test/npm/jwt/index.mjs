// A Lambda handler over two JWT libraries as users bundle them: jsonwebtoken signs and verifies with PEM keys and
// secrets, aws-jwt-verify checks tokens against a JWKS given inline (cacheJwks: no network). The same handler runs
// under Node (node-answers.mjs) and under llrt (JwtLibrariesOverEmulatorTest); the answers must be the same.
import jwt from 'jsonwebtoken';
import { JwtVerifier } from 'aws-jwt-verify';

function failure(e) {
  return { ok: false, name: e.name, message: e.message };
}

export const handler = async (event) => {
  switch (event.action) {
    case 'sign':
      return { token: jwt.sign(event.payload, event.key, event.kid ? { algorithm: event.alg, keyid: event.kid } : { algorithm: event.alg }) };
    case 'verify':
      try {
        return { ok: true, payload: jwt.verify(event.token, event.key, { algorithms: [event.alg], clockTimestamp: event.now }) };
      } catch (e) {
        return failure(e);
      }
    case 'decode':
      return jwt.decode(event.token, { complete: true });
    case 'jwks': {
      const verifier = JwtVerifier.create({
        issuer: event.issuer,
        audience: event.audience,
        jwksUri: 'https://issuer.invalid/.well-known/jwks.json',
      });
      verifier.cacheJwks(event.jwks);
      try {
        return { ok: true, payload: await verifier.verify(event.token) };
      } catch (e) {
        return failure(e);
      }
    }
    default:
      throw new Error('unknown action ' + event.action);
  }
};
