import { OktaAcr } from 'step-up';

/**
 * Authentication factors this provider offers, named by their `amr` value (RFC 8176, Okta's AMR table):
 * the password (`pwd`) and a one-time code delivered by email (`email`, Okta's email authenticator).
 */
export type Factor = 'pwd' | 'email';

/** `amr` value Okta adds whenever more than one factor was verified (RFC 8176 `mfa`). */
export const MULTI_FACTOR_AMR = 'mfa';

const FACTOR_ORDER: readonly Factor[] = ['pwd', 'email'];

/**
 * The factors each achievable `acr` value needs. `1fa:any` is met by the password, the only first factor here;
 * `2fa:any:ifpossible` needs the email code because every account has an email address to receive one.
 * `phr` and `phrh` are absent: they need a phishing-resistant authenticator (a passkey), not offered yet.
 */
const REQUIRED_FACTORS: ReadonlyMap<string, readonly Factor[]> = new Map<string, readonly Factor[]>([
  [OktaAcr.OneFactorAny, ['pwd']],
  [OktaAcr.Password, ['pwd']],
  [OktaAcr.TwoFactor, ['pwd', 'email']],
  [OktaAcr.TwoFactorIfPossible, ['pwd', 'email']],
]);

/** The factors `acr` needs, or `undefined` when this provider cannot reach it (unknown, `phr`, `phrh`). */
export function requiredFactors(acr: string): readonly Factor[] | undefined {
  return REQUIRED_FACTORS.get(acr);
}

/** The level a set of verified factors reaches: `2fa:any` with both, `1fa:pwd` with the password, else none. */
export function acrForFactors(factors: readonly Factor[]): string | undefined {
  if (factors.includes('pwd') && factors.includes('email')) {
    return OktaAcr.TwoFactor;
  }
  return factors.includes('pwd') ? OktaAcr.Password : undefined;
}

/** `amr` for verified factors, in a stable order, with `mfa` when there are several (e.g. `["pwd","email","mfa"]`). */
export function amrForFactors(factors: readonly Factor[]): string[] {
  const amr: string[] = FACTOR_ORDER.filter((factor) => factors.includes(factor));
  return amr.length > 1 ? [...amr, MULTI_FACTOR_AMR] : amr;
}

/** The factors recorded in a session's `amr`; anything else (including `mfa`) is ignored. */
export function factorsFromAmr(amr: unknown): Factor[] {
  if (!Array.isArray(amr)) {
    return [];
  }
  return FACTOR_ORDER.filter((factor) => amr.includes(factor));
}
