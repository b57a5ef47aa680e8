import type { CookiesSetOptions } from 'oidc-provider';
import type Provider from 'oidc-provider';

/** The provider's browser session as this module needs it (oidc-provider's `Session` model). */
export interface EndableSession {
  accountId?: string | undefined;
  authorizations?:
    Record<string, { grantId?: string | undefined; persistsLogout?: boolean | undefined }> | undefined;
  destroy(): Promise<void>;
}

interface CookieJar {
  set(name: string, value: string | null, options: CookiesSetOptions): unknown;
}

async function revokeGrant(provider: Provider, grantId: string): Promise<void> {
  await Promise.all([
    provider.AccessToken.revokeByGrantId(grantId),
    provider.AuthorizationCode.revokeByGrantId(grantId),
    provider.RefreshToken.revokeByGrantId(grantId),
  ]);
  const grant = await provider.Grant.find(grantId);
  await grant?.destroy();
}

/**
 * Ends a browser session the way oidc-provider's logout confirmation does: grants that do not outlive the
 * session (no `offline_access`) are revoked with their tokens, the session is destroyed and its cookie cleared.
 * The next authorization request finds no session and asks for the password again.
 */
export async function endSession(
  provider: Provider,
  session: EndableSession,
  cookies: CookieJar,
  cookieOptions: CookiesSetOptions,
): Promise<void> {
  for (const { grantId, persistsLogout } of Object.values(session.authorizations ?? {})) {
    if (grantId && !persistsLogout) {
      await revokeGrant(provider, grantId);
    }
  }
  await session.destroy();
  cookies.set(provider.cookieName('session'), null, cookieOptions);
}
