/** Whether the issuer is served over plain `http` (accepted on loopback hosts only). */
export function isHttpIssuer(issuer: string): boolean {
  return new URL(issuer).protocol === 'http:';
}

/**
 * Where an Okta-style authorization server publishes its signing keys: `{issuer}/v1/keys`. The issuer is
 * the configured one, whose trailing slashes the configuration already dropped (`normalizeIssuer`).
 */
export function jwksUriOf(issuer: string): string {
  return `${issuer}/v1/keys`;
}
