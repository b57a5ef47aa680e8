import type { Context } from 'koa';

import type { Account } from '../accounts/account.js';
import { OktaAcr, satisfiesAcr } from 'step-up';

import { amrForFactors } from '../authentication/assurance-levels.js';
import type { AuthenticationDecision } from '../authentication/assurance-policy.js';
import { formField, readFormBody } from '../http/form-body.js';
import { maskEmail } from '../views/mask-email.js';
import { renderEmailCodePage } from './email-code-page.js';
import { finishInteraction, sendPage, type InteractionDependencies } from './interaction-context.js';

type EmailCodeStep = Extract<AuthenticationDecision, { step: 'email-code' }>;

interface CodePageState {
  readonly status?: number;
  readonly error?: string;
  readonly notice?: string;
}

function showCodePage(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  account: Account,
  { status = 200, error, notice }: CodePageState = {},
): void {
  const page = renderEmailCodePage({
    base,
    maskedEmail: maskEmail(account.email),
    error,
    notice,
    mailboxUrl: dependencies.mailboxUrl,
  });
  sendPage(ctx, dependencies, status, page);
}

/** Shows the code page, sending a code first unless one that can still be entered is outstanding. */
export function showEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  account: Account,
): void {
  if (dependencies.codes.hasUsableCode(account.id)) {
    showCodePage(ctx, dependencies, base, account);
    return;
  }
  const sent = dependencies.emailCodes.send(account);
  const error = sent.issued
    ? undefined
    : `Please wait ${sent.retryAfterSeconds} seconds, then send a new code.`;
  showCodePage(ctx, dependencies, base, account, { error });
}

/** "Send a new code", at most one every 30 seconds. */
export function resendEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  account: Account,
): void {
  const sent = dependencies.emailCodes.send(account);
  if (!sent.issued) {
    ctx.set('Retry-After', String(sent.retryAfterSeconds));
    showCodePage(ctx, dependencies, base, account, {
      status: 429,
      error: `Please wait ${sent.retryAfterSeconds} seconds before requesting another code.`,
    });
    return;
  }
  showCodePage(ctx, dependencies, base, account, {
    notice: `We sent a new code to ${maskEmail(account.email)}.`,
  });
}

/**
 * The email one-time code, the second factor. A correct code completes a two-factor level: the session gets
 * `amr` ["pwd","email","mfa"] and a new `auth_time` (verifying a factor is an authentication event). For `phr`
 * the session is two-factor and the assurance check goes on to the passkey enrollment.
 */
export async function submitEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  account: Account,
  step: EmailCodeStep,
): Promise<void> {
  const form = await readFormBody(ctx);
  const code = (formField(form, 'code', 32) ?? '').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) {
    showCodePage(ctx, dependencies, base, account, {
      status: 422,
      error: 'Enter the 6-digit code from the email.',
    });
    return;
  }
  const result = dependencies.codes.verify(account.id, code);
  switch (result.outcome) {
    case 'valid': {
      dependencies.logger.info(`${account.email} verified an email code`);
      const now = Math.floor(Date.now() / 1000);
      await finishInteraction(ctx, dependencies.provider, {
        login: {
          accountId: account.id,
          acr: satisfiesAcr(OktaAcr.TwoFactor, step.acr) ? step.acr : OktaAcr.TwoFactor,
          amr: amrForFactors(['pwd', 'email']),
          ts: now,
          remember: true,
        },
        proof: { factors: ['email'], at: now, fresh: false },
      });
      return;
    }
    case 'invalid':
      showCodePage(ctx, dependencies, base, account, {
        status: 422,
        error: `That code is incorrect. You have ${result.attemptsLeft} attempt${result.attemptsLeft === 1 ? '' : 's'} left.`,
      });
      return;
    case 'locked':
      showCodePage(ctx, dependencies, base, account, {
        status: 429,
        error: 'Too many incorrect codes. This code is now locked: send a new code to try again.',
      });
      return;
    case 'expired':
      showCodePage(ctx, dependencies, base, account, {
        status: 422,
        error: 'That code has expired. Send a new code to try again.',
      });
      return;
    case 'missing':
      showCodePage(ctx, dependencies, base, account, {
        status: 422,
        error: 'That code is no longer valid. Send a new code to try again.',
      });
      return;
  }
}
