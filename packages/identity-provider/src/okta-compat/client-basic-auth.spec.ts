import { clientIdFromBasicWithoutSecret } from './client-basic-auth.js';

const basic = (value: string) => `Basic ${Buffer.from(value).toString('base64')}`;

describe('clientIdFromBasicWithoutSecret', () => {
  it.each([
    {
      description: 'base64 of the client id alone (okta-auth-js)',
      header: basic('stepup-spa'),
      expected: 'stepup-spa',
    },
    {
      description: 'a lower-case scheme',
      header: `basic ${Buffer.from('stepup-spa').toString('base64')}`,
      expected: 'stepup-spa',
    },
    {
      description: 'client id and secret (left to the provider)',
      header: basic('stepup-spa:secret'),
      expected: undefined,
    },
    {
      description: 'client id with an empty secret (standard form)',
      header: basic('stepup-spa:'),
      expected: undefined,
    },
    { description: 'a Bearer header', header: 'Bearer abc', expected: undefined },
    { description: 'invalid base64', header: 'Basic !!!', expected: undefined },
    { description: 'base64 with bad padding', header: 'Basic c3RlcHVwLXNwYQ', expected: undefined },
    { description: 'control characters', header: basic('step\nup'), expected: undefined },
    { description: 'an empty value', header: 'Basic ', expected: undefined },
    { description: 'no header', header: undefined, expected: undefined },
  ])('reads $description', ({ header, expected }) => {
    expect(clientIdFromBasicWithoutSecret(header)).toBe(expected);
  });
});
