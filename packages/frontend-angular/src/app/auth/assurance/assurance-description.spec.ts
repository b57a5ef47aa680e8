import { describeAssurance } from './assurance-description';

describe('describeAssurance', () => {
  it.each([
    {
      description: 'two factors with the methods used',
      input: { acr: 'urn:okta:loa:2fa:any', amr: ['pwd', 'email'] },
      expected: 'Two factors (password and email code)',
    },
    {
      description: 'a password sign-in',
      input: { acr: 'urn:okta:loa:1fa:pwd', amr: ['pwd'] },
      expected: 'Password only',
    },
    {
      description: 'two factors without an amr claim',
      input: { acr: 'urn:okta:loa:2fa:any' },
      expected: 'Two factors',
    },
    {
      description: 'a phishing-resistant sign-in',
      input: { acr: 'phr', amr: ['hwk', 'user'] },
      expected: 'Phishing-resistant (hardware security key and presence check)',
    },
    {
      description: 'a missing acr',
      input: { amr: ['pwd'] },
      expected: 'Not reported by the identity provider (password)',
    },
    {
      description: 'an unknown acr',
      input: { acr: 'urn:example:gold' },
      expected: 'A level this app does not recognise',
    },
  ])('describes $description', ({ input, expected }) => {
    expect(describeAssurance(input)).toBe(expected);
  });
});
