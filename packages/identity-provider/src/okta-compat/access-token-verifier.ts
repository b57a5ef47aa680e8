import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';

import type { RsaSigningJwk } from '../storage/signing-keys.js';

/**
 * Verifies the provider's own JWT access tokens (RS256, `typ: at+jwt`, this issuer, the API audience, not
 * expired) for the endpoints oidc-provider does not serve for them: userinfo and introspection.
 */
export class AccessTokenVerifier {
  private readonly keys;

  constructor(
    signingKeys: readonly RsaSigningJwk[],
    private readonly issuer: string,
    private readonly audience: string,
  ) {
    this.keys = createLocalJWKSet({
      keys: signingKeys.map(({ kty, kid, alg, use, n, e }) => ({ kty, kid, alg, use, n, e })),
    });
  }

  /** @throws a jose error (`code` such as `ERR_JWT_EXPIRED`, `ERR_JWS_SIGNATURE_VERIFICATION_FAILED`) when invalid. */
  async verify(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: this.issuer,
      audience: this.audience,
      algorithms: ['RS256'],
      typ: 'at+jwt',
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
    });
    return payload;
  }
}

/** Whether a token has the shape of a compact JWS (three base64url parts), i.e. is not an opaque token. */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}
