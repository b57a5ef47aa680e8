import { LOOPBACK_HOSTS } from 'step-up';

/** The WebAuthn relying party the provider's pages act as. */
export interface RelyingParty {
  /** RP id: the issuer's host name (`localhost`); credentials are scoped to it. */
  readonly id: string;
  /** The only origin ceremonies may run on: the issuer's (`http://localhost:3001`). */
  readonly origin: string;
  /** Shown by the browser and the authenticator while creating a passkey. */
  readonly name: string;
}

/**
 * The relying party of an issuer: its host name as RP id and its origin. WebAuthn runs only in a secure
 * context and on a host name (an IP address cannot be an RP id), so the issuer must be `https://` on a domain
 * or `http://localhost`.
 *
 * @throws Error naming the problem, for an issuer passkeys cannot work on.
 */
export function relyingPartyFor(issuer: string, name = 'Step-up demo'): RelyingParty {
  const url = URL.parse(issuer);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`passkeys need an http(s) issuer, got "${issuer}"`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname)) {
    throw new Error(
      `passkeys need a secure context: the issuer must be https:// or http://localhost, got "${issuer}"`,
    );
  }
  if (/^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[')) {
    throw new Error(
      `passkeys need a host name as relying party id, not an IP address: use http://localhost, got "${issuer}"`,
    );
  }
  return { id: url.hostname, origin: url.origin, name };
}
