import type { CDPSession, Page } from '@playwright/test';

/** A credential as Chromium's DevTools protocol hands it over (`WebAuthn.Credential`). */
export interface VirtualCredential {
  readonly credentialId: string;
  readonly isResidentCredential: boolean;
  readonly rpId?: string;
  readonly privateKey: string;
  readonly userHandle?: string;
  readonly signCount: number;
}

export interface VirtualAuthenticator {
  readonly credentials: () => Promise<VirtualCredential[]>;
  readonly addCredential: (credential: VirtualCredential) => Promise<void>;
}

/**
 * Gives the page a platform authenticator, as a laptop with a fingerprint reader has one: Chromium's virtual
 * authenticator (CTAP2, internal transport, resident keys, user verification) that answers every ceremony at once.
 * `userVerifies: false` makes it fail user verification, so the ceremony ends as if the user cancelled.
 */
export async function addVirtualAuthenticator(
  page: Page,
  { userVerifies = true }: { userVerifies?: boolean } = {},
): Promise<VirtualAuthenticator> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: userVerifies,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    addCredential: async (credential) => {
      await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
    },
  };
}
