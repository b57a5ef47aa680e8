import { JwksServer } from './jwks-server';
import { createSigningKey, TokenMinter, type SigningKey } from './token-minter';

export interface TestIssuer {
  /** The local issuer's key set server (its `issuer` is what the API is started with). */
  readonly jwks: JwksServer;
  /** Mints access tokens the API accepts: signed with the published key, for its issuer and audience. */
  readonly minter: TokenMinter;
  readonly key: SigningKey;
}

/** A local authorization server for the e2e specs: one RS256 key (`key-1`) published at `{issuer}/v1/keys`. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const key = await createSigningKey('key-1');
  const jwks = await JwksServer.start([key.publicJwk]);
  return { jwks, minter: new TokenMinter(jwks.issuer, key), key };
}
