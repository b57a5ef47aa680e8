import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';

import { TEST_AUDIENCE, TEST_CLIENT_ID, type TestProvider } from './test-provider.js';

export interface TokenClaims extends JWTPayload {
  acr?: string;
  amr?: string[];
  auth_time?: number;
  scp?: string[];
}

/** A token's claims, unverified. */
export const claimsOf = (token: string) => decodeJwt<TokenClaims>(token);

/** The claims that describe the authentication. */
export const authenticationOf = ({ acr, amr, auth_time }: TokenClaims) => ({ acr, amr, auth_time });

/** Verifies ID and access tokens against the provider's `/v1/keys`, as the SPA and the API do. */
export function tokenVerifiers(provider: TestProvider) {
  const keys = createRemoteJWKSet(new URL(`${provider.issuer}/v1/keys`));
  return {
    idToken: async (token: string) =>
      (
        await jwtVerify<TokenClaims>(token, keys, {
          issuer: provider.issuer,
          audience: TEST_CLIENT_ID,
          algorithms: ['RS256'],
        })
      ).payload,
    accessToken: async (token: string) =>
      (
        await jwtVerify<TokenClaims>(token, keys, {
          issuer: provider.issuer,
          audience: TEST_AUDIENCE,
          algorithms: ['RS256'],
          typ: 'at+jwt',
        })
      ).payload,
  };
}
