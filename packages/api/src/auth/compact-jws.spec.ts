import { InvalidTokenError } from 'step-up';
import { segment } from '../../test/support/hand-built-jws';
import { decodeCompactJws, MAX_ACCESS_TOKEN_LENGTH } from './compact-jws';

const HEADER = segment({ alg: 'RS256', kid: 'key-1' });
const PAYLOAD = segment({ sub: 'alice' });
const SIGNATURE = Buffer.from('signature').toString('base64url');

describe('decodeCompactJws', () => {
  it('decodes the header and the payload of a well-formed token', () => {
    expect(decodeCompactJws(`${HEADER}.${PAYLOAD}.${SIGNATURE}`)).toEqual({
      header: { alg: 'RS256', kid: 'key-1' },
      payload: { sub: 'alice' },
    });
  });

  it.each([
    {
      description: 'a token over the length limit',
      input: `${HEADER}.${'a'.repeat(MAX_ACCESS_TOKEN_LENGTH)}.${SIGNATURE}`,
      expected: `The access token is longer than ${MAX_ACCESS_TOKEN_LENGTH} characters`,
    },
    {
      description: 'one segment',
      input: 'abc',
      expected: 'The access token is not a JWS in compact serialization (header.payload.signature)',
    },
    {
      description: 'two segments',
      input: `${HEADER}.${PAYLOAD}`,
      expected: 'The access token is not a JWS in compact serialization (header.payload.signature)',
    },
    {
      description: 'five segments',
      input: 'a.b.c.d.e',
      expected: 'The access token is not a JWS in compact serialization (header.payload.signature)',
    },
    {
      description: 'an empty header',
      input: `.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not base64url-encoded',
    },
    {
      description: 'a header in standard base64',
      input: `${HEADER}+/.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not base64url-encoded',
    },
    {
      description: 'a padded header',
      input: `${segment({ a: 1 })}=.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not base64url-encoded',
    },
    {
      description: 'a header of impossible length',
      input: `${segment('{}')}xx.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not canonical base64url',
    },
    {
      description: 'a header with stray low bits',
      input: `${segment('{}').slice(0, -1)}x.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not canonical base64url',
    },
    {
      description: 'a header that is not JSON',
      input: `${segment('alg: RS256')}.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not JSON in UTF-8',
    },
    {
      description: 'a header that is not UTF-8',
      input: `${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not JSON in UTF-8',
    },
    {
      description: 'a header with a byte order mark',
      input: `${segment('\uFEFF{}')}.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not JSON in UTF-8',
    },
    {
      description: 'a header that is a JSON array',
      input: `${segment([1])}.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not a JSON object',
    },
    {
      description: 'a header that is JSON null',
      input: `${segment('null')}.${PAYLOAD}.${SIGNATURE}`,
      expected: 'The access token header is not a JSON object',
    },
    {
      description: 'a payload that is a JSON string',
      input: `${HEADER}.${segment('"alice"')}.${SIGNATURE}`,
      expected: 'The access token payload is not a JSON object',
    },
    {
      description: 'a payload that is not JSON',
      input: `${HEADER}.${segment('{sub:1}')}.${SIGNATURE}`,
      expected: 'The access token payload is not JSON in UTF-8',
    },
    {
      description: 'an empty signature',
      input: `${HEADER}.${PAYLOAD}.`,
      expected: 'The access token is not signed',
    },
    {
      description: 'a padded signature',
      input: `${HEADER}.${PAYLOAD}.${SIGNATURE}==`,
      expected: 'The access token signature is not base64url-encoded',
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(() => decodeCompactJws(input)).toThrow(new InvalidTokenError(expected));
    expect(() => decodeCompactJws(input)).toThrow(InvalidTokenError);
  });
});
