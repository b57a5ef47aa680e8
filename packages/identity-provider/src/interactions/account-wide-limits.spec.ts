import { jest } from '@jest/globals';
import { OktaAcr } from 'step-up';
import { ManualClock } from 'step-up/testing';

import { AccountStore } from '../accounts/account-store.js';
import { alertOf } from '../testing/html-form.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { useProviderPerTest } from '../testing/shared-provider.js';

const text = (html: string) => alertOf(html)?.replace(/\s+/g, ' ');

describe('account-wide limits of the sign-in steps', () => {
  const clock = new ManualClock();
  beforeEach(() => clock.set(Date.now()));
  const provider = useProviderPerTest({ clock });

  /** A new browser signed in with bob's password, on the code page of a two-factor sign-in. */
  async function codePage(): Promise<{ client: TestClient; page: Page }> {
    const client = new TestClient(provider());
    const { landing } = await client.authorize({ acrValues: OktaAcr.TwoFactor });
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    const page = await client.submit(landing, '/password', { email: 'bob@example.com', password: 'builder' });
    if (page.kind !== 'page') throw new Error('expected the code page');
    return { client, page };
  }

  const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

  it('pauses the code step after 10 wrong codes across codes and browsers, with 429, Retry-After and plain words, until the cool-off is over', async () => {
    const first = await codePage();
    const firstCode = first.client.latestCode('bob@example.com');
    for (let i = 0; i < 5; i += 1) {
      await first.client.submit(first.page, '/code', { code: wrongCodeFor(firstCode) });
    }
    clock.advance(30_000);
    const second = await codePage();
    const secondCode = second.client.latestCode('bob@example.com');
    const alerts = [];
    for (let i = 0; i < 4; i += 1) {
      alerts.push(
        text(
          ((await second.client.submit(second.page, '/code', { code: wrongCodeFor(secondCode) })) as Page)
            .html,
        ),
      );
    }
    const tenth = (await second.client.submit(second.page, '/code', {
      code: wrongCodeFor(secondCode),
    })) as Page;
    const rightButPaused = (await second.client.submit(second.page, '/code', { code: secondCode })) as Page;
    const codesBefore = provider().mailbox.list().length;
    const third = await codePage();

    expect(alerts).toEqual([
      'That code is incorrect. You have 4 attempts left.',
      'That code is incorrect. You have 3 attempts left.',
      'That code is incorrect. You have 2 attempts left.',
      'That code is incorrect. You have 1 attempt left.',
    ]);
    for (const paused of [tenth, rightButPaused, third.page]) {
      expect(paused.status).toBe(429);
      expect(paused.headers.get('retry-after')).toBe('900');
      expect(text(paused.html)).toBe(
        'Too many incorrect codes were entered for this account. For your security, signing in with an email code is paused. Try again in 15 minutes.',
      );
    }
    expect(provider().mailbox.list()).toHaveLength(codesBefore);

    clock.advance(900_000);
    const reopened = await third.client.browser.navigate(third.page.url);
    if (reopened.kind !== 'page') throw new Error('expected the code page');
    const signedIn = await third.client.submit(reopened, '/code', {
      code: third.client.latestCode('bob@example.com'),
    });
    expect(reopened.status).toBe(200);
    expect(signedIn.kind).toBe('client');

    const afterwards = await codePage();
    const wrong = (await afterwards.client.submit(afterwards.page, '/code', {
      code: wrongCodeFor(afterwards.client.latestCode('bob@example.com')),
    })) as Page;
    expect(text(wrong.html)).toBe('That code is incorrect. You have 4 attempts left.');
  });

  it('makes every new code wait longer: 30 seconds after the first, a minute after the second', async () => {
    const { client, page } = await codePage();
    clock.advance(30_000);
    const second = (await client.submit(page, '/code/resend')) as Page;
    clock.advance(30_000);
    const tooSoon = (await client.submit(page, '/code/resend')) as Page;
    clock.advance(30_000);
    const third = (await client.submit(page, '/code/resend')) as Page;

    expect(second.status).toBe(200);
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.headers.get('retry-after')).toBe('30');
    expect(third.status).toBe(200);
  });

  it('binds a code to the sign-in that asked for it: it fails in another browser, whose new code leaves it valid', async () => {
    const first = await codePage();
    const firstCode = first.client.latestCode('bob@example.com');
    clock.advance(30_000);
    const second = await codePage();

    const elsewhere = (await second.client.submit(second.page, '/code', { code: firstCode })) as Page;
    clock.advance(60_000);
    const resent = (await second.client.submit(second.page, '/code/resend')) as Page;
    const own = await first.client.submit(first.page, '/code', { code: firstCode });

    expect(elsewhere.status).toBe(422);
    expect(text(elsewhere.html)).toBe('That code is incorrect. You have 4 attempts left.');
    expect(resent.status).toBe(200);
    expect(own.kind).toBe('client');
  });

  it('judges at most 5 of 40 simultaneous password guesses for one account, one of them right', async () => {
    const client = new TestClient(provider());
    const { landing } = await client.authorize();
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    const judged = jest.spyOn(AccountStore.prototype, 'verifyCredentials');
    try {
      const guesses = Array.from({ length: 40 }, (_, i) => (i === 20 ? 'wonderland' : `guess-${i}`));

      const landings = await Promise.all(
        guesses.map((password) =>
          client.submit(landing, '/password', { email: 'alice@example.com', password }),
        ),
      );

      const signedIn = landings.filter((result) => result.kind === 'client');
      const rightWasJudged = judged.mock.calls.some(([, password]) => password === 'wonderland');
      expect(judged.mock.calls.length).toBeLessThanOrEqual(5);
      expect(signedIn.length).toBe(rightWasJudged ? 1 : 0);
    } finally {
      judged.mockRestore();
    }
  });
});
