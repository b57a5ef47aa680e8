import { OktaAcr } from 'step-up';

import { alertOf, buttonsOf, elementById, formsOf } from '../testing/html-form.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { useProviderPerTest } from '../testing/shared-provider.js';

// Throttling and codes are per account (and codes rate-limited), so every test gets a provider of its own.
describe('per-account limits on the sign-in pages', () => {
  const provider = useProviderPerTest();

  async function passwordPage(): Promise<{ client: TestClient; page: Page }> {
    const client = new TestClient(provider());
    const { landing } = await client.authorize();
    if (landing.kind !== 'page') {
      throw new Error('expected the sign-in page');
    }
    return { client, page: landing };
  }

  async function codePage(
    email = 'bob@example.com',
    password = 'builder',
  ): Promise<{ client: TestClient; page: Page }> {
    const client = new TestClient(provider());
    await client.signIn({ email, password });
    const { landing } = await client.authorize({ acrValues: OktaAcr.TwoFactor });
    if (landing.kind !== 'page') {
      throw new Error('expected the code page');
    }
    return { client, page: landing };
  }

  const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

  it('pauses sign-in for an account after 5 wrong passwords in 15 minutes, even with the right password', async () => {
    const { client, page } = await passwordPage();
    const attempt = (password: string) =>
      client.submit(page, '/password', { email: 'alice@example.com', password });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(((await attempt('wrong')) as Page).status);
    }
    const refused = (await attempt('wonderland')) as Page;

    expect(statuses).toEqual([422, 422, 422, 422, 429]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(alertOf(refused.html)).toMatch(
      /^Too many failed sign-in attempts\. .* Try again in 15 minutes\.$/,
    );
  });

  it('shows where the code went, with the fields the code page needs', async () => {
    const { page } = await codePage();

    expect(page.html).toContain('We sent a 6-digit code to <strong>b•••@example.com</strong>');
    expect(page.html).toContain('<label for="code">Verification code</label>');
    expect(elementById(page.html, 'code')).toMatchObject({
      name: 'code',
      inputmode: 'numeric',
      pattern: '[0-9]{6}',
      autocomplete: 'one-time-code',
      autofocus: '',
    });
    expect(buttonsOf(page.html)).toEqual(['Verify', 'Send a new code', 'Cancel']);
    expect(page.html).toContain(`href="${provider().url}/dev/mailbox"`);
  });

  it('counts down wrong codes and locks the code after 5, even for the right code', async () => {
    const { client, page } = await codePage();
    const code = client.latestCode('bob@example.com');
    const alerts = [];
    for (let i = 0; i < 5; i += 1) {
      alerts.push(alertOf(((await client.submit(page, '/code', { code: wrongCodeFor(code) })) as Page).html));
    }
    const locked = (await client.submit(page, '/code', { code })) as Page;

    expect(alerts).toEqual([
      'That code is incorrect. You have 4 attempts left.',
      'That code is incorrect. You have 3 attempts left.',
      'That code is incorrect. You have 2 attempts left.',
      'That code is incorrect. You have 1 attempt left.',
      'Too many incorrect codes. This code is now locked: send a new code to try again.',
    ]);
    expect(locked.status).toBe(429);
    expect(alertOf(locked.html)).toBe(
      'Too many incorrect codes. This code is now locked: send a new code to try again.',
    );
  });

  it('does not count an entry that is not six digits', async () => {
    const { client, page } = await codePage();

    const retry = (await client.submit(page, '/code', { code: '12ab' })) as Page;
    const accepted = await client.submit(page, '/code', { code: client.latestCode('bob@example.com') });

    expect(retry.status).toBe(422);
    expect(alertOf(retry.html)).toBe('Enter the 6-digit code from the email.');
    expect(accepted.kind).toBe('client');
  });

  it('refuses a new code within 30 seconds of the last one', async () => {
    const { client, page } = await codePage();

    const refused = (await client.submit(page, '/code/resend')) as Page;

    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^([1-9]|[12]\d|30)$/);
    expect(alertOf(refused.html)).toMatch(/^Please wait \d+ seconds before requesting another code\.$/);
  });

  it('logs every code it sends and lists it in the mailbox, newest first', async () => {
    const { client } = await codePage();
    const response = await fetch(`${provider().url}/dev/mailbox.json?to=bob@example.com`);
    const { messages } = (await response.json()) as {
      messages: Array<{ to: string; code: string; sentAt: string; expiresAt: string }>;
    };
    const [latest] = messages;

    expect(response.status).toBe(200);
    expect(latest).toEqual({
      to: 'bob@example.com',
      code: client.latestCode('bob@example.com'),
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      sentAt: expect.any(String),
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      expiresAt: expect.any(String),
    });
    expect(Date.parse(latest.expiresAt) - Date.parse(latest.sentAt)).toBe(300_000);
    expect(messages.map((m) => m.sentAt)).toEqual([...messages.map((m) => m.sentAt)].sort().reverse());

    const page = await fetch(`${provider().url}/dev/mailbox`);
    expect(await page.text()).toMatch(/<td>bob@example\.com<\/td>\s*<td class="code">\s*\d{6}\s*<\/td>/);
  });

  it('refuses a password posted for a step that asks for the code', async () => {
    const { client, page } = await codePage();
    const base = formsOf(page.html)[0].action.replace(/\/code$/, '');

    const response = await client.browser.request(new URL(`${base}/password`, page.url), {
      method: 'POST',
      form: { email: 'bob@example.com', password: 'builder' },
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This sign-in step is not available any more.');
  });
});
