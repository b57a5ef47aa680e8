import { describeDuration, describeNeed, describeRequirement } from './step-up-wording';

describe('describeNeed', () => {
  it('names the page when a route, not an action, asked for the step-up', () => {
    expect(describeNeed({ returnUrl: '/security', requirement: { acrValues: ['phr'] } })).toBe(
      'To open the page /security, the app needs a phishing-resistant sign-in, such as a passkey.',
    );
  });

  it('describes a recency demand alone', () => {
    expect(describeNeed({ returnUrl: '/account', requirement: { maxAge: 30 } })).toBe(
      'To open the page /account, the app needs a sign-in within the last 30 seconds.',
    );
  });
});

describe('describeRequirement', () => {
  it.each([
    {
      description: 'an acr value',
      input: { acrValues: ['urn:okta:loa:2fa:any'] },
      expected: 'a two-factor sign-in, such as your password and an email code',
    },
    {
      description: 'an acr value and a max_age',
      input: { acrValues: ['phr'], maxAge: 300 },
      expected: 'a phishing-resistant sign-in, such as a passkey, within the last 5 minutes',
    },
    {
      description: 'only a max_age',
      input: { acrValues: [], maxAge: 3600 },
      expected: 'a sign-in within the last 1 hour',
    },
    {
      description: 'a max_age of zero',
      input: { acrValues: [], maxAge: 0 },
      expected: 'a sign-in made just now',
    },
    { description: 'an empty list', input: { acrValues: [] }, expected: 'a stronger sign-in' },
    { description: 'nothing', input: {}, expected: 'a stronger sign-in' },
  ])('describes $description', ({ input, expected }) => {
    expect(describeRequirement(input)).toBe(expected);
  });
});

describe('describeDuration', () => {
  it.each([
    { input: 1, expected: '1 second' },
    { input: 45, expected: '45 seconds' },
    { input: 60, expected: '1 minute' },
    { input: 150, expected: '2 minutes' },
    { input: 5400, expected: '90 minutes' },
    { input: 7200, expected: '2 hours' },
  ])('says $input seconds is "$expected"', ({ input, expected }) => {
    expect(describeDuration(input)).toBe(expected);
  });
});
