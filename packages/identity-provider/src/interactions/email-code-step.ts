import type { Context } from 'koa';
import { epochSeconds, OktaAcr, satisfiesAcr } from 'step-up';

import type { Account } from '../accounts/account.js';
import { amrForFactors } from '../authentication/assurance-levels.js';
import type { AuthenticationDecision } from '../authentication/assurance-policy.js';
import { formField, readFormBody } from '../http/form-body.js';
import { maskEmail } from '../views/mask-email.js';
import { renderCodeStepPausedPage, renderEmailCodePage } from './email-code-page.js';
import {
  finishInteraction,
  sendPage,
  sessionAccount,
  type Interaction,
  type InteractionDependencies,
} from './interaction-context.js';

type EmailCodeStep = Extract<AuthenticationDecision, { step: 'email-code' }>;

/** The sign-in the code step belongs to and the account it is for: codes are bound to both. */
export interface CodeStepHolder {
  readonly interactionId: string;
  readonly account: Account;
}

interface CodePageState {
  readonly status?: number;
  readonly error?: string;
  readonly notice?: string;
}

/** The sign-in (interaction) and the signed-in account a code step is for: codes are bound to both. */
export function codeStepHolder(
  interaction: Interaction,
  dependencies: InteractionDependencies,
): CodeStepHolder {
  return { interactionId: interaction.uid, account: sessionAccount(interaction, dependencies) };
}

function showCodePage(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  { account }: CodeStepHolder,
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

/** The account has used up its wrong codes: no code step until the cool-off is over (429 + Retry-After). */
function showPaused(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  retryAfterSeconds: number,
) {
  ctx.set('Retry-After', String(retryAfterSeconds));
  sendPage(ctx, dependencies, 429, renderCodeStepPausedPage({ base, retryAfterSeconds }));
}

/** Seconds until the account's code step opens again, or `undefined` when it is open. */
function pausedFor(dependencies: InteractionDependencies, { account }: CodeStepHolder): number | undefined {
  const verdict = dependencies.budget.check(account.id);
  return verdict.allowed ? undefined : verdict.retryAfterSeconds;
}

/** Shows the code page, sending a code first unless this sign-in has one that can still be entered. */
export function showEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  holder: CodeStepHolder,
): void {
  const paused = pausedFor(dependencies, holder);
  if (paused !== undefined) {
    showPaused(ctx, dependencies, base, paused);
    return;
  }
  if (
    dependencies.codes.hasUsableCode({ interactionId: holder.interactionId, accountId: holder.account.id })
  ) {
    showCodePage(ctx, dependencies, base, holder);
    return;
  }
  const sent = dependencies.emailCodes.send(holder.account, holder.interactionId);
  const error = sent.sent
    ? undefined
    : `Please wait ${sent.retryAfterSeconds} seconds, then send a new code.`;
  showCodePage(ctx, dependencies, base, holder, { error });
}

/** "Send a new code", with a wait that grows with every code sent since the last right one. */
export function resendEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  holder: CodeStepHolder,
): void {
  const sent = dependencies.emailCodes.send(holder.account, holder.interactionId);
  if (!sent.sent) {
    if (sent.paused) {
      showPaused(ctx, dependencies, base, sent.retryAfterSeconds);
      return;
    }
    ctx.set('Retry-After', String(sent.retryAfterSeconds));
    showCodePage(ctx, dependencies, base, holder, {
      status: 429,
      error: `Please wait ${sent.retryAfterSeconds} seconds before requesting another code.`,
    });
    return;
  }
  showCodePage(ctx, dependencies, base, holder, {
    notice: `We sent a new code to ${maskEmail(holder.account.email)}.`,
  });
}

function attempts(count: number): string {
  return `${count} attempt${count === 1 ? '' : 's'}`;
}

/**
 * The email one-time code, the second factor. A correct code completes a two-factor level: the session gets
 * `amr` ["pwd","email","mfa"] and a new `auth_time` (verifying a factor is an authentication event), and the
 * account's count of wrong codes starts afresh. For `phr` the session is two-factor and the assurance check
 * goes on to the passkey enrollment. A wrong code counts against the code (5) and the account (10).
 */
export async function submitEmailCode(
  ctx: Context,
  dependencies: InteractionDependencies,
  base: string,
  holder: CodeStepHolder,
  step: EmailCodeStep,
): Promise<void> {
  const form = await readFormBody(ctx);
  const { account } = holder;
  const paused = pausedFor(dependencies, holder);
  if (paused !== undefined) {
    showPaused(ctx, dependencies, base, paused);
    return;
  }
  const code = (formField(form, 'code', 32) ?? '').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) {
    showCodePage(ctx, dependencies, base, holder, {
      status: 422,
      error: 'Enter the 6-digit code from the email.',
    });
    return;
  }
  const result = dependencies.codes.verify(
    { interactionId: holder.interactionId, accountId: account.id },
    code,
  );
  switch (result.outcome) {
    case 'valid': {
      dependencies.budget.recordSuccess(account.id);
      dependencies.logger.info(`${account.email} verified an email code`);
      const now = epochSeconds(dependencies.clock);
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
    case 'invalid': {
      dependencies.logger.warn(`Wrong email code for ${account.email}`);
      const after = dependencies.budget.recordFailure(account.id);
      if (!after.allowed) {
        showPaused(ctx, dependencies, base, after.retryAfterSeconds);
        return;
      }
      if (result.attemptsLeft === 0) {
        showCodePage(ctx, dependencies, base, holder, {
          status: 429,
          error: 'Too many incorrect codes. This code is now locked: send a new code to try again.',
        });
        return;
      }
      const left = Math.min(result.attemptsLeft, dependencies.budget.failuresLeft(account.id));
      showCodePage(ctx, dependencies, base, holder, {
        status: 422,
        error: `That code is incorrect. You have ${attempts(left)} left.`,
      });
      return;
    }
    case 'locked':
      showCodePage(ctx, dependencies, base, holder, {
        status: 429,
        error: 'Too many incorrect codes. This code is now locked: send a new code to try again.',
      });
      return;
    case 'expired':
      showCodePage(ctx, dependencies, base, holder, {
        status: 422,
        error: 'That code has expired. Send a new code to try again.',
      });
      return;
    case 'missing':
      showCodePage(ctx, dependencies, base, holder, {
        status: 422,
        error: 'That code is no longer valid. Send a new code to try again.',
      });
      return;
  }
}
