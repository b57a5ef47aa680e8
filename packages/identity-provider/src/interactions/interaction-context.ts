import type { Context } from 'koa';
import { errors, type InteractionResults } from 'oidc-provider';
import type Provider from 'oidc-provider';
import { epochSeconds, parseAcrValues, type Clock } from 'step-up';

import type { Account } from '../accounts/account.js';
import type { AccountStore } from '../accounts/account-store.js';
import type { NewAccount } from '../accounts/demo-accounts.js';
import { decideAuthentication, type AuthenticationDecision } from '../authentication/assurance-policy.js';
import type { LoginThrottle } from '../authentication/login-throttle.js';
import type { SecondFactorBudget } from '../authentication/second-factor-budget.js';
import type { EmailCodeSender } from '../email-codes/email-code-sender.js';
import type { OneTimeCodeStore } from '../email-codes/one-time-code-store.js';
import type { FactorProofs } from '../authentication/factor-proofs.js';
import { sendHtml } from '../http/html-response.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging/logger.js';
import type { CeremonyChallenges } from '../passkeys/ceremony-challenges.js';
import type { PasskeyStore } from '../passkeys/passkey-store.js';
import type { RelyingParty } from '../passkeys/relying-party.js';

/** What the sign-in pages need. */
export interface InteractionDependencies {
  readonly provider: Provider;
  readonly accounts: AccountStore;
  readonly codes: OneTimeCodeStore;
  readonly emailCodes: EmailCodeSender;
  readonly throttle: LoginThrottle;
  /** Account-wide limits of the email code step: wrong codes and how often codes are sent. */
  readonly budget: SecondFactorBudget;
  readonly logger: Logger;
  readonly spaOrigin: string;
  /** The dev mailbox page, linked from the code page; absent outside local development mode. */
  readonly mailboxUrl: string | undefined;
  readonly demoAccounts: readonly NewAccount[];
  readonly passkeys: PasskeyStore;
  readonly challenges: CeremonyChallenges;
  readonly proofs: FactorProofs;
  readonly relyingParty: RelyingParty;
  /** The time of every sign-in (`auth_time`, factor proofs), limit and code expiry. */
  readonly clock: Clock;
}

export type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

const EXPIRED =
  'This sign-in page has expired or belongs to another browser window. Return to the application and sign in again.';

/**
 * The interaction `uid` from the URL, checked against oidc-provider's interaction cookie (which binds the
 * sign-in pages to the browser that started the authorization request).
 */
export async function loadInteraction(ctx: Context, provider: Provider, uid: string): Promise<Interaction> {
  let interaction: Interaction;
  try {
    interaction = await provider.interactionDetails(ctx.req, ctx.res);
  } catch (error) {
    if (error instanceof errors.SessionNotFound) {
      throw new HttpError(400, EXPIRED);
    }
    throw error;
  }
  if (interaction.uid !== uid) {
    throw new HttpError(400, EXPIRED);
  }
  return interaction;
}

function isDecision(value: unknown): value is AuthenticationDecision {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { step, acr, factors } = value as Record<string, unknown>;
  switch (step) {
    case 'password':
      return typeof acr === 'string' && Array.isArray(factors);
    case 'email-code':
    case 'passkey':
    case 'enroll-passkey':
    case 'none':
      return typeof acr === 'string';
    case 'unmet':
      return true;
    default:
      return false;
  }
}

/**
 * The sign-in step the interaction is for, as decided by the assurance check when the authorization request
 * arrived. When the login prompt was raised by another check (e.g. an `id_token_hint` for another user), the
 * user authenticates from scratch for the requested level.
 */
export function authenticationStep(interaction: Interaction, clock: Clock): AuthenticationDecision {
  const recorded: unknown = interaction.prompt.details?.['authentication'];
  if (isDecision(recorded)) {
    return recorded;
  }
  const { acr_values: acrValues } = interaction.params;
  return decideAuthentication(
    {},
    {
      acrValues: parseAcrValues(typeof acrValues === 'string' ? acrValues : undefined),
      loginRequested: true,
      justAuthenticated: false,
    },
    epochSeconds(clock),
  );
}

/** Ends the interaction and sends the browser back to the authorization endpoint to finish. */
export async function finishInteraction(
  ctx: Context,
  provider: Provider,
  result: InteractionResults,
): Promise<void> {
  await provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
  ctx.respond = false;
}

/** Sends a sign-in page; `withCeremony` for pages that run a passkey ceremony (same-origin scripts). */
export function sendPage(
  ctx: Context,
  dependencies: InteractionDependencies,
  status: number,
  page: string,
  withCeremony = false,
): void {
  sendHtml(ctx, status, page, [dependencies.spaOrigin], { sameOriginScripts: withCeremony });
}

/** The signed-in account a second factor or a passkey step is for: the session's. */
export function sessionAccount(interaction: Interaction, dependencies: InteractionDependencies): Account {
  const accountId = interaction.session?.accountId;
  const account = accountId ? dependencies.accounts.findById(accountId) : undefined;
  if (!account) {
    throw new HttpError(400, 'This sign-in page has expired. Return to the application and sign in again.');
  }
  return account;
}

/** `/oauth2/default/interaction/{uid}`, the base of every sign-in form's action. */
export function interactionBase(issuerPath: string, uid: string): string {
  return `${issuerPath}/interaction/${uid}`;
}
