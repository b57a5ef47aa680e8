import { OktaAcr } from 'step-up';

import { acrLabel } from './acr-description';
import { describeMethods, joinWords } from './amr-description';

/**
 * How strongly the visitor signed in, from the ID token's `acr` and `amr` claims, e.g.
 * "Two factors (password and email code)" or "Password only".
 */
export function describeAssurance(claims: { acr?: unknown; amr?: unknown }): string {
  const label = acrLabel(claims.acr);
  const methods = describeMethods(claims.amr);
  if (claims.acr === OktaAcr.Password || methods.length === 0) {
    return label;
  }
  return `${label} (${joinWords(methods)})`;
}
