// A stand-in authorization server for the benchmarks: one RS256 key, its JWKS served on 127.0.0.1 at
// {issuer}/v1/keys (Okta's path), and access tokens minted the way the embedded provider mints them.
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';

export const AUDIENCE = 'api://default';
export const TWO_FACTOR = 'urn:okta:loa:2fa:any';
export const PASSWORD = 'urn:okta:loa:1fa:pwd';

const segment = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Starts the issuer; `close()` stops it. */
export async function startLocalIssuer() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench-key', alg: 'RS256', use: 'sig' };
  const server = createServer((request, response) => {
    if (request.url === '/oauth2/default/v1/keys') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}/oauth2/default`;

  /** An access token like the embedded provider's: typ at+jwt, Okta's claims, a fresh jti. */
  const mint = (claims = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const input = `${segment({ alg: 'RS256', kid: jwk.kid, typ: 'at+jwt' })}.${segment({
      iss: issuer,
      aud: AUDIENCE,
      sub: 'alice@example.com',
      uid: '00u1a2b3c4d5e6f7g8h9',
      cid: 'stepup-spa',
      scp: ['openid', 'profile', 'email', 'offline_access'],
      iat: now,
      exp: now + 3600,
      auth_time: now - 60,
      acr: TWO_FACTOR,
      amr: ['pwd', 'email', 'mfa'],
      jti: `AT.${randomUUID()}`,
      ...claims,
    })}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  };

  return { issuer, jwk, publicKey, mint, close: () => new Promise((resolve) => server.close(resolve)) };
}
