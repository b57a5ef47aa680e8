/** The claims that say whose data a request may touch. */
export interface OwnerClaims {
  sub: string;
  uid?: unknown;
}

/**
 * The owner of the data a request creates and reads (transactions, messages, idempotency keys):
 * `uid:` and Okta's user id, which never changes, when the token carries `uid`; otherwise, for issuers
 * that issue no `uid`, `sub:` and the subject. Okta's access tokens name the login (an email address a
 * user can change and the org can later give someone else) in `sub`, so keying data by `sub` would
 * hand one person's data to the next holder of the address. The prefixes keep the two kinds apart.
 *
 * Call it only with claims that passed assertAcceptableClaims (`uid`, when present, a non-empty string).
 */
export function resourceOwnerOf(claims: OwnerClaims): string {
  return typeof claims.uid === 'string' ? `uid:${claims.uid}` : `sub:${claims.sub}`;
}
