// The rules for settings that more than one process reads: the issuer (the API, the SPA), the client id
// (the SPA, the embedded provider), the audience (the API, the embedded provider) and ports (`npm start`,
// the API, the provider). Each returns why a value is unusable, or `undefined`; the caller names the
// setting with `settingProblem`, so every process words a bad value the same way.

/**
 * Hosts on which an `http://` issuer is accepted, as a parsed URL's `hostname` spells them: this machine only,
 * where nothing travels a network (the API and the SPA for the issuer; the provider for its passkeys, which
 * need a secure context).
 */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)$/;
const OKTA_ADMIN_DOMAIN = /-admin\.(okta|oktapreview|okta-emea)\.com$/i;
/** RFC 3986 unreserved characters: safe in a URL, in a form and in HTTP Basic credentials alike. */
const CLIENT_ID = /^[A-Za-z0-9._~-]{1,128}$/;
const PORT = /^[0-9]{1,5}$/;

/**
 * The WHATWG URL parser, which browsers and Node both have; declared here because the core compiles
 * without DOM or Node types.
 */
declare const URL: new (input: string) => ParsedUrl;

interface ParsedUrl {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

/** `NAME problem (got "value")`: how every process reports a bad setting. */
export function settingProblem(name: string, problem: string, value: unknown): string {
  return `${name} ${problem} (got ${JSON.stringify(value)})`;
}

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
  let url: ParsedUrl;
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

/**
 * The issuer as tokens name it: without trailing slashes. Okta's issuers have none, and clients build
 * `{issuer}/v1/keys` and the like from it, so `…/oauth2/default/` and `…/oauth2/default` are one server.
 */
export function normalizeIssuer(issuer: string): string {
  return issuer.replace(/\/+$/, '');
}

/**
 * Why `value` cannot be the SPA's client id, or `undefined` when it can: 1-128 unreserved characters,
 * as Okta's, Auth0's and Entra ID's client ids are. Nothing that would need escaping in a URL, and no
 * colon, which would split HTTP Basic credentials.
 */
export function clientIdProblem(value: string): string | undefined {
  return CLIENT_ID.test(value)
    ? undefined
    : 'must be 1-128 characters from A-Z a-z 0-9 . _ ~ - (no spaces or colons)';
}

/**
 * Why `value` cannot be the access tokens' audience, or `undefined` when it can: an absolute URI
 * without spaces or fragment (a resource indicator, RFC 8707 §2), such as Okta's `api://default`.
 */
export function audienceProblem(value: string): string | undefined {
  let absolute = true;
  try {
    new URL(value);
  } catch {
    absolute = false;
  }
  return absolute && !/\s/.test(value) && !value.includes('#')
    ? undefined
    : 'must be an absolute URI without spaces or a fragment, such as api://default';
}

/** Why `value` is not a TCP port to listen on, or `undefined` when it is: decimal digits, 1 to 65535. */
export function portProblem(value: string): string | undefined {
  return PORT.test(value) && Number(value) >= 1 && Number(value) <= 65535
    ? undefined
    : 'must be a port number from 1 to 65535';
}
