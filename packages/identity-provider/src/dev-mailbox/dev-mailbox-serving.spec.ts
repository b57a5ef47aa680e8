import { OktaAcr } from 'step-up';

import { startIdentityProvider, type RunningIdentityProvider } from '../identity-provider.js';
import type { Logger } from '../logging/logger.js';
import { TestClient } from '../testing/oidc-client.js';
import {
  removeDataDir,
  TEST_AUDIENCE,
  TEST_CLIENT_ID,
  TEST_SPA_ORIGIN,
  temporaryDataDir,
  type TestProvider,
} from '../testing/test-provider.js';

/** Starts a provider in the given mode, keeping its log lines. */
async function start(mode: {
  production: boolean;
  host?: string;
}): Promise<{ provider: TestProvider; log: string[] }> {
  const log: string[] = [];
  const logger: Logger = { info: (m) => log.push(m), warn: (m) => log.push(m), error: (m) => log.push(m) };
  const config = {
    port: 0,
    spaOrigin: TEST_SPA_ORIGIN,
    clientId: TEST_CLIENT_ID,
    audience: TEST_AUDIENCE,
    dataDir: temporaryDataDir(),
    production: mode.production,
    ...(mode.host !== undefined && { host: mode.host }),
  };
  const running: RunningIdentityProvider = await startIdentityProvider(config, { logger });
  return { provider: { ...running, dataDir: config.dataDir, config }, log };
}

/** Each test starts a provider of its own (new signing key) and signs in with a password (scrypt). */
const STARTS_A_PROVIDER_MS = 30_000;

describe('the dev mailbox', () => {
  let started: { provider: TestProvider; log: string[] } | undefined;

  afterEach(async () => {
    if (started) {
      await started.provider.close();
      removeDataDir(started.provider.dataDir);
      started = undefined;
    }
  });

  async function codePage(provider: TestProvider): Promise<string> {
    const client = new TestClient(provider);
    const { landing } = await client.authorize({ acrValues: OktaAcr.TwoFactor });
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    const next = await client.submit(landing, '/password', { email: 'bob@example.com', password: 'builder' });
    if (next.kind !== 'page') throw new Error('expected the code page');
    return next.html;
  }

  it(
    'is served in local development mode, linked from the code page, and the start-up log says so',
    async () => {
      started = await start({ production: false });
      const { provider, log } = started;

      const page = await fetch(`${provider.url}/dev/mailbox`);
      const json = await fetch(`${provider.url}/dev/mailbox.json`);
      const html = await codePage(provider);

      expect([page.status, json.status]).toEqual([200, 200]);
      expect(html).toContain('Open the dev mailbox');
      expect(log).toContain(
        `  Dev mailbox  on: ${provider.url}/dev/mailbox (email one-time codes; local development mode)`,
      );
    },
    STARTS_A_PROVIDER_MS,
  );

  it.each([
    { description: 'with NODE_ENV=production', mode: { production: true }, reason: 'NODE_ENV=production' },
    {
      description: 'when listening beyond loopback',
      mode: { production: false, host: '0.0.0.0' },
      reason: 'listening on 0.0.0.0, beyond loopback',
    },
  ])(
    'is not served $description, nor linked, and the start-up log says so',
    async ({ mode, reason }) => {
      started = await start(mode);
      const { provider, log } = started;

      const page = await fetch(`${provider.url}/dev/mailbox`);
      const json = await fetch(`${provider.url}/dev/mailbox.json?to=bob@example.com`);
      const html = await codePage(provider);

      expect([page.status, json.status]).toEqual([404, 404]);
      expect(await json.text()).not.toContain('bob@example.com');
      expect(html).toContain('We sent a 6-digit code');
      expect(html).not.toContain('dev mailbox');
      expect(provider.mailbox.list()).toEqual([]);
      expect(log).toContain(`  Dev mailbox  off (${reason}); email one-time codes go to this log only`);
      expect(log.some((line) => /^Email code for bob@example\.com: \d{6}/.test(line))).toBe(true);
    },
    STARTS_A_PROVIDER_MS,
  );
});
