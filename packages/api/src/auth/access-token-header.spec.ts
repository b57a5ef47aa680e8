import { InvalidTokenError } from 'step-up';
import { assertAcceptableHeader } from './access-token-header';

describe('assertAcceptableHeader', () => {
  it.each([
    { description: 'no typ, as Okta issues them', input: { alg: 'RS256', kid: 'k' } },
    { description: 'typ at+jwt', input: { alg: 'RS256', kid: 'k', typ: 'at+jwt' } },
    { description: 'typ application/at+jwt', input: { alg: 'RS256', kid: 'k', typ: 'application/at+jwt' } },
    { description: 'typ AT+JWT in capitals', input: { alg: 'RS256', kid: 'k', typ: 'AT+JWT' } },
    { description: 'typ JWT', input: { alg: 'RS256', kid: 'k', typ: 'JWT' } },
    { description: 'typ application/jwt', input: { alg: 'RS256', kid: 'k', typ: 'application/jwt' } },
  ])('accepts $description', ({ input }) => {
    expect(assertAcceptableHeader(input)).toEqual({ alg: 'RS256', kid: 'k' });
  });

  const algorithm = 'The access token must be signed with RS256';
  const keyId = 'The access token header does not name its signing key (kid)';
  const type = 'The access token header declares a type (typ) other than at+jwt or JWT';
  const critical = 'The access token header lists critical extensions (crit) this server does not support';

  it.each([
    { description: 'alg none', input: { alg: 'none', kid: 'k' }, expected: algorithm },
    { description: 'alg HS256', input: { alg: 'HS256', kid: 'k' }, expected: algorithm },
    { description: 'alg RS512', input: { alg: 'RS512', kid: 'k' }, expected: algorithm },
    { description: 'alg ES256', input: { alg: 'ES256', kid: 'k' }, expected: algorithm },
    { description: 'alg rs256 in lower case', input: { alg: 'rs256', kid: 'k' }, expected: algorithm },
    { description: 'no alg', input: { kid: 'k' }, expected: algorithm },
    { description: 'alg as an array', input: { alg: ['RS256'], kid: 'k' }, expected: algorithm },
    { description: 'no kid', input: { alg: 'RS256' }, expected: keyId },
    { description: 'an empty kid', input: { alg: 'RS256', kid: '' }, expected: keyId },
    { description: 'a numeric kid', input: { alg: 'RS256', kid: 1 }, expected: keyId },
    { description: 'typ JOSE', input: { alg: 'RS256', kid: 'k', typ: 'JOSE' }, expected: type },
    { description: 'typ dpop+jwt', input: { alg: 'RS256', kid: 'k', typ: 'dpop+jwt' }, expected: type },
    { description: 'typ logout+jwt', input: { alg: 'RS256', kid: 'k', typ: 'logout+jwt' }, expected: type },
    { description: 'an empty typ', input: { alg: 'RS256', kid: 'k', typ: '' }, expected: type },
    {
      description: 'a typ that is not a string',
      input: { alg: 'RS256', kid: 'k', typ: null },
      expected: type,
    },
    {
      description: 'crit listing a registered claim',
      input: { alg: 'RS256', kid: 'k', crit: ['exp'], exp: 1 },
      expected: critical,
    },
    {
      description: 'crit listing b64',
      input: { alg: 'RS256', kid: 'k', crit: ['b64'], b64: false },
      expected: critical,
    },
    { description: 'an empty crit list', input: { alg: 'RS256', kid: 'k', crit: [] }, expected: critical },
    {
      description: 'crit that is not a list',
      input: { alg: 'RS256', kid: 'k', crit: 'x' },
      expected: critical,
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(() => assertAcceptableHeader(input)).toThrow(new InvalidTokenError(expected));
  });
});
