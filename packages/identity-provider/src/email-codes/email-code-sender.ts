import type { Account } from '../accounts/account.js';
import type { SecondFactorBudget } from '../authentication/second-factor-budget.js';
import type { Logger } from '../logging/logger.js';
import type { DevMailbox } from '../dev-mailbox/dev-mailbox.js';
import type { IssuedCode, OneTimeCodeStore } from './one-time-code-store.js';

export type SendResult =
  | ({ readonly sent: true } & IssuedCode)
  | { readonly sent: false; readonly retryAfterSeconds: number; readonly paused: boolean };

/**
 * Issues an email one-time code for one sign-in of an account and "delivers" it: to the dev mailbox (the
 * delivery channel in local development mode; `undefined` outside it) and to the log, the only channel this
 * offline stand-in for Okta has otherwise. Codes are paced per account by the second-factor budget.
 */
export class EmailCodeSender {
  constructor(
    private readonly codes: OneTimeCodeStore,
    private readonly budget: SecondFactorBudget,
    private readonly mailbox: DevMailbox | undefined,
    private readonly logger: Logger,
  ) {}

  send(account: Account, interactionId: string): SendResult {
    const allowed = this.budget.checkNewCode(account.id);
    if (!allowed.allowed) {
      const paused = !this.budget.check(account.id).allowed;
      return { sent: false, retryAfterSeconds: allowed.retryAfterSeconds, paused };
    }
    const issued = this.codes.issue({ interactionId, accountId: account.id });
    this.budget.recordCodeSent(account.id);
    this.mailbox?.deliver({
      to: account.email,
      code: issued.code,
      sentAt: new Date(issued.issuedAt).toISOString(),
      expiresAt: new Date(issued.expiresAt).toISOString(),
    });
    const minutes = Math.round((issued.expiresAt - issued.issuedAt) / 60_000);
    this.logger.info(`Email code for ${account.email}: ${issued.code} (valid ${minutes} minutes)`);
    return { sent: true, ...issued };
  }
}
