import { resourceOwnerOf } from './resource-owner';

describe('resourceOwnerOf', () => {
  it.each([
    {
      description: "Okta's user id when the token carries uid",
      claims: { sub: 'alice@example.com', uid: '00u1a2b3c4' },
      expected: 'uid:00u1a2b3c4',
    },
    {
      description: 'the same owner after the login changed',
      claims: { sub: 'alice@new.example', uid: '00u1a2b3c4' },
      expected: 'uid:00u1a2b3c4',
    },
    {
      description: 'another owner for a reused login',
      claims: { sub: 'alice@example.com', uid: '00u9z8y7x6' },
      expected: 'uid:00u9z8y7x6',
    },
    {
      description: 'the subject for an issuer without uid',
      claims: { sub: 'alice@example.com' },
      expected: 'sub:alice@example.com',
    },
    {
      description: 'a subject that looks like a user id, kept apart from the user id',
      claims: { sub: '00u1a2b3c4' },
      expected: 'sub:00u1a2b3c4',
    },
  ])('names $description', ({ claims, expected }) => {
    expect(resourceOwnerOf(claims)).toBe(expected);
  });
});
