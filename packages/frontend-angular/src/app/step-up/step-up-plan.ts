/** What a challenge or a route asks for: RFC 9470 `acr_values` (preference order) and `max_age`. */
export interface StepUpDemand {
  readonly acrValues: readonly string[];
  readonly maxAge?: number;
}

/** What the redirect asks the provider for (the options of `signInWithRedirect`). */
export interface StepUpRedirect {
  /**
   * One value, the most preferred: okta-auth-js compares the returned `acr` with the requested
   * `acr_values` as one exact string, so asking for a list would reject every answer.
   */
  readonly acrValues?: string;
  readonly maxAge?: number;
}

/**
 * The redirect that answers `demand`, or `null` when it names nothing the provider could be asked
 * for (no `acr` value and no `max_age`), in which case redirecting would only come back unchanged.
 *
 * A demand for recency alone (`max_age` without `acr_values`, as RFC 9470 sends when the level is
 * fine but the authentication too old) also asks for `currentAcr`, the level the visitor has now:
 * `max_age` makes the provider authenticate afresh, and a fresh authentication asked for no level
 * would come back with the weakest (a password), trading one shortfall for another.
 */
export function planStepUp(demand: StepUpDemand, currentAcr?: unknown): StepUpRedirect | null {
  const { maxAge } = demand;
  const acrValues =
    demand.acrValues[0] ?? (maxAge !== undefined && typeof currentAcr === 'string' ? currentAcr : undefined);
  if (acrValues === undefined && maxAge === undefined) {
    return null;
  }
  return {
    ...(acrValues === undefined ? {} : { acrValues }),
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}
