/**
 * What an `amr` claim (RFC 8176 values and Okta's) proves about the number of factors.
 *
 * Each method belongs to one factor category: something you know, something you have, something you are.
 * Two methods from the same category are still one factor (a password and a security question are two
 * things the user knows), so "two factors" means methods from two different categories, or `mfa`,
 * which the authorization server asserts only when it verified two.
 */
type FactorCategory = 'knowledge' | 'possession' | 'inherence';

/** A Map, so `__proto__` and friends are plain keys. Values outside it (`rba`, `geo`, `user`, …) prove no factor. */
const categoryOf: ReadonlyMap<string, FactorCategory> = new Map<string, FactorCategory>([
  ['pwd', 'knowledge'],
  ['pin', 'knowledge'],
  ['kba', 'knowledge'],
  ['otp', 'possession'],
  ['sms', 'possession'],
  ['tel', 'possession'],
  ['email', 'possession'],
  ['hwk', 'possession'],
  ['swk', 'possession'],
  ['sc', 'possession'],
  ['pop', 'possession'],
  ['okta_verify', 'possession'],
  ['fpt', 'inherence'],
  ['face', 'inherence'],
  ['iris', 'inherence'],
  ['retina', 'inherence'],
  ['vbm', 'inherence'],
]);

/** `amr` value meaning multiple-factor authentication (RFC 8176 §2). */
export const MULTIPLE_FACTOR_AMR = 'mfa';

/**
 * Whether an `amr` claim proves two factors: it lists `mfa`, or methods from two different factor
 * categories. Anything that is not an array of strings proves nothing.
 */
export function provesTwoFactors(amr: unknown): boolean {
  if (!Array.isArray(amr)) {
    return false;
  }
  const categories = new Set<FactorCategory>();
  for (const method of amr as readonly unknown[]) {
    if (typeof method !== 'string') {
      continue;
    }
    if (method === MULTIPLE_FACTOR_AMR) {
      return true;
    }
    const category = categoryOf.get(method);
    if (category !== undefined) {
      categories.add(category);
    }
  }
  return categories.size >= 2;
}
