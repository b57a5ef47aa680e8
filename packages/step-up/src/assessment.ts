import { satisfiesAnyAcr } from './acr-ladder.js';
import { isAuthenticationRecent } from './recency.js';

/** What a protected resource demands of the authentication behind an access token (RFC 9470 §3). */
export interface StepUpRequirement {
  /** Acceptable `acr` values, any-of, in order of preference. Absent or empty: any level will do. */
  acrValues?: readonly string[];
  /** Maximum age in seconds of the authentication event (`auth_time`). Absent: any age will do. */
  maxAge?: number;
}

/**
 * What the authentication falls short of, in the requirement's own shape: `acrValues` (the full
 * required list, in order of preference) when the level is too low, `maxAge` when the authentication
 * is too old, both when both.
 */
export type StepUpShortfall = StepUpRequirement;

/** The claims of a token that step-up looks at. */
export interface AuthenticationClaims {
  acr?: unknown;
  /** Authentication methods (RFC 8176); decides whether `2fa:any:ifpossible` counts as two factors. */
  amr?: unknown;
  auth_time?: unknown;
}

/**
 * Judges a token's `acr` (with its `amr`) and `auth_time` against a requirement at `nowSeconds`.
 * Returns `null` when the requirement is met, otherwise what is missing.
 *
 * @throws TypeError when `requirement.maxAge` is not a non-negative integer (see isAuthenticationRecent).
 */
export function assessAuthentication(
  claims: AuthenticationClaims,
  requirement: StepUpRequirement,
  nowSeconds: number,
): StepUpShortfall | null {
  const shortfall: { acrValues?: string[]; maxAge?: number } = {};
  const acrValues = requirement.acrValues ?? [];
  if (!satisfiesAnyAcr(claims?.acr, acrValues, claims?.amr)) {
    shortfall.acrValues = [...acrValues];
  }
  if (
    requirement.maxAge !== undefined &&
    !isAuthenticationRecent(claims?.auth_time, requirement.maxAge, nowSeconds)
  ) {
    shortfall.maxAge = requirement.maxAge;
  }
  return shortfall.acrValues === undefined && shortfall.maxAge === undefined ? null : shortfall;
}
