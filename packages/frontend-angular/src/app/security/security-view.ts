import { OktaAcr, satisfiesAcr } from 'step-up';

import { acrLabel } from '../auth/assurance/acr-description';
import { describeMethods } from '../auth/assurance/amr-description';

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

/** The sign-in levels from weakest to strongest, each marked as met or not by the token's `acr`. */
export function acrLadder(tokenAcr: unknown): LadderRung[] {
  return LADDER.map((acr) => ({ acr, label: acrLabel(acr), met: satisfiesAcr(tokenAcr, acr) }));
}

/** The methods behind the current sign-in (`amr`), capitalised for a list. */
export function signInMethods(amr: unknown): string[] {
  return describeMethods(amr).map((method) => method.charAt(0).toUpperCase() + method.slice(1));
}
