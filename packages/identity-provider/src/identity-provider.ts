import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { systemClock, type Clock } from 'step-up';

import { AccountStore } from './accounts/account-store.js';
import { FactorProofs } from './authentication/factor-proofs.js';
import { DEMO_ACCOUNTS } from './accounts/demo-accounts.js';
import { issuerFor, type IdentityProviderConfig } from './config/identity-provider-config.js';
import { MAILBOX_PATH } from './dev-mailbox/mailbox-routes.js';
import { DevMailbox } from './dev-mailbox/dev-mailbox.js';
import { devMailboxMode, type DevMailboxMode } from './dev-mailbox/dev-mailbox-mode.js';
import { createHttpApp } from './http-app.js';
import { createConsoleLogger, type Logger } from './logging/logger.js';
import { createProvider } from './oidc/create-provider.js';
import { AccessTokenVerifier } from './okta-compat/access-token-verifier.js';
import { PasskeyStore } from './passkeys/passkey-store.js';
import { relyingPartyFor } from './passkeys/relying-party.js';
import { loadOrCreateCookieKeys } from './storage/cookie-keys.js';
import { ensureDataDirectory } from './storage/data-directory.js';
import { loadOrCreateSigningKeys } from './storage/signing-keys.js';
import { SqliteAdapterStore } from './storage/sqlite-adapter.js';
import { openSqliteDatabase } from './storage/sqlite-database.js';

export interface RunningIdentityProvider {
  /** `http://localhost:{port}`: the dev mailbox and `/api/v1/sessions/me` live here. */
  readonly url: string;
  /** `http://localhost:{port}/oauth2/default`. */
  readonly issuer: string;
  readonly port: number;
  /** The dev mailbox, for in-process tests that read codes without HTTP (empty when the mailbox is off). */
  readonly mailbox: DevMailbox;
  /** Whether the dev mailbox is served, and why not. */
  readonly mailboxMode: DevMailboxMode;
  /** Stops listening, drops open connections and closes the databases. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /**
   * The time of every sign-in decision (`auth_time`, recency, factor proofs, limits, code expiry); the system clock
   * by default (tests move it). oidc-provider's own timestamps (`iat`, `exp`, cookies) stay on the system clock.
   */
  readonly clock?: Clock;
}

const CLEANUP_INTERVAL_MS = 10 * 60_000;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use; stop the other process or set IDP_PORT`, {
              cause: error,
            })
          : error,
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function logBanner(
  logger: Logger,
  running: RunningIdentityProvider,
  config: IdentityProviderConfig,
  newKey: boolean,
) {
  const lines = [
    'Embedded OpenID Provider is ready',
    `  Issuer       ${running.issuer}`,
    `  Discovery    ${running.issuer}/.well-known/openid-configuration`,
    `  SPA client   ${config.clientId} (redirect ${config.spaOrigin}/login/callback)`,
    `  Audience     ${config.audience}`,
    `  Sign in as   ${DEMO_ACCOUNTS.map((account) => `${account.email} / ${account.password}`).join(', ')}`,
    running.mailboxMode.on
      ? `  Dev mailbox  on: ${running.url}${MAILBOX_PATH} (email one-time codes; local development mode)`
      : `  Dev mailbox  off (${running.mailboxMode.reason}); email one-time codes go to this log only`,
    `  Passkeys     relying party ${running.url} (RP id ${new URL(running.url).hostname})`,
    `  Data         ${config.dataDir}${newKey ? ' (new signing key generated)' : ''}`,
  ];
  lines.forEach((line) => logger.info(line));
}

/**
 * Starts the embedded OpenID Provider: loads or creates its keys and databases in `config.dataDir`, listens on
 * `config.port` (0 = any free port) of `config.host` (localhost by default) and serves the issuer
 * `http://localhost:{port}/oauth2/default`.
 */
export async function startIdentityProvider(
  config: IdentityProviderConfig,
  { logger = createConsoleLogger(), clock = systemClock }: StartOptions = {},
): Promise<RunningIdentityProvider> {
  const host = config.host ?? 'localhost';
  const mailboxMode = devMailboxMode({ production: config.production ?? false, host });
  const tightened = (message: string) => logger.warn(message);
  ensureDataDirectory(config.dataDir, tightened);
  const signing = loadOrCreateSigningKeys(config.dataDir, tightened);
  const cookieKeys = loadOrCreateCookieKeys(config.dataDir, tightened);
  const oidcDb = openSqliteDatabase(join(config.dataDir, 'oidc.db'), tightened);
  const accountsDb = openSqliteDatabase(join(config.dataDir, 'accounts.db'), tightened);
  const closeDatabases = () => [oidcDb, accountsDb].forEach((db) => db.open && db.close());

  let handler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const server = createServer((req, res) => {
    if (handler) {
      // Koa answers every failure of the request itself (app.onerror), so this promise never rejects.
      void handler(req, res);
    } else {
      res.writeHead(503, { 'Retry-After': '1' }).end();
    }
  });

  try {
    const accounts = new AccountStore(accountsDb);
    await accounts.seed(DEMO_ACCOUNTS);
    const passkeys = new PasskeyStore(accountsDb);
    const proofs = new FactorProofs(clock);
    // oidc-provider dates what it stores (iat, exp) with Date.now() itself: the rows' lifetimes keep its time.
    const adapters = new SqliteAdapterStore(oidcDb, systemClock);
    adapters.removeExpired();

    const port = await listen(server, config.port, host);
    const issuer = issuerFor(port);
    const origin = new URL(issuer).origin;
    const relyingParty = relyingPartyFor(issuer);
    const mailbox = new DevMailbox();
    const provider = createProvider({
      issuer,
      clientId: config.clientId,
      spaOrigin: config.spaOrigin,
      audience: config.audience,
      signingKeys: signing.keys,
      cookieKeys,
      adapters,
      accounts,
      logger,
      assurance: { passkeys, proofs, clock },
    });
    const verifier = new AccessTokenVerifier(signing.keys, issuer, config.audience);
    const app = createHttpApp({
      provider,
      accounts,
      mailbox,
      verifier,
      logger,
      clientId: config.clientId,
      spaOrigin: config.spaOrigin,
      origin,
      passkeys,
      proofs,
      relyingParty,
      devMailbox: mailboxMode.on,
      clock,
    });
    handler = app.callback();

    const cleanup = setInterval(() => adapters.removeExpired(), CLEANUP_INTERVAL_MS).unref();
    const running: RunningIdentityProvider = {
      url: origin,
      issuer,
      port,
      mailbox,
      mailboxMode,
      close: () =>
        new Promise<void>((resolve) => {
          clearInterval(cleanup);
          server.close(() => {
            closeDatabases();
            resolve();
          });
          server.closeAllConnections();
        }),
    };
    logBanner(logger, running, config, signing.created);
    return running;
  } catch (error) {
    server.close();
    closeDatabases();
    throw error;
  }
}
