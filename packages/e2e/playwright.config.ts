import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEP_UP_MAX_AGE_SECONDS } from './tests/support/api-settings';
import { e2ePorts, spaOrigin } from './tests/support/ports';
import { ACCOUNT_MAX_AGE_SECONDS } from './tests/support/spa-settings';

// Every run starts empty: fresh provider keys, freshly seeded accounts, an empty mailbox, a new API database.
// Workers inherit the environment, so they all see the directory the main process made.
process.env['E2E_STATE_DIR'] ??= mkdtempSync(join(tmpdir(), 'stepup-e2e-'));
const stateDir = process.env['E2E_STATE_DIR'];

// The SPA's step-up mode for this run. `redirect` (the default) runs every spec but the popup ones;
// E2E_STEP_UP_MODE=popup starts the SPA with stepUpMode "popup" and runs only `*.popup.spec.ts`.
const stepUpMode = process.env['E2E_STEP_UP_MODE'] ?? 'redirect';
if (stepUpMode !== 'redirect' && stepUpMode !== 'popup') {
  throw new Error(`E2E_STEP_UP_MODE must be "redirect" or "popup", got "${stepUpMode}"`);
}
const POPUP_SPECS = '**/*.popup.spec.ts';

export default defineConfig({
  testDir: './tests',
  ...(stepUpMode === 'popup' ? { testMatch: POPUP_SPECS } : { testIgnore: POPUP_SPECS }),
  // The flows share two demo accounts and one mailbox, and the machine has two cores: run them one by one.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: spaOrigin,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node ../../scripts/start.mjs',
    url: `${spaOrigin}/config.json`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      IDP_PORT: String(e2ePorts.idp),
      API_PORT: String(e2ePorts.api),
      SPA_PORT: String(e2ePorts.spa),
      IDP_DATA_DIR: join(stateDir, 'identity-provider'),
      DATABASE_PATH: join(stateDir, 'api.sqlite'),
      STEP_UP_MAX_AGE: String(STEP_UP_MAX_AGE_SECONDS),
      // Empty values win over a root .env (start.mjs loads it without overriding what is set) and count as unset:
      // the embedded provider with its own client, in local development mode, so the dev mailbox the tests
      // read is on (NODE_ENV=production or an IDP_HOST beyond loopback would turn it off).
      OIDC_ISSUER: '',
      OIDC_CLIENT_ID: '',
      NODE_ENV: '',
      IDP_HOST: '',
      STEP_UP_MODE: stepUpMode,
      ACCOUNT_MAX_AGE: String(ACCOUNT_MAX_AGE_SECONDS),
      // The tests drive the SPA as it ships: the production build, optimised and with its chunks merged.
      SPA_BUILD: 'production',
    },
  },
});
