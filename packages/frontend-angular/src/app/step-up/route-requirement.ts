import { Data } from '@angular/router';
import { parseAcrValues, StepUpRequirement } from 'step-up';

/**
 * What a route declares in its data, in the shape the blog post and `OktaAuthGuard` use:
 * `data: { okta: { acrValues: 'urn:okta:loa:2fa:any', maxAge: 300 } }`. `acrValues` may also be a
 * space-separated list or an array (any of them, most preferred first); `maxAge` is in seconds.
 */
export interface OktaRouteData {
  readonly acrValues?: string | readonly string[];
  readonly maxAge?: number;
}

/**
 * Reads a route's requirement from its data. A route without `okta` data asks only for a sign-in.
 *
 * @throws TypeError for a declaration that can't be enforced (a misconfigured route is a programming
 *   error, not something to wave through).
 */
export function routeRequirement(data: Data | undefined): StepUpRequirement {
  const okta: unknown = data?.['okta'];
  if (okta === undefined) {
    return {};
  }
  if (typeof okta !== 'object' || okta === null) {
    throw new TypeError('Route data "okta" must be an object such as { acrValues, maxAge }');
  }
  const { acrValues, maxAge } = okta as Record<string, unknown>;
  const requirement: { acrValues?: string[]; maxAge?: number } = {};
  if (acrValues !== undefined) {
    if (!isStringOrStrings(acrValues)) {
      throw new TypeError('Route data "okta.acrValues" must be a string or an array of strings');
    }
    requirement.acrValues = parseAcrValues(acrValues);
  }
  if (maxAge !== undefined) {
    if (typeof maxAge !== 'number' || !Number.isSafeInteger(maxAge) || maxAge < 0) {
      throw new TypeError('Route data "okta.maxAge" must be a whole number of seconds, zero or more');
    }
    requirement.maxAge = maxAge;
  }
  return requirement;
}

function isStringOrStrings(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}
