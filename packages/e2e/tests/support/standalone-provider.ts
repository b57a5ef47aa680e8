import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

import { expect } from '@playwright/test';
import { e2ePorts, spaOrigin } from './ports';

/** A second embedded provider of the browser tests' own, which a test may stop and start again. */
export interface StandaloneProvider {
  readonly origin: string;
  readonly issuer: string;
  /** Starts it (again) on the same port and data directory, and waits until discovery answers. */
  start(): Promise<void>;
  /** Stops it with SIGTERM, as Ctrl-C would, and waits for the process to end. */
  stop(): Promise<void>;
}

/**
 * `packages/identity-provider/dist/main.js` (built by `npm start` before the tests run) on
 * E2E_IDP_PORT + 50, redirecting to the tests' SPA origin, with its data in `dataDir`.
 */
export function standaloneProvider(dataDir: string): StandaloneProvider {
  const port = e2ePorts.idp + 50;
  const origin = `http://localhost:${port}`;
  let child: ChildProcess | undefined;
  return {
    origin,
    issuer: `${origin}/oauth2/default`,
    async start() {
      child = spawn(process.execPath, [join(__dirname, '../../../identity-provider/dist/main.js')], {
        env: { ...process.env, IDP_PORT: String(port), SPA_ORIGIN: spaOrigin, IDP_DATA_DIR: dataDir },
        stdio: 'ignore',
      });
      await expect
        .poll(
          async () =>
            fetch(`${origin}/oauth2/default/.well-known/openid-configuration`).then(
              (response) => response.status,
              () => 0,
            ),
          { message: `the provider on ${origin} to start`, timeout: 30_000 },
        )
        .toBe(200);
    },
    async stop() {
      if (child?.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      child = undefined;
    },
  };
}
