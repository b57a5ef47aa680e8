import Koa from 'koa';
import type Provider from 'oidc-provider';
import type { Clock } from 'step-up';

import type { AccountStore } from './accounts/account-store.js';
import { DEMO_ACCOUNTS } from './accounts/demo-accounts.js';
import { LoginThrottle } from './authentication/login-throttle.js';
import { SecondFactorBudget } from './authentication/second-factor-budget.js';
import { ISSUER_PATH } from './config/identity-provider-config.js';
import { MAILBOX_PATH, mailboxRoutes } from './dev-mailbox/mailbox-routes.js';
import type { DevMailbox } from './dev-mailbox/dev-mailbox.js';
import { EmailCodeSender } from './email-codes/email-code-sender.js';
import { OneTimeCodeStore } from './email-codes/one-time-code-store.js';
import { errorBoundary } from './http/error-boundary.js';
import { hostCheck } from './http/host-check.js';
import { notFound } from './http/not-found.js';
import { mountProvider, providerDispatch } from './http/provider-mount.js';
import { interactionRoutes } from './interactions/interaction-routes.js';
import type { Logger } from './logging/logger.js';
import type { FactorProofs } from './authentication/factor-proofs.js';
import { CeremonyChallenges } from './passkeys/ceremony-challenges.js';
import { passkeyAssets } from './passkeys/passkey-assets.js';
import type { PasskeyStore } from './passkeys/passkey-store.js';
import type { RelyingParty } from './passkeys/relying-party.js';
import type { AccessTokenVerifier } from './okta-compat/access-token-verifier.js';
import { logoutClientId } from './okta-compat/logout-client-id.js';
import { sessionsMe } from './okta-compat/sessions-me.js';
import { oktaTokenEndpoints } from './okta-compat/token-endpoints.js';
import { userinfoEndpoint } from './okta-compat/userinfo.js';

export interface HttpAppOptions {
  readonly provider: Provider;
  readonly accounts: AccountStore;
  readonly mailbox: DevMailbox;
  readonly verifier: AccessTokenVerifier;
  readonly logger: Logger;
  readonly clientId: string;
  readonly spaOrigin: string;
  readonly origin: string;
  readonly passkeys: PasskeyStore;
  readonly proofs: FactorProofs;
  readonly relyingParty: RelyingParty;
  /** Whether the dev mailbox is served (local development mode only). */
  readonly devMailbox: boolean;
  /** The time source of every limit and code expiry. */
  readonly clock: Clock;
}

/**
 * The provider's HTTP surface: the OpenID Provider under `/oauth2/default` (with Okta's quirks in front of
 * it), the sign-in pages and their passkey scripts, Okta's `/api/v1/sessions/me` and the dev mailbox.
 */
export function createHttpApp(options: HttpAppOptions): Koa {
  const { provider, accounts, mailbox, verifier, logger, clientId, spaOrigin } = options;
  const { clock } = options;
  const codes = new OneTimeCodeStore(clock);
  const budget = new SecondFactorBudget(clock);
  const dispatch = providerDispatch(ISSUER_PATH, provider);
  const app = new Koa();

  app.use(errorBoundary(logger, spaOrigin));
  app.use(hostCheck(new URL(options.origin).host));
  app.use(sessionsMe({ provider, accounts, spaOrigin }));
  if (options.devMailbox) {
    app.use(mailboxRoutes(mailbox, clock));
  }
  app.use(passkeyAssets());
  app.use(
    interactionRoutes({
      provider,
      accounts,
      codes,
      emailCodes: new EmailCodeSender(codes, budget, options.devMailbox ? mailbox : undefined, logger),
      throttle: new LoginThrottle(clock),
      budget,
      logger,
      spaOrigin,
      mailboxUrl: options.devMailbox ? `${options.origin}${MAILBOX_PATH}` : undefined,
      demoAccounts: DEMO_ACCOUNTS,
      passkeys: options.passkeys,
      challenges: new CeremonyChallenges(clock),
      proofs: options.proofs,
      relyingParty: options.relyingParty,
      clock,
    }),
  );
  app.use(userinfoEndpoint({ verifier, accounts, spaOrigin }));
  app.use(oktaTokenEndpoints({ provider, dispatch, verifier, spaOrigin }));
  app.use(logoutClientId({ clientId, postLogoutRedirectUris: [spaOrigin, `${spaOrigin}/`] }));
  app.use(mountProvider(ISSUER_PATH, dispatch));
  app.use(notFound(spaOrigin));
  return app;
}
