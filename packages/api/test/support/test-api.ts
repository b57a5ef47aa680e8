import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

export interface TestApiOptions {
  /** Environment variables for this API; `DATABASE_PATH` defaults to `:memory:`. */
  env?: Record<string, string>;
  /** Replaces providers before the module is compiled (e.g. `overrideProvider(...)`). */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

const VARIABLES = [
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'STEP_UP_AMOUNT_THRESHOLD',
  'STEP_UP_AMOUNT_THRESHOLDS',
  'STEP_UP_MAX_AGE',
  'DATABASE_PATH',
  'CORS_ORIGINS',
  'ACCESS_TOKEN_CACHE_ENTRIES',
  'ACCESS_TOKEN_CACHE_MB',
] as const;

/**
 * Boots the real AppModule with the same set-up as main.ts, trusting `issuer`, with a private
 * in-memory database unless told otherwise. The environment is restored once the app is created
 * (the configuration is read during creation).
 */
export async function startApi(
  issuer: string,
  options: TestApiOptions = {},
): Promise<NestExpressApplication> {
  const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) {
    delete process.env[name];
  }
  Object.assign(process.env, { OIDC_ISSUER: issuer, DATABASE_PATH: ':memory:', ...options.env });
  try {
    const builder = Test.createTestingModule({ imports: [AppModule] });
    const moduleRef = await (options.override?.(builder) ?? builder).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'fatal'] });
    configureApp(app);
    await app.init();
    return app;
  } finally {
    for (const [name, value] of saved) {
      restore(name, value);
    }
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
