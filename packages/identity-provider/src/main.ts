import { fileURLToPath } from 'node:url';

import { ConfigError, readIdentityProviderConfig } from './config/identity-provider-config.js';
import { startIdentityProvider } from './identity-provider.js';
import { createConsoleLogger } from './logging/logger.js';

const logger = createConsoleLogger();
const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The exit status of a refused configuration (sysexits' EX_CONFIG), which `npm start` recognises. */
const EXIT_CONFIGURATION_REFUSED = 78;

async function main(): Promise<void> {
  let config;
  try {
    config = readIdentityProviderConfig(process.env, { packageDir, cwd: process.cwd() });
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error('Invalid identity provider configuration:');
      error.problems.forEach((problem) => logger.error(`  - ${problem}`));
      process.exit(EXIT_CONFIGURATION_REFUSED);
    }
    logger.error('Could not read the configuration', error);
    process.exit(1);
  }

  let running;
  try {
    running = await startIdentityProvider(config, { logger });
  } catch (error) {
    logger.error(
      `Could not start the identity provider: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('Shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
