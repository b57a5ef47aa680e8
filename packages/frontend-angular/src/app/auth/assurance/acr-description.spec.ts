import { acrLabel, acrRequirement } from './acr-description';

describe('acrLabel', () => {
  it.each([
    { input: 'urn:okta:loa:1fa:any', expected: 'One factor' },
    { input: 'urn:okta:loa:1fa:pwd', expected: 'Password only' },
    { input: 'urn:okta:loa:2fa:any', expected: 'Two factors' },
    { input: 'urn:okta:loa:2fa:any:ifpossible', expected: 'Two factors where enrolled' },
    { input: 'phr', expected: 'Phishing-resistant' },
    { input: 'phrh', expected: 'Phishing-resistant, hardware-bound' },
    { input: 'urn:example:gold', expected: 'A level this app does not recognise' },
    { input: 'toString', expected: 'A level this app does not recognise' },
    { input: undefined, expected: 'Not reported by the identity provider' },
    { input: '', expected: 'Not reported by the identity provider' },
    { input: 2, expected: 'Not reported by the identity provider' },
  ])('calls $input "$expected"', ({ input, expected }) => {
    expect(acrLabel(input)).toBe(expected);
  });
});

describe('acrRequirement', () => {
  it.each([
    {
      input: 'urn:okta:loa:2fa:any',
      expected: 'a two-factor sign-in, such as your password and an email code',
    },
    { input: 'phr', expected: 'a phishing-resistant sign-in, such as a passkey' },
    { input: 'urn:example:gold', expected: 'a stronger sign-in' },
    { input: undefined, expected: 'a stronger sign-in' },
  ])('describes $input as "$expected"', ({ input, expected }) => {
    expect(acrRequirement(input)).toBe(expected);
  });
});
