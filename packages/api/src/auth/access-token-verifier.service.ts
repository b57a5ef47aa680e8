import { Inject, Injectable, Logger } from '@nestjs/common';
import OktaJwtVerifier from '@okta/jwt-verifier';
import { InvalidTokenError } from 'step-up';
import { isHttpIssuer } from '../config/issuer-url';
import { oidcConfig, type OidcConfig } from '../config/oidc.config';
import type { AccessToken } from './access-token';
import { assertAcceptableClaims } from './access-token-claims';
import { assertAcceptableHeader } from './access-token-header';
import { Clock } from './clock';
import { decodeCompactJws } from './compact-jws';
import { withDeadline } from './deadline';
import { JWKS_MAX_AGE_MS, RemoteKeySet } from './remote-key-set';
import { resourceOwnerOf } from './resource-owner';

/** Longest the signature check may take; past it the token is refused rather than the request left hanging. */
export const SIGNATURE_CHECK_DEADLINE_MS = 10_000;

const KEYS_UNAVAILABLE =
  'The signing keys of the issuer are unavailable, so the access token cannot be verified';

/**
 * Verifies access tokens with `@okta/jwt-verifier`, and refuses what that library lets through.
 *
 * The library checks the RS256 signature with the issuer's key for the token's `kid`, `exp` and `nbf`
 * when they hold numbers, `iss` and `aud`. Before handing it a token, this service refuses:
 * anything but a well-formed compact JWS of at most 8 KB; a `crit` header; an `alg` other than RS256;
 * a missing `kid`; a `typ` other than at+jwt or JWT; a missing or non-numeric `exp`, a non-numeric
 * `iat` or `nbf`; a missing or non-string `sub` or `uid`; and a `kid` the issuer does not publish as an RS256
 * key. The issuer's keys come from {@link RemoteKeySet}, which bounds how long and how often they are
 * downloaded; the library reads them from there instead of downloading them itself.
 *
 * Every refusal is an {@link InvalidTokenError}: a token that cannot be verified is not accepted.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly logger = new Logger(AccessTokenVerifier.name);
  private readonly jwtVerifier: OktaJwtVerifier;

  constructor(
    @Inject(oidcConfig.KEY) private readonly oidc: OidcConfig,
    private readonly keySet: RemoteKeySet,
    private readonly clock: Clock,
  ) {
    this.jwtVerifier = new OktaJwtVerifier({
      issuer: oidc.issuer,
      jwksUri: keySet.jwksUri,
      getKeysInterceptor: () => Promise.resolve(keySet.keys()),
      // Lookups reach the library only for a kid the key set holds, and are answered from memory.
      jwksRequestsPerMinute: 600,
      cacheMaxAge: JWKS_MAX_AGE_MS,
      testing: { disableHttpsCheck: isHttpIssuer(oidc.issuer) },
    });
  }

  /** @throws InvalidTokenError when the token is not a valid access token for this API. */
  async verify(token: string): Promise<AccessToken> {
    const { header, payload } = decodeCompactJws(token);
    const { kid } = assertAcceptableHeader(header);
    assertAcceptableClaims(payload, this.oidc, this.clock.nowSeconds());
    await this.requirePublishedKey(kid);
    const { claims } = await this.checkSignature(token);
    return Object.freeze({ claims, owner: resourceOwnerOf(claims) });
  }

  private async requirePublishedKey(kid: string): Promise<void> {
    let key: unknown;
    try {
      key = await this.keySet.keyFor(kid);
    } catch (error) {
      this.logger.warn(`Cannot verify access tokens: ${describeCause(error)}`);
      throw new InvalidTokenError(KEYS_UNAVAILABLE, { cause: error });
    }
    if (key === undefined) {
      throw new InvalidTokenError('The access token is signed with a key (kid) the issuer does not publish');
    }
  }

  private async checkSignature(token: string): Promise<OktaJwtVerifier.Jwt> {
    try {
      return await withDeadline(
        this.jwtVerifier.verifyAccessToken(token, this.oidc.audience),
        SIGNATURE_CHECK_DEADLINE_MS,
        'The signature check',
      );
    } catch (error) {
      this.logger.debug(`Access token refused: ${describeCause(error)}`);
      throw new InvalidTokenError('The access token signature could not be verified', { cause: error });
    }
  }
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  return error.cause === undefined ? error.message : `${error.message}: ${describeCause(error.cause)}`;
}
