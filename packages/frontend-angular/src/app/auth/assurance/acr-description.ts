import { OktaAcr } from 'step-up';

/** Okta's `acr` values in words, as a person would say how they signed in. */
const ACR_LABELS: Readonly<Record<string, string>> = {
  [OktaAcr.OneFactorAny]: 'One factor',
  [OktaAcr.Password]: 'Password only',
  [OktaAcr.TwoFactor]: 'Two factors',
  [OktaAcr.TwoFactorIfPossible]: 'Two factors where enrolled',
  [OktaAcr.PhishingResistant]: 'Phishing-resistant',
  [OktaAcr.PhishingResistantHardware]: 'Phishing-resistant, hardware-bound',
};

/** What a required `acr` asks of the visitor, completing "This page needs …". */
const ACR_REQUIREMENTS: Readonly<Record<string, string>> = {
  [OktaAcr.OneFactorAny]: 'a sign-in with any one factor',
  [OktaAcr.Password]: 'a sign-in with your password',
  [OktaAcr.TwoFactor]: 'a two-factor sign-in, such as your password and an email code',
  [OktaAcr.TwoFactorIfPossible]: 'a two-factor sign-in where your account has a second factor',
  [OktaAcr.PhishingResistant]: 'a phishing-resistant sign-in, such as a passkey',
  [OktaAcr.PhishingResistantHardware]: 'a phishing-resistant sign-in with a hardware-bound key',
};

/** The label for the `acr` claim of an ID token: missing and unrecognised values are said so plainly. */
export function acrLabel(acr: unknown): string {
  if (typeof acr !== 'string' || acr === '') {
    return 'Not reported by the identity provider';
  }
  return Object.hasOwn(ACR_LABELS, acr) ? ACR_LABELS[acr] : 'A level this app does not recognise';
}

/** The requirement behind a requested `acr` value, e.g. "a two-factor sign-in, such as …". */
export function acrRequirement(acr: string | undefined): string {
  if (acr !== undefined && Object.hasOwn(ACR_REQUIREMENTS, acr)) {
    return ACR_REQUIREMENTS[acr];
  }
  return 'a stronger sign-in';
}
