import type { Grant, KoaContextWithOIDC } from 'oidc-provider';

/**
 * Consent for the first-party SPA, as Okta grants it for its own apps without a consent screen: the session's
 * grant for the client is found or created and extended with every scope, claim and resource scope the
 * request asks for, so the consent prompt never triggers.
 */
export async function loadFirstPartyGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { oidc } = ctx;
  const { session, client } = oidc;
  const accountId = session?.accountId;
  if (!session || !accountId || !client) {
    return undefined;
  }
  const clientId = client.clientId;
  const grantId = oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  const grant =
    existing?.accountId === accountId && existing.clientId === clientId
      ? existing
      : new oidc.provider.Grant({ accountId, clientId });

  const granted = () => JSON.stringify([grant.openid, grant.resources]);
  const before = granted();
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
  const claims = [...oidc.requestParamClaims];
  if (claims.length > 0) {
    grant.addOIDCClaims(claims);
  }
  for (const [indicator, resourceServer] of Object.entries(oidc.resourceServers ?? {})) {
    const scopes = [...oidc.requestParamScopes].filter((scope) => resourceServer.scopes.has(scope));
    if (scopes.length > 0) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  if (grant !== existing || granted() !== before) {
    await grant.save();
  }
  return grant;
}
