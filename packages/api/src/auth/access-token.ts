import type { Request } from 'express';

/** Claims of a verified access token (RFC 9068 names, plus Okta's and RFC 9470's). */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat?: number;
  nbf?: number;
  jti?: string;
  /** Authentication context class reference: how the user authenticated (RFC 9470 §4). */
  acr?: unknown;
  /** When the user authenticated, in seconds since the epoch (RFC 9470 §4). */
  auth_time?: unknown;
  amr?: unknown;
  scp?: unknown;
  cid?: unknown;
  uid?: unknown;
  [claim: string]: unknown;
}

/** An access token whose signature, issuer, audience and lifetime have been checked. */
export interface AccessToken {
  /** The token's claims, deeply frozen. */
  readonly claims: Readonly<AccessTokenClaims>;
  /** Whose data the request may touch (see resourceOwnerOf). */
  readonly owner: string;
}

/** A request that passed access token verification; handlers behind the middleware or guard receive it. */
export interface AuthenticatedRequest extends Request {
  accessToken: AccessToken;
}
