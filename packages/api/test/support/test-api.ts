import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

/**
 * Boots the real AppModule with the same set-up as main.ts, trusting `issuer`. The environment is
 * restored once the app is created (the configuration is read during creation).
 */
export async function startApi(issuer: string): Promise<NestExpressApplication> {
  const saved = { OIDC_ISSUER: process.env['OIDC_ISSUER'], OIDC_AUDIENCE: process.env['OIDC_AUDIENCE'] };
  process.env['OIDC_ISSUER'] = issuer;
  delete process.env['OIDC_AUDIENCE'];
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'fatal'] });
    configureApp(app);
    await app.init();
    return app;
  } finally {
    restore('OIDC_ISSUER', saved.OIDC_ISSUER);
    restore('OIDC_AUDIENCE', saved.OIDC_AUDIENCE);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
