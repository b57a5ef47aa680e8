import { OktaAcr } from 'step-up';

/**
 * Authentication factors this provider offers: the password (`pwd`), a one-time code delivered by email
 * (`email`, Okta's email authenticator) and a passkey (a WebAuthn credential used with user verification).
 */
export type Factor = 'pwd' | 'email' | 'passkey';

/** `amr` value Okta adds whenever more than one factor was verified (RFC 8176 `mfa`). */
export const MULTI_FACTOR_AMR = 'mfa';

/**
 * RFC 8176 values for a passkey assertion with user verification: `swk`, proof of possession of a key the
 * provider cannot prove to be hardware-bound (`none` attestation tells nothing about where the key lives, so not
 * `hwk`), and `user`, the authenticator's test that the user is present and verified. The authenticator keeps
 * how it verified the user (PIN, fingerprint, face) to itself, so `pin`, `fpt` or `face` would be guesses.
 * A passkey with user verification is two factors in one (the device and the user's PIN or biometric), so its
 * `amr` also carries `mfa`.
 */
export const PASSKEY_AMR: readonly string[] = ['swk', 'user'];

const FACTOR_ORDER: readonly Factor[] = ['pwd', 'email', 'passkey'];

const FACTOR_AMR: Readonly<Record<Factor, readonly string[]>> = {
  pwd: ['pwd'],
  email: ['email'],
  passkey: PASSKEY_AMR,
};

/**
 * The factors each achievable `acr` value needs on the way through the sign-in pages. `1fa:any` is met by the
 * password; `2fa:any:ifpossible` needs the email code because every account has an email address to receive
 * one; `phr` needs a passkey, which a passkey sign-in proves alone and an enrollment after the password and the
 * email code. `phrh` is absent: with `none` attestation no passkey here is proven to be hardware-bound.
 */
const REQUIRED_FACTORS: ReadonlyMap<string, readonly Factor[]> = new Map<string, readonly Factor[]>([
  [OktaAcr.OneFactorAny, ['pwd']],
  [OktaAcr.Password, ['pwd']],
  [OktaAcr.TwoFactor, ['pwd', 'email']],
  [OktaAcr.TwoFactorIfPossible, ['pwd', 'email']],
  [OktaAcr.PhishingResistant, ['pwd', 'email', 'passkey']],
]);

/** The factors `acr` needs through the password, or `undefined` when this provider cannot reach it (unknown, `phrh`). */
export function requiredFactors(acr: string): readonly Factor[] | undefined {
  return REQUIRED_FACTORS.get(acr);
}

/** The level a set of verified factors reaches: `phr` with a passkey, `2fa:any` with password and code, `1fa:pwd`. */
export function acrForFactors(factors: readonly Factor[]): string | undefined {
  if (factors.includes('passkey')) {
    return OktaAcr.PhishingResistant;
  }
  if (factors.includes('pwd') && factors.includes('email')) {
    return OktaAcr.TwoFactor;
  }
  return factors.includes('pwd') ? OktaAcr.Password : undefined;
}

/**
 * `amr` for verified factors, in a stable order, with `mfa` when there are several or a passkey
 * (e.g. `["pwd","email","mfa"]`, `["swk","user","mfa"]`).
 */
export function amrForFactors(factors: readonly Factor[]): string[] {
  const present = FACTOR_ORDER.filter((factor) => factors.includes(factor));
  const amr = present.flatMap((factor) => FACTOR_AMR[factor]);
  return present.length > 1 || present.includes('passkey') ? [...amr, MULTI_FACTOR_AMR] : amr;
}

/** The factors recorded in a session's `amr` (a passkey by its `swk`); anything else is ignored. */
export function factorsFromAmr(amr: unknown): Factor[] {
  if (!Array.isArray(amr)) {
    return [];
  }
  return FACTOR_ORDER.filter((factor) => amr.includes(FACTOR_AMR[factor][0]));
}
