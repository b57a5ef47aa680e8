import type { Context } from 'koa';
import { epochSeconds } from 'step-up';

import { normalizeEmail } from '../accounts/account.js';
import { acrForFactors, amrForFactors } from '../authentication/assurance-levels.js';
import { clientAddressKey } from '../authentication/client-address.js';
import type { AuthenticationDecision } from '../authentication/assurance-policy.js';
import { formField, readFormBody } from '../http/form-body.js';
import { finishInteraction, sendPage, type InteractionDependencies } from './interaction-context.js';
import { passkeySignInOptions } from './passkey-step.js';
import { renderSignInPage } from './sign-in-page.js';

type PasswordStep = Extract<AuthenticationDecision, { step: 'password' }>;

export interface SignInPageState {
  readonly status?: number;
  readonly email?: string;
  readonly error?: string;
  /** A refused passkey sign-in, shown by the passkey button. */
  readonly passkeyError?: string;
}

/** Shows the sign-in page (email + password, or any passkey), with a new passkey challenge for this interaction. */
export async function showSignIn(
  ctx: Context,
  dependencies: InteractionDependencies,
  uid: string,
  base: string,
  { status = 200, email, error, passkeyError }: SignInPageState = {},
): Promise<void> {
  const passkeyOptions = await passkeySignInOptions(dependencies, uid);
  sendPage(
    ctx,
    dependencies,
    status,
    renderSignInPage({
      base,
      email,
      error,
      passkeyError,
      demoAccounts: dependencies.demoAccounts,
      passkeyOptions,
    }),
    true,
  );
}

function pausedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. For your security, signing in to this account is paused. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/**
 * The password, the first factor. A correct one is a fresh authentication: it replaces the session's factors
 * and `auth_time`. When the requested level also needs the email code, the session is signed in at
 * `1fa:pwd` and the assurance check sends the user straight on to the code page.
 */
export async function submitPassword(
  ctx: Context,
  dependencies: InteractionDependencies,
  uid: string,
  base: string,
  step: PasswordStep,
): Promise<void> {
  const { accounts, throttle, logger, provider } = dependencies;
  const form = await readFormBody(ctx);
  const email = (formField(form, 'email', 320) ?? '').trim();
  const password = formField(form, 'password', 1024) ?? '';
  if (email === '' || password === '') {
    await showSignIn(ctx, dependencies, uid, base, {
      status: 400,
      email,
      error: 'Enter your email and password.',
    });
    return;
  }

  const key = normalizeEmail(email);
  const source = clientAddressKey(ctx.req.socket.remoteAddress);
  // Counted before the password is checked, so simultaneous guesses can't outrun the limit.
  const admission = throttle.begin(key, source);
  if (!admission.allowed) {
    logger.warn(`Password sign-in for ${key} from ${source} refused: paused`);
    ctx.set('Retry-After', String(admission.retryAfterSeconds));
    await showSignIn(ctx, dependencies, uid, base, {
      status: 429,
      email,
      error: pausedMessage(admission.retryAfterSeconds),
    });
    return;
  }

  let account;
  try {
    account = await accounts.verifyCredentials(email, password);
  } catch (error) {
    admission.attempt.failed();
    throw error;
  }
  if (!account) {
    const after = admission.attempt.failed();
    logger.warn(`Failed password sign-in for ${key} from ${source}`);
    if (!after.allowed) {
      ctx.set('Retry-After', String(after.retryAfterSeconds));
      await showSignIn(ctx, dependencies, uid, base, {
        status: 429,
        email,
        error: pausedMessage(after.retryAfterSeconds),
      });
      return;
    }
    await showSignIn(ctx, dependencies, uid, base, {
      status: 422,
      email,
      error: 'Incorrect email or password.',
    });
    return;
  }

  admission.attempt.succeeded();
  logger.info(`${account.email} signed in with a password`);
  const needsMore = step.factors.length > 1;
  const now = epochSeconds(dependencies.clock);
  await finishInteraction(ctx, provider, {
    login: {
      accountId: account.id,
      acr: needsMore ? acrForFactors(['pwd']) : step.acr,
      amr: amrForFactors(['pwd']),
      ts: now,
      remember: true,
    },
    proof: { factors: ['pwd'], at: now, fresh: true },
  });
}
