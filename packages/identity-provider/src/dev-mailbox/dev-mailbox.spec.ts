import { DevMailbox, type MailboxMessage } from './dev-mailbox.js';

function message(to: string, code: string, minute: number): MailboxMessage {
  return {
    to,
    code,
    sentAt: new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString(),
    expiresAt: new Date(Date.UTC(2025, 0, 1, 12, minute + 5)).toISOString(),
  };
}

describe('DevMailbox', () => {
  it('lists messages newest first', () => {
    const mailbox = new DevMailbox();
    mailbox.deliver(message('alice@example.com', '111111', 0));
    mailbox.deliver(message('bob@example.com', '222222', 1));

    expect(mailbox.list().map((m) => m.code)).toEqual(['222222', '111111']);
  });

  it('filters by recipient, ignoring case', () => {
    const mailbox = new DevMailbox();
    mailbox.deliver(message('alice@example.com', '111111', 0));
    mailbox.deliver(message('bob@example.com', '222222', 1));

    expect(mailbox.list('Alice@Example.com').map((m) => m.code)).toEqual(['111111']);
    expect(mailbox.list('carol@example.com')).toEqual([]);
  });

  it('keeps only the most recent messages', () => {
    const mailbox = new DevMailbox(2);
    ['1', '2', '3'].forEach((code, minute) => mailbox.deliver(message('alice@example.com', code, minute)));

    expect(mailbox.list().map((m) => m.code)).toEqual(['3', '2']);
  });
});
