import { OktaAcr, satisfiesAcr } from 'step-up';

import { acrLabel } from '../auth/assurance/acr-description';
import { describeMethods } from '../auth/assurance/amr-description';
import { describeAssurance } from '../auth/assurance/assurance-description';
import { authTimeSeconds, describeElapsed } from '../auth/assurance/elapsed-time';

/** One rung of the ACR ladder and whether the current sign-in reaches it. */
export interface LadderRung {
  readonly acr: string;
  readonly label: string;
  readonly met: boolean;
}

const LADDER: readonly string[] = [
  OktaAcr.Password,
  OktaAcr.TwoFactor,
  OktaAcr.PhishingResistant,
  OktaAcr.PhishingResistantHardware,
];

/**
 * The sign-in levels from weakest to strongest, each marked as met or not by the token's `acr` (with its
 * `amr`, which decides whether Okta's `2fa:any:ifpossible` counts as two factors).
 */
export function acrLadder(tokenAcr: unknown, amr?: unknown): LadderRung[] {
  return LADDER.map((acr) => ({ acr, label: acrLabel(acr), met: satisfiesAcr(tokenAcr, acr, amr) }));
}

/** The methods behind the current sign-in (`amr`), capitalised for a list. */
export function signInMethods(amr: unknown): string[] {
  return describeMethods(amr).map((method) => method.charAt(0).toUpperCase() + method.slice(1));
}

/** The current sign-in's level in words and when it happened (from `auth_time`), if the provider said. */
export interface SignInFacts {
  /** E.g. "Phishing-resistant (passkey (software-protected key) and presence check)". */
  readonly level: string;
  readonly at: Date | null;
  /** E.g. "2 minutes ago". */
  readonly ago: string | null;
}

export function signInFacts(
  claims: { acr?: unknown; amr?: unknown; auth_time?: unknown },
  nowSeconds: number,
): SignInFacts {
  const authTime = authTimeSeconds(claims.auth_time);
  return {
    level: describeAssurance({ acr: claims.acr, amr: claims.amr }),
    at: authTime === null ? null : new Date(authTime * 1000),
    ago: authTime === null ? null : describeElapsed(authTime, nowSeconds),
  };
}
