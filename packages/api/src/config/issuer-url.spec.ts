import { isHttpIssuer, jwksUriOf } from './issuer-url';

describe('isHttpIssuer', () => {
  it.each([
    { input: 'http://localhost:3001/oauth2/default', expected: true },
    { input: 'https://dev-133337.okta.com/oauth2/default', expected: false },
  ])('says $expected for $input', ({ input, expected }) => {
    expect(isHttpIssuer(input)).toBe(expected);
  });
});

describe('jwksUriOf', () => {
  it.each([
    {
      input: 'https://dev-133337.okta.com/oauth2/default',
      expected: 'https://dev-133337.okta.com/oauth2/default/v1/keys',
    },
    {
      input: 'http://localhost:3001/oauth2/default',
      expected: 'http://localhost:3001/oauth2/default/v1/keys',
    },
  ])('finds the keys of $input at Okta’s path', ({ input, expected }) => {
    expect(jwksUriOf(input)).toBe(expected);
  });
});
