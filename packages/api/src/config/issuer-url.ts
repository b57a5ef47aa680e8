/** Hosts on which an `http://` issuer is accepted: this machine only, where nothing travels a network. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)$/;
const OKTA_ADMIN_DOMAIN = /-admin\.(okta|oktapreview|okta-emea)\.com$/i;

/**
 * Why `value` cannot serve as the OpenID issuer identifier, or `undefined` when it can.
 *
 * An issuer is an absolute `https` URL without query or fragment (OpenID Connect Discovery §2,
 * RFC 8414 §2); `http` is tolerated on loopback hosts for local development. Also refused: credentials
 * in the URL (the issuer is logged at start-up), a leftover `{yourOktaDomain}` placeholder and an Okta
 * `-admin` console domain, which would never match the `iss` claim of a token.
 */
export function issuerProblem(value: string): string | undefined {
  if (value.trim() !== value) {
    return 'must not start or end with whitespace';
  }
  if (value.includes('{') || value.includes('}')) {
    return 'still holds a placeholder such as {yourOktaDomain}';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as https://example.okta.com/oauth2/default';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'must be an https URL';
  }
  if (!HOST_NAME.test(url.hostname)) {
    return 'must name a valid host';
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname)) {
    return `must use https unless its host is ${LOOPBACK_HOSTS.slice(0, -1).join(', ')} or ${LOOPBACK_HOSTS.at(-1)}`;
  }
  if (OKTA_ADMIN_DOMAIN.test(url.hostname)) {
    return 'must name the Okta org domain, not its -admin console domain';
  }
  if (url.username !== '' || url.password !== '') {
    return 'must not contain credentials';
  }
  if (value.includes('?') || value.includes('#')) {
    return 'must not contain a query or a fragment';
  }
  return undefined;
}

/** Whether the issuer is served over plain `http` (accepted on loopback hosts only). */
export function isHttpIssuer(issuer: string): boolean {
  return new URL(issuer).protocol === 'http:';
}

/** Where an Okta-style authorization server publishes its signing keys: `{issuer}/v1/keys`. */
export function jwksUriOf(issuer: string): string {
  return `${issuer.endsWith('/') ? issuer.slice(0, -1) : issuer}/v1/keys`;
}
