import { provesTwoFactors } from './authentication-methods.js';

/**
 * Okta's authentication context class references (`acr`) and the ladder that orders them.
 *
 * A token's `acr` satisfies a required value when it names the same level or a stronger one:
 *
 * | acr in the token                  | satisfies                                         |
 * |-----------------------------------|---------------------------------------------------|
 * | `urn:okta:loa:1fa:any`            | itself                                            |
 * | `urn:okta:loa:1fa:pwd`            | itself, `1fa:any`                                 |
 * | `urn:okta:loa:2fa:any`            | itself, `2fa:any:ifpossible`, every `1fa` value   |
 * | `urn:okta:loa:2fa:any:ifpossible` | with `amr` proving two factors: as `2fa:any`;     |
 * |                                   | otherwise itself and `1fa:any` (one factor)       |
 * | `phr`                             | itself, every `2fa` and `1fa` value               |
 * | `phrh`                            | every value above                                 |
 *
 * Okta issues `2fa:any:ifpossible` after a single factor when the user has no second factor enrolled,
 * so the value alone proves one factor; only the token's `amr` can show that two were verified
 * (see {@link provesTwoFactors}).
 *
 * Values outside the ladder satisfy only themselves (exact, case-sensitive string match), and a
 * missing, empty or non-string `acr` satisfies nothing.
 */
export const OktaAcr = {
  OneFactorAny: 'urn:okta:loa:1fa:any',
  Password: 'urn:okta:loa:1fa:pwd',
  TwoFactor: 'urn:okta:loa:2fa:any',
  TwoFactorIfPossible: 'urn:okta:loa:2fa:any:ifpossible',
  PhishingResistant: 'phr',
  PhishingResistantHardware: 'phrh',
} as const;

export type OktaAcrValue = (typeof OktaAcr)[keyof typeof OktaAcr];

const oneFactor: readonly string[] = [OktaAcr.OneFactorAny, OktaAcr.Password];
const twoFactor: readonly string[] = [OktaAcr.TwoFactor, OktaAcr.TwoFactorIfPossible, ...oneFactor];
const phishingResistant: readonly string[] = [OktaAcr.PhishingResistant, ...twoFactor];

/** For each known `acr`, every required value it satisfies (a Map, so `__proto__` and friends are plain keys). */
const satisfiedBy: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  [OktaAcr.OneFactorAny, new Set([OktaAcr.OneFactorAny])],
  [OktaAcr.Password, new Set(oneFactor)],
  [OktaAcr.TwoFactor, new Set(twoFactor)],
  [OktaAcr.TwoFactorIfPossible, new Set([OktaAcr.TwoFactorIfPossible, OktaAcr.OneFactorAny])],
  [OktaAcr.PhishingResistant, new Set(phishingResistant)],
  [OktaAcr.PhishingResistantHardware, new Set([OktaAcr.PhishingResistantHardware, ...phishingResistant])],
]);

/**
 * Whether a token's `acr` claim meets one required authentication context class. `amr` is the token's
 * `amr` claim: it matters only for `2fa:any:ifpossible`, which counts as two factors when `amr` proves
 * two and as one factor otherwise (also when `amr` is left out).
 */
export function satisfiesAcr(tokenAcr: unknown, required: string, amr?: unknown): boolean {
  if (typeof tokenAcr !== 'string' || tokenAcr === '' || typeof required !== 'string' || required === '') {
    return false;
  }
  if (tokenAcr === required) {
    return true;
  }
  const level =
    tokenAcr === OktaAcr.TwoFactorIfPossible && provesTwoFactors(amr) ? OktaAcr.TwoFactor : tokenAcr;
  return satisfiedBy.get(level)?.has(required) ?? false;
}

/**
 * Whether a token's `acr` claim (with its `amr`, see {@link satisfiesAcr}) meets any of the required
 * values (RFC 9470 `acr_values` is an any-of list). An empty list requires nothing, so it is always met.
 */
export function satisfiesAnyAcr(tokenAcr: unknown, acrValues: readonly string[], amr?: unknown): boolean {
  return acrValues.length === 0 || acrValues.some((required) => satisfiesAcr(tokenAcr, required, amr));
}

/**
 * Splits a space-separated `acr_values` string (RFC 9470 §3, OIDC Core §3.1.2.1) into its values,
 * dropping empty entries and duplicates while keeping the order of preference. An array is read as a
 * list of such strings; non-string entries are ignored.
 */
export function parseAcrValues(value: string | readonly string[] | undefined): string[] {
  const parts: readonly unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const values = new Set<string>();
  for (const part of parts) {
    if (typeof part !== 'string') {
      continue;
    }
    for (const acr of part.split(/[ \t]+/)) {
      if (acr !== '') {
        values.add(acr);
      }
    }
  }
  return [...values];
}
