import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { apiSettings, type ApiSettingsConfig } from './config/api-config.module';
import { ConfigurationError } from './config/configuration-error';
import { loadRootEnvFile, ROOT_ENV_FILE } from './config/root-env-file';
import { CURRENCY_CODES } from './money/currencies';
import { formatAmount } from './money/money';

const logger = new Logger('Bootstrap');

/** The exit status of a refused configuration (sysexits' EX_CONFIG), which `npm start` recognises. */
const EXIT_CONFIGURATION_REFUSED = 78;

async function bootstrap(): Promise<void> {
  if (loadRootEnvFile()) {
    logger.log(`Read defaults for unset variables from ${ROOT_ENV_FILE}`);
  }
  // The environment is read once, while Nest creates the application (ApiConfigModule). Nest's logs
  // wait until creation succeeds, so a refused configuration is reported once, below, without the
  // stack trace Nest would print for it.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    abortOnError: false,
    bufferLogs: true,
    autoFlushLogs: false,
  });
  app.flushLogs();
  configureApp(app);
  const settings = app.get<ApiSettingsConfig>(apiSettings.KEY);
  await app.listen(settings.server.port);
  logger.log(
    `Accepting access tokens issued by ${settings.oidc.issuer} for audience ${settings.oidc.audience}`,
  );
  const thresholds = CURRENCY_CODES.map(
    (currency) => `${formatAmount(settings.stepUp.amountThresholds[currency])} ${currency}`,
  );
  logger.log(
    `Transactions above ${thresholds.join(', ')} need two factors within ${settings.stepUp.maxAge} s`,
  );
  logger.log(
    settings.cors.origins.length > 0
      ? `Allowing cross-origin requests from ${settings.cors.origins.join(', ')}`
      : 'Cross-origin requests are not allowed (CORS_ORIGINS is unset)',
  );
  logger.log(`Listening on port ${settings.server.port}`);
}

bootstrap().catch((error: unknown) => {
  // What Nest logged before failing is dropped: this is the one report of the failure.
  Logger.detachBuffer();
  if (error instanceof ConfigurationError) {
    logger.error(error.message);
    process.exit(EXIT_CONFIGURATION_REFUSED);
  }
  logger.error(`Start-up failed: ${describe(error)}`, error instanceof Error ? error.stack : undefined);
  process.exit(1);
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
