import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { JWTPayload } from 'jose';
import { startApi, type TestApiOptions } from './test-api';
import { startTestIssuer, type TestIssuer } from './test-issuer';

/** The API a spec talks to, and the local issuer whose tokens it accepts. */
export interface TestApp {
  readonly app: NestExpressApplication;
  /** The app's HTTP server, for supertest's `request(server)`. */
  readonly server: Server;
  readonly issuer: TestIssuer;
  /**
   * An access token the API accepts: Alice's, two factors, issued now for an hour, with `claims` laid
   * over those (an `undefined` claim is left out).
   */
  token(claims?: JWTPayload): Promise<string>;
  /** Stops the API, then the issuer. */
  close(): Promise<void>;
}

/**
 * Starts a local issuer (one RS256 key) and the API trusting it: the real AppModule with main.ts's
 * set-up and an in-memory database unless `options.env` says otherwise (see {@link startApi}).
 */
export async function startTestApp(options: TestApiOptions = {}): Promise<TestApp> {
  const issuer = await startTestIssuer();
  let app: NestExpressApplication;
  try {
    app = await startApi(issuer.jwks.issuer, options);
  } catch (error) {
    await issuer.jwks.close();
    throw error;
  }
  return {
    app,
    server: app.getHttpServer(),
    issuer,
    token: (claims) => issuer.minter.mint(claims),
    close: async () => {
      await app.close();
      await issuer.jwks.close();
    },
  };
}
