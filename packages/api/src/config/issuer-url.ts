// The issuer's rule (issuerProblem, normalizeIssuer) is the step-up core's, shared with the SPA.

/** Whether the issuer is served over plain `http` (accepted on loopback hosts only). */
export function isHttpIssuer(issuer: string): boolean {
  return new URL(issuer).protocol === 'http:';
}

/** Where an Okta-style authorization server publishes its signing keys: `{issuer}/v1/keys`. */
export function jwksUriOf(issuer: string): string {
  return `${issuer.endsWith('/') ? issuer.slice(0, -1) : issuer}/v1/keys`;
}
