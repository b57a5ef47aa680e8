import { UserClaims } from '@okta/okta-auth-js';

import { signedInState, SIGNED_OUT } from '../../testing/fake-okta';
import { displayName, signedInClaims } from './user-claims';

describe('signedInClaims', () => {
  it('returns the ID token claims of a signed-in visitor', () => {
    expect(signedInClaims(signedInState({ name: 'Alice Liddell' }))?.name).toBe('Alice Liddell');
  });

  it.each([
    { description: 'a signed-out state', input: SIGNED_OUT },
    { description: 'no state yet', input: null },
    { description: 'an authenticated state without an ID token', input: { isAuthenticated: true } },
  ])('is null for $description', ({ input }) => {
    expect(signedInClaims(input)).toBeNull();
  });
});

describe('displayName', () => {
  it.each([
    {
      description: 'the full name first',
      input: { name: 'Alice Liddell', given_name: 'Alice' },
      expected: 'Alice Liddell',
    },
    { description: 'the given name next', input: { name: ' ', given_name: 'Alice' }, expected: 'Alice' },
    {
      description: 'then the username',
      input: { preferred_username: 'alice@example.com' },
      expected: 'alice@example.com',
    },
    { description: 'then the email', input: { email: 'bob@example.com' }, expected: 'bob@example.com' },
    { description: 'a friendly word when nothing is known', input: {}, expected: 'there' },
  ])('uses $description', ({ input, expected }) => {
    expect(displayName({ sub: 'x', ...input } as UserClaims)).toBe(expected);
  });
});
