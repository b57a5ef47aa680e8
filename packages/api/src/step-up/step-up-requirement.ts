import { assessAuthentication, InsufficientUserAuthenticationError, type StepUpRequirement } from 'step-up';

/**
 * The claims step-up judges: how (`acr`, with the methods in `amr`, which decide whether Okta's
 * `2fa:any:ifpossible` counts as two factors) and when (`auth_time`) the user authenticated.
 */
export interface AuthenticationEvidence {
  acr?: unknown;
  amr?: unknown;
  auth_time?: unknown;
}

/**
 * Where a step-up decision becomes a refusal: judges the verified token's `acr` (with `amr`) and `auth_time`
 * against `requirement` and, when they fall short, throws the RFC 9470 error whose challenge tells
 * the client what to ask the authorization server for (`acr_values`, `max_age`).
 *
 * Call it only with the claims of a token that has been verified.
 *
 * @throws InsufficientUserAuthenticationError (401 `insufficient_user_authentication`).
 */
export function enforceStepUpRequirement(
  claims: AuthenticationEvidence,
  requirement: StepUpRequirement,
  nowSeconds: number,
): void {
  const shortfall = assessAuthentication(claims, requirement, nowSeconds);
  if (shortfall !== null) {
    throw new InsufficientUserAuthenticationError(shortfall);
  }
}
