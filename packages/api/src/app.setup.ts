import type { NestExpressApplication } from '@nestjs/platform-express';
import { BearerErrorFilter } from './auth/bearer-error.filter';
import { HttpErrorFilter } from './errors/http-error.filter';

export const GLOBAL_PREFIX = 'api';

/** Largest JSON or form body accepted; a larger one is refused with 413. */
export const BODY_LIMIT = '100kb';

/**
 * Everything about the HTTP application that is not a module: the `/api` prefix, body limits, error
 * rendering, shutdown hooks. Used by main.ts and by the end-to-end tests, so both run the same app.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  // A catch-all filter comes first so that the more specific one after it wins for its errors.
  app.useGlobalFilters(new HttpErrorFilter(), new BearerErrorFilter());
  app.enableShutdownHooks();
  return app;
}
