import Provider, { errors, type Configuration, type JWK } from 'oidc-provider';

import type { AccountStore } from '../accounts/account-store.js';
import { sendNotFound } from '../http/not-found.js';
import { ISSUER_PATH } from '../config/identity-provider-config.js';
import type { Logger } from '../logging/logger.js';
import type { SqliteAdapterStore } from '../storage/sqlite-adapter.js';
import { accountFinder } from './account-finder.js';
import {
  interactionPolicyWithAssurance,
  recordAnsweredAcr,
  recordFactorProofs,
  type AssuranceSources,
} from './assurance-check.js';
import { loadFirstPartyGrant } from './first-party-grant.js';
import { keepOfflineAccessForFirstPartyClient } from './offline-access-scope.js';
import { ACR_VALUES_SUPPORTED, OKTA_ROUTES, SCOPES } from './okta-endpoints.js';
import { advertiseOktaPostMessage, OKTA_POST_MESSAGE, oktaPostMessage } from './okta-post-message.js';
import { authenticationClaims, oktaAccessTokenShape } from './okta-token-claims.js';
import { errorPage, logoutPage, signedOutPage } from './provider-pages.js';
import { COOKIE_NAMES, INTERACTION_COOKIE, SESSION_COOKIE } from './provider-cookies.js';

const DAY = 24 * 3600;

export interface ProviderOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly spaOrigin: string;
  readonly audience: string;
  readonly signingKeys: readonly JWK[];
  readonly cookieKeys: readonly string[];
  readonly adapters: SqliteAdapterStore;
  readonly accounts: AccountStore;
  readonly logger: Logger;
  /** Passkeys and recent factor proofs, which the assurance check reads. */
  readonly assurance: AssuranceSources;
}

/**
 * The OpenID Provider behind `{issuer}`: oidc-provider configured like Okta's `default` custom authorization
 * server for one public SPA client (authorization code + PKCE, refresh tokens, RS256 JWT access tokens for
 * the API audience, `acr`/`amr`/`auth_time`, Okta endpoint paths).
 */
export function createProvider(options: ProviderOptions): Provider {
  const { issuer, clientId, spaOrigin, audience, accounts, logger } = options;
  const pages = { spaOrigin, sessionCookie: SESSION_COOKIE };
  const configuration: Configuration = {
    adapter: (name: string) => options.adapters.adapterFor(name),
    clients: [
      {
        client_id: clientId,
        client_name: 'Step-up demo SPA',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${spaOrigin}/login/callback`],
        post_logout_redirect_uris: [spaOrigin, `${spaOrigin}/`],
      },
    ],
    jwks: { keys: [...options.signingKeys] },
    cookies: {
      keys: [...options.cookieKeys],
      names: COOKIE_NAMES,
      long: SESSION_COOKIE,
      short: INTERACTION_COOKIE,
    },
    routes: { ...OKTA_ROUTES },
    scopes: [...SCOPES],
    // acr, amr and auth_time ride on the openid scope so every ID token carries them, as Okta's do.
    claims: {
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    acrValues: [...ACR_VALUES_SUPPORTED],
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    conformIdTokenClaims: false,
    findAccount: accountFinder(accounts),
    loadExistingGrant: loadFirstPartyGrant,
    extraParams: { scope: keepOfflineAccessForFirstPartyClient },
    extraTokenClaims: authenticationClaims,
    formats: { customizers: { jwt: oktaAccessTokenShape(accounts) } },
    interactions: {
      policy: interactionPolicyWithAssurance(options.assurance),
      url: (_ctx, interaction) => `${ISSUER_PATH}/interaction/${interaction.uid}`,
    },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) ?? false,
    features: {
      devInteractions: { enabled: false },
      // A client may revoke and introspect only the tokens issued to it.
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      introspection: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      // Replaced by the Okta-compatible /v1/userinfo, which accepts the JWT access tokens issued for the API.
      userinfo: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: logoutPage(pages),
        postLogoutSuccessSource: signedOutPage(pages),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, _client, oneOf) => oneOf ?? audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (resourceIndicator !== audience) {
            throw new errors.InvalidTarget(
              `unknown resource ${resourceIndicator}; this server issues tokens for ${audience}`,
            );
          }
          return {
            scope: SCOPES.join(' '),
            audience,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    discovery: { userinfo_endpoint: `${issuer}${OKTA_ROUTES.userinfo}` },
    // Okta's defaults where it has them: 1-hour access and ID tokens, refresh tokens that expire after 7 days
    // without use (each rotation starts a new 7 days).
    ttl: {
      AccessToken: 3600,
      IdToken: 3600,
      AuthorizationCode: 60,
      Interaction: 3600,
      RefreshToken: 7 * DAY,
      Session: DAY,
      Grant: 30 * DAY,
    },
    renderError: errorPage(pages),
  };

  const provider = new Provider(issuer, configuration);
  provider.registerResponseMode(OKTA_POST_MESSAGE, oktaPostMessage);
  provider.use(advertiseOktaPostMessage);
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body == null) {
      sendNotFound(ctx, spaOrigin);
    }
  });
  provider.use(recordFactorProofs(options.assurance.proofs));
  provider.on('authorization.accepted', recordAnsweredAcr(options.assurance));
  provider.on('server_error', (_ctx, error) => logger.error('OpenID Provider error', error));
  return provider;
}
