import { InvalidTokenError } from 'step-up';
import { assertAcceptableClaims } from './access-token-claims';

const NOW = 1_893_456_000;
const EXPECTED = { issuer: 'https://issuer.example/oauth2/default', audience: 'api://default' };
const VALID = { iss: EXPECTED.issuer, aud: EXPECTED.audience, sub: 'alice', iat: NOW - 10, exp: NOW + 3600 };

describe('assertAcceptableClaims', () => {
  it.each([
    { description: 'a typical token', input: VALID },
    {
      description: 'an audience list that names this API',
      input: { ...VALID, aud: ['api://other', 'api://default'] },
    },
    { description: 'a token without iat', input: { ...VALID, iat: undefined } },
    { description: 'a token whose nbf is now', input: { ...VALID, nbf: NOW } },
    { description: 'a token expiring a moment from now', input: { ...VALID, exp: NOW + 0.001 } },
    { description: 'a fractional NumericDate', input: { ...VALID, iat: NOW - 0.5 } },
    { description: "a token with Okta's user id", input: { ...VALID, uid: '00u1a2b3c4' } },
  ])('accepts $description', ({ input }) => {
    expect(() => assertAcceptableClaims(input, EXPECTED, NOW)).not.toThrow();
  });

  it.each([
    {
      description: 'a token without exp',
      input: { ...VALID, exp: undefined },
      expected: 'The access token has no expiry time (exp)',
    },
    {
      description: 'exp as a string',
      input: { ...VALID, exp: String(NOW + 60) },
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'exp null',
      input: { ...VALID, exp: null },
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'exp as an array',
      input: { ...VALID, exp: [NOW + 60] },
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'exp true',
      input: { ...VALID, exp: true },
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'an infinite exp',
      input: { ...VALID, exp: Infinity },
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'iat as a string',
      input: { ...VALID, iat: 'yesterday' },
      expected: 'The access token claim iat is not a number of seconds',
    },
    {
      description: 'nbf as a string',
      input: { ...VALID, nbf: '0' },
      expected: 'The access token claim nbf is not a number of seconds',
    },
    {
      description: 'a token expiring now',
      input: { ...VALID, exp: NOW },
      expected: 'The access token has expired',
    },
    {
      description: 'an expired token',
      input: { ...VALID, exp: NOW - 1 },
      expected: 'The access token has expired',
    },
    {
      description: 'a token not valid yet',
      input: { ...VALID, nbf: NOW + 1 },
      expected: 'The access token is not valid yet (nbf)',
    },
    {
      description: 'another issuer',
      input: { ...VALID, iss: 'https://evil.example/oauth2/default' },
      expected: 'The access token was issued by another issuer',
    },
    {
      description: 'the issuer with a trailing slash',
      input: { ...VALID, iss: `${EXPECTED.issuer}/` },
      expected: 'The access token was issued by another issuer',
    },
    {
      description: 'no issuer',
      input: { ...VALID, iss: undefined },
      expected: 'The access token was issued by another issuer',
    },
    {
      description: 'another audience',
      input: { ...VALID, aud: 'api://other' },
      expected: 'The access token is intended for another audience',
    },
    {
      description: 'an audience list without this API',
      input: { ...VALID, aud: ['api://other'] },
      expected: 'The access token is intended for another audience',
    },
    {
      description: 'an audience list holding a non-string',
      input: { ...VALID, aud: ['api://default', 7] },
      expected: 'The access token is intended for another audience',
    },
    {
      description: 'no audience',
      input: { ...VALID, aud: undefined },
      expected: 'The access token is intended for another audience',
    },
    {
      description: 'no subject',
      input: { ...VALID, sub: undefined },
      expected: 'The access token has no subject (sub)',
    },
    {
      description: 'a numeric subject',
      input: { ...VALID, sub: 42 },
      expected: 'The access token has no subject (sub)',
    },
    {
      description: 'an empty subject',
      input: { ...VALID, sub: '' },
      expected: 'The access token has no subject (sub)',
    },
    {
      description: 'a numeric user id',
      input: { ...VALID, uid: 42 },
      expected: 'The access token claim uid is not a user id',
    },
    {
      description: 'an empty user id',
      input: { ...VALID, uid: '' },
      expected: 'The access token claim uid is not a user id',
    },
    {
      description: 'a user id of null',
      input: { ...VALID, uid: null },
      expected: 'The access token claim uid is not a user id',
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(() => assertAcceptableClaims(input, EXPECTED, NOW)).toThrow(new InvalidTokenError(expected));
  });
});
