import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigurationError } from './config/configuration-error';
import { readApiSettings } from './config/environment';
import { loadRootEnvFile, ROOT_ENV_FILE } from './config/root-env-file';
import { CURRENCY_CODES } from './money/currencies';
import { formatAmount } from './money/money';

const logger = new Logger('Bootstrap');

async function bootstrap(): Promise<void> {
  if (loadRootEnvFile()) {
    logger.log(`Read defaults for unset variables from ${ROOT_ENV_FILE}`);
  }
  // Validate before Nest starts, so a bad value ends start-up with its message rather than a stack trace.
  const settings = readApiSettings(process.env);
  const app = configureApp(
    await NestFactory.create<NestExpressApplication>(AppModule, { abortOnError: false }),
  );
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
  logger.error(error instanceof ConfigurationError ? error.message : `Start-up failed: ${describe(error)}`);
  process.exit(1);
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
