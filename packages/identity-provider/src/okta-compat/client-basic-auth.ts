const BASIC = /^Basic ([A-Za-z0-9+/]+={0,2})$/i;
const CLIENT_ID = /^[\x21-\x39\x3b-\x7e]{1,128}$/;

/**
 * The client id from `Authorization: Basic base64(clientId)`: okta-auth-js sends this for public clients when
 * revoking or introspecting, without the colon and empty secret that RFC 6749 §2.3.1 requires (Okta accepts
 * it). Returns `undefined` for any other header, which is then left for oidc-provider to judge.
 */
export function clientIdFromBasicWithoutSecret(authorization: string | undefined): string | undefined {
  const match = BASIC.exec(authorization?.trim() ?? '');
  if (!match || match[1].length % 4 !== 0) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return CLIENT_ID.test(decoded) ? decoded : undefined;
}
