import { UserClaims } from '@okta/okta-auth-js';

import { profileView } from './profile-view';

const AUTH_TIME = 1_764_410_400;

describe('profileView', () => {
  const claims = {
    sub: '00u-alice',
    name: 'Alice Liddell',
    email: 'alice@example.com',
    acr: 'urn:okta:loa:2fa:any',
    amr: ['pwd', 'email'],
    auth_time: AUTH_TIME,
  } as UserClaims;

  it('describes a two-factor sign-in in words', () => {
    expect(profileView(claims, AUTH_TIME + 5 * 60)).toEqual({
      name: 'Alice Liddell',
      email: 'alice@example.com',
      assurance: 'Two factors (password and email code)',
      acr: 'urn:okta:loa:2fa:any',
      methods: ['Password', 'Email code'],
      authenticatedAt: new Date(AUTH_TIME * 1000),
      authenticatedAgo: '5 minutes ago',
    });
  });

  it('copes with a token that names no level, methods or time', () => {
    expect(profileView({ sub: '00u-bob', preferred_username: 'bob@example.com' }, AUTH_TIME)).toEqual({
      name: 'bob@example.com',
      email: null,
      assurance: 'Not reported by the identity provider',
      acr: null,
      methods: [],
      authenticatedAt: null,
      authenticatedAgo: null,
    });
  });
});
