import { UserClaims } from '@okta/okta-auth-js';

import { describeAssurance } from '../auth/assurance/assurance-description';
import { authTimeSeconds, describeElapsed } from '../auth/assurance/elapsed-time';
import { describeMethods } from '../auth/assurance/amr-description';
import { displayName } from '../auth/user-claims';

/** The profile page's content, derived from the ID token claims. */
export interface ProfileView {
  readonly name: string;
  readonly email: string | null;
  /** E.g. "Two factors (password and email code)". */
  readonly assurance: string;
  /** The raw `acr` claim, for developers. */
  readonly acr: string | null;
  /** Each method from `amr`, capitalised for a list. */
  readonly methods: readonly string[];
  /** When the visitor authenticated (from `auth_time`), if the provider said. */
  readonly authenticatedAt: Date | null;
  /** E.g. "5 minutes ago". */
  readonly authenticatedAgo: string | null;
}

export function profileView(claims: UserClaims, nowSeconds: number): ProfileView {
  const authTime = authTimeSeconds(claims.auth_time);
  return {
    name: displayName(claims),
    email: typeof claims.email === 'string' && claims.email !== '' ? claims.email : null,
    assurance: describeAssurance({ acr: claims.acr, amr: claims['amr'] }),
    acr: typeof claims.acr === 'string' && claims.acr !== '' ? claims.acr : null,
    methods: describeMethods(claims['amr']).map(capitalise),
    authenticatedAt: authTime === null ? null : new Date(authTime * 1000),
    authenticatedAgo: authTime === null ? null : describeElapsed(authTime, nowSeconds),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
