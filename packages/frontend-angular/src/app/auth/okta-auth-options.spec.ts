import { OktaAuth } from '@okta/okta-auth-js';

import { oktaAuthOptions } from './okta-auth-options';

describe('oktaAuthOptions', () => {
  const options = oktaAuthOptions(
    {
      issuer: 'http://localhost:3001/oauth2/default',
      clientId: 'stepup-spa',
      stepUpMode: 'redirect',
      accountMaxAge: 30,
    },
    'http://localhost:4200',
  );

  it('uses the issuer and client id from the runtime configuration', () => {
    expect(options.issuer).toBe('http://localhost:3001/oauth2/default');
    expect(options.clientId).toBe('stepup-spa');
  });

  it('derives the redirect and post-logout URIs from the page origin', () => {
    expect(options.redirectUri).toBe('http://localhost:4200/login/callback');
    expect(options.postLogoutRedirectUri).toBe('http://localhost:4200');
  });

  it('uses the authorization code flow with PKCE and asks for a refresh token', () => {
    expect(options.pkce).toBe(true);
    expect(options.scopes).toEqual(['openid', 'profile', 'email', 'offline_access']);
  });

  it('keeps tokens in sessionStorage and renews them automatically', () => {
    expect(options.tokenManager).toEqual({ storage: 'sessionStorage', autoRenew: true, syncStorage: false });
  });

  it('lets each tab renew its own tokens: no cross-tab sync, no leader election', () => {
    const oktaAuth = new OktaAuth(options);

    expect(oktaAuth.serviceManager.getService('syncStorage')?.canStart()).toBe(false);
    expect(oktaAuth.serviceManager.isLeaderRequired()).toBe(false);
    expect(oktaAuth.serviceManager.getService('autoRenew')?.canStart()).toBe(true);
  });
});
