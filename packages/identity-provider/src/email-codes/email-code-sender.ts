import type { Account } from '../accounts/account.js';
import type { Logger } from '../logging/logger.js';
import type { DevMailbox } from '../dev-mailbox/dev-mailbox.js';
import type { IssueResult, OneTimeCodeStore } from './one-time-code-store.js';

/**
 * Issues an email one-time code for an account and "delivers" it: to the dev mailbox (the delivery channel in
 * local development mode; `undefined` outside it) and to the log, the only channel this offline stand-in
 * for Okta has otherwise.
 */
export class EmailCodeSender {
  constructor(
    private readonly codes: OneTimeCodeStore,
    private readonly mailbox: DevMailbox | undefined,
    private readonly logger: Logger,
  ) {}

  send(account: Account): IssueResult {
    const result = this.codes.issue(account.id);
    if (result.issued) {
      this.mailbox?.deliver({
        to: account.email,
        code: result.code,
        sentAt: new Date(result.issuedAt).toISOString(),
        expiresAt: new Date(result.expiresAt).toISOString(),
      });
      const minutes = Math.round((result.expiresAt - result.issuedAt) / 60_000);
      this.logger.info(`Email code for ${account.email}: ${result.code} (valid ${minutes} minutes)`);
    }
    return result;
  }
}
