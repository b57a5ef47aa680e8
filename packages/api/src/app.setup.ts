import type { NestExpressApplication } from '@nestjs/platform-express';
import { BearerErrorFilter } from './auth/bearer-error.filter';
import { corsConfig, type CorsConfig } from './config/api-config.module';
import { deferBodyParserErrors, DeferredBodyErrorInterceptor } from './errors/deferred-body-error';
import { HttpErrorFilter } from './errors/http-error.filter';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from './idempotency/idempotency-key';

export const GLOBAL_PREFIX = 'api';

/** Largest JSON or form body accepted; a larger one is refused with 413. */
export const BODY_LIMIT = '100kb';

/** How long a browser may cache the answer to a CORS preflight request, in seconds. */
export const CORS_PREFLIGHT_MAX_AGE = 600;

/**
 * Everything about the HTTP application that is not a module: the `/api` prefix, body limits, CORS,
 * error rendering, shutdown hooks. Used by main.ts and by the end-to-end tests, so both run the same app.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  // An unreadable body is refused only after the token has been checked (see deferBodyParserErrors).
  app.use(deferBodyParserErrors);
  app.useGlobalInterceptors(new DeferredBodyErrorInterceptor());
  enableCors(app, app.get<CorsConfig>(corsConfig.KEY));
  // A catch-all filter comes first so that the more specific one after it wins for its errors.
  app.useGlobalFilters(new HttpErrorFilter(), new BearerErrorFilter());
  app.enableShutdownHooks();
  return app;
}

/**
 * Lets the configured origins, and only those, call the API from a browser: with a bearer token and
 * a JSON body, reading the step-up challenge (`WWW-Authenticate`) and the idempotency headers. No
 * cookies are involved, so credentials stay off. Without origins, CORS stays off entirely.
 */
function enableCors(app: NestExpressApplication, { origins }: CorsConfig): void {
  if (origins.length === 0) {
    return;
  }
  app.enableCors({
    origin: origins,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', IDEMPOTENCY_KEY_HEADER],
    exposedHeaders: ['WWW-Authenticate', IDEMPOTENT_REPLAYED_HEADER, 'Location', 'Retry-After'],
    credentials: false,
    maxAge: CORS_PREFLIGHT_MAX_AGE,
  });
}
