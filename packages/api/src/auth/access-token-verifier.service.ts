import { Inject, Injectable, Logger } from '@nestjs/common';
import OktaJwtVerifier from '@okta/jwt-verifier';
import { InvalidTokenError } from 'step-up';
import { isHttpIssuer } from '../config/issuer-url';
import { oidcConfig, type OidcConfig } from '../config/api-config.module';
import { IssuerUnavailableError } from '../errors/api-errors';
import type { AccessToken, AccessTokenClaims } from './access-token';
import { assertAcceptableClaims, assertWithinLifetime } from './access-token-claims';
import { assertAcceptableHeader } from './access-token-header';
import { Clock } from './clock';
import { decodeCompactJws } from './compact-jws';
import { resolveKeysThrough } from './okta-key-resolver';
import { RemoteKeySet, SigningKeysUnavailableError } from './remote-key-set';
import { resourceOwnerOf } from './resource-owner';
import type { RsaVerificationKey } from './rsa-verification-keys';
import { VerifiedTokenCache } from './verified-token-cache';

/**
 * Verifies access tokens with `@okta/jwt-verifier`, refuses what that library lets through, and
 * remembers the tokens it accepted.
 *
 * The library checks the RS256 signature with the issuer's key for the token's `kid`, `exp` and `nbf`
 * when they hold numbers, `iss` and `aud`. Before handing it a token, this service refuses:
 * anything but a well-formed compact JWS of at most 8 KB; a `crit` header; an `alg` other than RS256;
 * a missing `kid`; a `typ` other than at+jwt or JWT; a missing or non-numeric `exp`, a non-numeric
 * `iat` or `nbf`; a missing or non-string `sub` or `uid`; and a `kid` the issuer does not publish as
 * an RS256 key. The issuer's keys come from {@link RemoteKeySet}, which bounds how long and how often
 * they are downloaded; the library checks signatures with them, imported once (see resolveKeysThrough).
 *
 * A token accepted once is remembered ({@link VerifiedTokenCache}): seen again, while the key that
 * verified it is still the one the issuer publishes under its `kid`, only its lifetime (`exp`, `nbf`)
 * is judged again. Refusals are not remembered.
 *
 * Every refusal is an {@link InvalidTokenError}: a token that cannot be verified is not accepted. When
 * the issuer's keys cannot be downloaded and none downloaded before fits, the answer is an
 * {@link IssuerUnavailableError} (503) instead: the token may well be good.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly logger = new Logger(AccessTokenVerifier.name);
  private readonly jwtVerifier: OktaJwtVerifier;
  private loggedOutageUntil = 0;

  constructor(
    @Inject(oidcConfig.KEY) private readonly oidc: OidcConfig,
    private readonly keySet: RemoteKeySet,
    private readonly clock: Clock,
    private readonly cache: VerifiedTokenCache,
  ) {
    this.jwtVerifier = new OktaJwtVerifier({
      issuer: oidc.issuer,
      jwksUri: keySet.jwksUri,
      testing: { disableHttpsCheck: isHttpIssuer(oidc.issuer) },
    });
    resolveKeysThrough(this.jwtVerifier, (kid) => keySet.currentKeyFor(kid)?.keyObject);
    keySet.onKeyWithdrawn((kid) => cache.dropKey(kid));
  }

  /**
   * @throws InvalidTokenError when the token is not a valid access token for this API.
   * @throws IssuerUnavailableError when the issuer's keys are needed and cannot be downloaded.
   */
  async verify(token: string): Promise<AccessToken> {
    // With the fraction: `exp` and `nbf` are judged to the millisecond.
    const nowSeconds = this.clock.now() / 1000;
    const digest = this.cache.enabled ? this.cache.digestOf(token) : undefined;
    const remembered = digest === undefined ? undefined : this.remembered(digest, nowSeconds);
    if (remembered !== undefined) {
      return remembered;
    }
    const { header, payload } = decodeCompactJws(token);
    const { kid } = assertAcceptableHeader(header);
    assertAcceptableClaims(payload, this.oidc, nowSeconds);
    const key = this.keySet.currentKeyFor(kid) ?? (await this.publishedKey(kid));
    const claims = deepFreeze((await this.checkSignature(token)).claims as AccessTokenClaims);
    const accessToken: AccessToken = Object.freeze({ claims, owner: resourceOwnerOf(claims) });
    if (digest !== undefined) {
      this.cache.set(digest, { accessToken, key, expiresAt: claims.exp }, token.length, nowSeconds);
    }
    return accessToken;
  }

  /**
   * The token remembered under `digest` if the key that verified it is still the one published under
   * its `kid`; judged on its lifetime now. An entry whose key was withdrawn or expired is dropped.
   */
  private remembered(digest: string, nowSeconds: number): AccessToken | undefined {
    const entry = this.cache.get(digest);
    if (entry === undefined) {
      return undefined;
    }
    const { claims } = entry.accessToken;
    const keyStillPublished = entry.key === this.keySet.currentKeyFor(entry.key.kid);
    if (!keyStillPublished || nowSeconds >= claims.exp) {
      this.cache.delete(digest);
    }
    if (!keyStillPublished) {
      return undefined;
    }
    assertWithinLifetime(claims, nowSeconds);
    return entry.accessToken;
  }

  private async publishedKey(kid: string): Promise<RsaVerificationKey> {
    let key: RsaVerificationKey | undefined;
    try {
      key = await this.keySet.keyFor(kid);
    } catch (error) {
      if (error instanceof SigningKeysUnavailableError) {
        throw this.issuerUnavailable(error);
      }
      throw error;
    }
    if (key === undefined) {
      throw new InvalidTokenError('The access token is signed with a key (kid) the issuer does not publish');
    }
    return key;
  }

  private issuerUnavailable(error: SigningKeysUnavailableError): IssuerUnavailableError {
    if (error.retryAt !== this.loggedOutageUntil) {
      this.loggedOutageUntil = error.retryAt;
      this.logger.warn(`Cannot verify access tokens: ${describeCause(error)}`);
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((error.retryAt - this.clock.now()) / 1000));
    return new IssuerUnavailableError(retryAfterSeconds, { cause: error });
  }

  private async checkSignature(token: string): Promise<OktaJwtVerifier.Jwt> {
    try {
      return await this.jwtVerifier.verifyAccessToken(token, this.oidc.audience);
    } catch (error) {
      this.logger.debug(`Access token refused: ${describeCause(error)}`);
      throw new InvalidTokenError('The access token signature could not be verified', { cause: error });
    }
  }
}

/** Freezes `value` and everything in it, so that no handler can change what the next request reads. */
function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null) {
      deepFreeze(member as object);
    }
  }
  return Object.freeze(value);
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  return error.cause === undefined ? error.message : `${error.message}: ${describeCause(error.cause)}`;
}
