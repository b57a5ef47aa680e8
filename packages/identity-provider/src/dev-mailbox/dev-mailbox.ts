/** A delivered email one-time code, as the dev mailbox shows it. */
export interface MailboxMessage {
  readonly to: string;
  readonly code: string;
  /** ISO 8601 timestamps. */
  readonly sentAt: string;
  readonly expiresAt: string;
}

/**
 * The delivery channel for email one-time codes in development: an in-memory outbox that `/dev/mailbox`
 * shows to people and `/dev/mailbox.json` to tests. Keeps the most recent messages only.
 */
export class DevMailbox {
  private readonly messages: MailboxMessage[] = [];

  constructor(private readonly capacity = 100) {}

  deliver(message: MailboxMessage): void {
    this.messages.unshift(message);
    this.messages.splice(this.capacity);
  }

  /** Newest first; only messages to `to` (compared case-insensitively) when given. */
  list(to?: string): MailboxMessage[] {
    const recipient = to?.trim().toLowerCase();
    return recipient
      ? this.messages.filter((message) => message.to.toLowerCase() === recipient)
      : [...this.messages];
  }
}
