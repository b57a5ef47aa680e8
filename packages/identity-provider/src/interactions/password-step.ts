import type { Context } from 'koa';

import { normalizeEmail } from '../accounts/account.js';
import { acrForFactors, amrForFactors } from '../authentication/assurance-levels.js';
import type { AuthenticationDecision } from '../authentication/assurance-policy.js';
import { formField, readFormBody } from '../http/form-body.js';
import { finishInteraction, sendPage, type InteractionDependencies } from './interaction-context.js';
import { renderSignInPage } from './sign-in-page.js';

type PasswordStep = Extract<AuthenticationDecision, { step: 'password' }>;

/** Shows the email + password page. */
export function showSignIn(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  status = 200,
  email?: string,
  error?: string,
): void {
  sendPage(
    ctx,
    dependencies,
    status,
    renderSignInPage({ base, email, error, demoAccounts: dependencies.demoAccounts }),
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
  base: string,
  step: PasswordStep,
): Promise<void> {
  const { accounts, throttle, logger, provider } = dependencies;
  const form = await readFormBody(ctx);
  const email = (formField(form, 'email', 320) ?? '').trim();
  const password = formField(form, 'password', 1024) ?? '';
  if (email === '' || password === '') {
    showSignIn(ctx, dependencies, base, 400, email, 'Enter your email and password.');
    return;
  }

  const key = normalizeEmail(email);
  const verdict = throttle.check(key);
  if (!verdict.allowed) {
    ctx.set('Retry-After', String(verdict.retryAfterSeconds));
    showSignIn(ctx, dependencies, base, 429, email, pausedMessage(verdict.retryAfterSeconds));
    return;
  }

  const account = await accounts.verifyCredentials(email, password);
  if (!account) {
    const after = throttle.recordFailure(key);
    logger.warn(`Failed password sign-in for ${key}`);
    if (!after.allowed) {
      ctx.set('Retry-After', String(after.retryAfterSeconds));
      showSignIn(ctx, dependencies, base, 429, email, pausedMessage(after.retryAfterSeconds));
      return;
    }
    showSignIn(ctx, dependencies, base, 422, email, 'Incorrect email or password.');
    return;
  }

  throttle.recordSuccess(key);
  logger.info(`${account.email} signed in with a password`);
  const needsEmailCode = step.factors.includes('email');
  await finishInteraction(ctx, provider, {
    login: {
      accountId: account.id,
      acr: needsEmailCode ? acrForFactors(['pwd']) : step.acr,
      amr: amrForFactors(['pwd']),
      ts: Math.floor(Date.now() / 1000),
      remember: true,
    },
  });
}
