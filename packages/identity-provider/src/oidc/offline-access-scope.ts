import type { Client, KoaContextWithOIDC } from 'oidc-provider';

/**
 * Registered as the `scope` parameter's validator (oidc-provider `extraParams`), which runs after scope
 * processing. oidc-provider drops `offline_access` unless `prompt=consent` is present (OIDC Core §11);
 * okta-auth-js never sends it, and Okta issues refresh tokens to its first-party apps whenever they ask for
 * `offline_access` and may use the refresh_token grant. This puts the scope back under those conditions, so
 * the authorization code, the grant and the access token's `scp` carry it and a refresh token is issued.
 */
export function keepOfflineAccessForFirstPartyClient(
  ctx: KoaContextWithOIDC,
  value: string | undefined,
  client: Client,
): void {
  const raw = ctx.method === 'POST' ? ctx.oidc.body?.['scope'] : ctx.query['scope'];
  const requested = typeof raw === 'string' && raw.split(' ').includes('offline_access');
  const scopes = value?.split(' ') ?? [];
  const responseType = ctx.oidc.params?.['response_type'];
  const codeFlow = typeof responseType === 'string' && responseType.split(' ').includes('code');
  if (
    requested &&
    codeFlow &&
    client.grantTypeAllowed('refresh_token') &&
    !scopes.includes('offline_access')
  ) {
    ctx.oidc.params!['scope'] = [...scopes, 'offline_access'].join(' ');
  }
}
