import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from 'step-up';

import type { IdentityProviderConfig } from '../config/identity-provider-config.js';
import { startIdentityProvider, type RunningIdentityProvider } from '../identity-provider.js';
import { silentLogger, type Logger } from '../logging/logger.js';

export const TEST_SPA_ORIGIN = 'http://localhost:4455';
export const TEST_CLIENT_ID = 'stepup-spa';
export const TEST_AUDIENCE = 'api://default';

export interface TestProvider extends RunningIdentityProvider {
  readonly dataDir: string;
  readonly config: IdentityProviderConfig;
}

/** A fresh temporary data directory. */
export function temporaryDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'idp-test-')), 'data');
}

export function removeDataDir(dataDir: string): void {
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
}

/** Starts the provider in-process on a free port with its data in `dataDir` (and the given clock, if any). */
export async function startTestProvider(
  dataDir: string,
  logger: Logger = silentLogger,
  { clock }: { clock?: Clock } = {},
): Promise<TestProvider> {
  const config: IdentityProviderConfig = {
    port: 0,
    spaOrigin: TEST_SPA_ORIGIN,
    clientId: TEST_CLIENT_ID,
    audience: TEST_AUDIENCE,
    dataDir,
  };
  const running = await startIdentityProvider(config, { logger, ...(clock && { clock }) });
  return { ...running, dataDir, config };
}
