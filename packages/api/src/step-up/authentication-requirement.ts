import { parseAcrValues, type StepUpRequirement } from 'step-up';

/** What a controller or handler declares about the authentication behind the access token. */
export interface AuthenticationRequirement {
  /**
   * Acceptable `acr` values, any-of, in order of preference (RFC 9470 `acr_values`): one value, a
   * space-separated list, or an array. Met by a value or any stronger one on Okta's ladder.
   */
  acr?: string | readonly string[];
  /** Longest time, in seconds, since the user authenticated (the token's `auth_time`). */
  maxAge?: number;
}

/** RFC 6749 Appendix A.4 `scope-token`: what a value in a space-separated list may hold. */
const ACR_VALUE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const KNOWN_KEYS: ReadonlySet<string> = new Set(['acr', 'maxAge']);

/**
 * Checks a declaration and turns it into the shared core's requirement: `acr` into the ordered,
 * de-duplicated `acrValues`, `maxAge` as is, absent keys left out. `{}` declares nothing beyond a
 * valid access token.
 *
 * Runs when the decorator is applied, i.e. while the application loads, so a declaration that could
 * never be enforced stops start-up instead of failing (or passing) requests.
 *
 * @throws TypeError for anything but an object with `acr` (non-empty strings of visible ASCII without
 *   quotes or backslashes) and `maxAge` (a whole number of seconds, zero or more).
 */
export function toStepUpRequirement(declaration: AuthenticationRequirement): Readonly<StepUpRequirement> {
  if (typeof declaration !== 'object' || declaration === null || Array.isArray(declaration)) {
    throw new TypeError('An authentication requirement must be an object such as { acr, maxAge }');
  }
  const unknownKey = Object.keys(declaration).find((key) => !KNOWN_KEYS.has(key));
  if (unknownKey !== undefined) {
    throw new TypeError(`An authentication requirement has no "${unknownKey}"; it takes acr and maxAge`);
  }
  const requirement: StepUpRequirement = {};
  if (declaration.acr !== undefined) {
    requirement.acrValues = Object.freeze(acrValuesOf(declaration.acr));
  }
  if (declaration.maxAge !== undefined) {
    const { maxAge } = declaration;
    if (typeof maxAge !== 'number' || !Number.isSafeInteger(maxAge) || maxAge < 0) {
      throw new TypeError(`maxAge must be a whole number of seconds, zero or more (got ${String(maxAge)})`);
    }
    requirement.maxAge = maxAge;
  }
  return Object.freeze(requirement);
}

function acrValuesOf(acr: unknown): string[] {
  const parts: unknown[] = Array.isArray(acr) ? acr : [acr];
  if (parts.some((part) => typeof part !== 'string')) {
    throw new TypeError('acr must be a string or an array of strings');
  }
  const values = parseAcrValues(parts as string[]);
  if (values.length === 0) {
    throw new TypeError('acr must name at least one value; leave it out to accept any level');
  }
  const invalid = values.find((value) => !ACR_VALUE.test(value));
  if (invalid !== undefined) {
    throw new TypeError(
      `acr value ${JSON.stringify(invalid)} may hold visible ASCII characters only, without quotes or backslashes`,
    );
  }
  return values;
}
