// In-process cost of checking one access token, against the built API (npm run bench):
// - raw RS256 `crypto.verify` with a prepared key, the floor;
// - `@okta/jwt-verifier` alone, configured the usual way (keys from the JWKS, handed over as PEM);
// - this API's verifier on first sight (every check, the library's signature check, the cache insert);
// - the same on a token seen before (cache hit), and on a token whose signature fails.
// Rounds alternate between the library and our verifier; each figure is the median of the rounds.
import OktaJwtVerifier from '@okta/jwt-verifier';
import { verify } from 'node:crypto';
import { createRequire } from 'node:module';
import { systemClock } from 'step-up';
import { startLocalIssuer, AUDIENCE } from './local-issuer.mjs';
import { format, median, microsecondsPerCall } from './measurement.mjs';

const require = createRequire(import.meta.url);
const { AccessTokenVerifier } = require('../dist/auth/access-token-verifier.service.js');
const { RemoteKeySet } = require('../dist/auth/remote-key-set.js');
const { VerifiedTokenCache } = require('../dist/auth/verified-token-cache.js');
const { Logger } = require('@nestjs/common');

// `--smoke`: one tiny round, to show the benchmark still runs (bench/benches.test.mjs); its numbers mean nothing.
const smoke = process.argv.includes('--smoke');
const ROUNDS = smoke ? 1 : 7;
const TOKENS_PER_ROUND = smoke ? 20 : 400;
const CACHE_HITS_PER_ROUND = smoke ? 1_000 : 100_000;

Logger.overrideLogger(['error', 'fatal']);
const issuer = await startLocalIssuer();
const tokens = Array.from({ length: TOKENS_PER_ROUND }, () => issuer.mint());
/** The same tokens with eight signature characters changed (not the last, whose low bits are padding). */
const badSignatures = tokens.map((token) => {
  const changed = token.slice(-9, -1) === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
  return `${token.slice(0, -9)}${changed}${token.slice(-1)}`;
});

function withoutHttpsWarning(create) {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return create();
  } finally {
    console.warn = warn;
  }
}

/** The library as the post uses it; its keys come from memory here instead of the network. */
const library = withoutHttpsWarning(
  () =>
    new OktaJwtVerifier({
      issuer: issuer.issuer,
      getKeysInterceptor: () => Promise.resolve([issuer.jwk]),
      testing: { disableHttpsCheck: true },
    }),
);

/** This API's verifier with a fresh cache, its key set already downloaded. */
async function ourVerifier() {
  const keySet = new RemoteKeySet({ jwksUri: `${issuer.issuer}/v1/keys` });
  const cache = new VerifiedTokenCache({ maxEntries: 10_000, maxBytes: 16 * 1024 * 1024 });
  const verifier = withoutHttpsWarning(
    () => new AccessTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE }, keySet, systemClock, cache),
  );
  await keySet.keyFor(issuer.jwk.kid);
  return verifier;
}

const signatureOf = (token) => {
  const [header, payload, signature] = token.split('.');
  return { input: Buffer.from(`${header}.${payload}`), signature: Buffer.from(signature, 'base64url') };
};
const rawInputs = tokens.map(signatureOf);
const refusedQuietly = (promise) =>
  promise.then(
    () => {
      throw new Error('A token with a bad signature was accepted');
    },
    () => undefined,
  );

const results = { raw: [], library: [], firstSight: [], cacheHit: [], badSignature: [] };
const warmUp = await ourVerifier();
await microsecondsPerCall(tokens.slice(0, 50), (token) => library.verifyAccessToken(token, AUDIENCE));
await microsecondsPerCall(tokens.slice(0, 50), (token) => warmUp.verify(token));

for (let round = 0; round < ROUNDS; round++) {
  results.raw.push(
    await microsecondsPerCall(rawInputs, ({ input, signature }) =>
      verify('sha256', input, issuer.publicKey, signature),
    ),
  );
  const verifier = await ourVerifier();
  const ours = () => microsecondsPerCall(tokens, (token) => verifier.verify(token));
  const theirs = () => microsecondsPerCall(tokens, (token) => library.verifyAccessToken(token, AUDIENCE));
  if (round % 2 === 0) {
    results.library.push(await theirs());
    results.firstSight.push(await ours());
  } else {
    results.firstSight.push(await ours());
    results.library.push(await theirs());
  }
  const seen = tokens[0];
  results.cacheHit.push(
    await microsecondsPerCall(Array(CACHE_HITS_PER_ROUND).fill(seen), (token) => verifier.verify(token)),
  );
  results.badSignature.push(
    await microsecondsPerCall(badSignatures, (token) => refusedQuietly(verifier.verify(token))),
  );
}
await issuer.close();

const raw = median(results.raw);
const alone = median(results.library);
const firstSight = median(results.firstSight);
const cacheHit = median(results.cacheHit);
console.log(`Token verification, in-process (median of ${ROUNDS} rounds, ${TOKENS_PER_ROUND} tokens each)`);
console.log(`  raw crypto.verify, RS256, prepared key      ${format(raw)} µs`);
console.log(`  @okta/jwt-verifier alone (PEM per call)     ${format(alone)} µs`);
console.log(
  `  first sight, this API's verifier            ${format(firstSight)} µs  = ${format(firstSight / alone, 2)}× the library alone (goal <= 1.10×)`,
);
console.log(`  seen before (cache hit)                     ${format(cacheHit, 2)} µs  (goal <= 5 µs)`);
console.log(`  refused, bad signature (never cached)       ${format(median(results.badSignature))} µs`);
