import { expect, type APIRequestContext } from '@playwright/test';
import { idpOrigin } from './ports';

interface MailboxMessage {
  to: string;
  code: string;
  sentAt: string;
  expiresAt: string;
}

/**
 * Waits for an email one-time code sent to `to` after `since`, as delivered to the embedded
 * provider's dev mailbox, and returns it.
 */
export async function readCodeSentAfter(
  request: APIRequestContext,
  to: string,
  since: Date,
): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${idpOrigin}/dev/mailbox.json?to=${encodeURIComponent(to)}`);
        expect(response.ok()).toBe(true);
        const { messages } = (await response.json()) as { messages: MailboxMessage[] };
        code = messages.find((message) => new Date(message.sentAt) >= since)?.code;
        return code;
      },
      { message: `an email code for ${to}`, timeout: 15_000 },
    )
    .toMatch(/^\d{6}$/);
  return code!;
}
