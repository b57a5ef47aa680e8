import { InvalidRequestError, MissingCredentialsError } from './bearer-errors';
import { extractBearerToken } from './bearer-token';
import { growthRatio } from './testing/growth-ratio';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';

describe('extractBearerToken', () => {
  const accepted: ReadonlyArray<{ description: string; input: string | string[]; expected: string }> = [
    { description: 'a JWT after the Bearer scheme is returned', input: `Bearer ${jwt}`, expected: jwt },
    { description: 'the scheme is case-insensitive', input: `bEaReR ${jwt}`, expected: jwt },
    { description: 'several spaces may separate scheme and token', input: `Bearer    ${jwt}`, expected: jwt },
    {
      description: 'whitespace around the field value is ignored',
      input: ` \tBearer ${jwt}\t `,
      expected: jwt,
    },
    { description: 'base64 padding is kept', input: 'Bearer abc+/==', expected: 'abc+/==' },
    {
      description: 'every b64token character is accepted',
      input: 'Bearer aZ09-._~+/=',
      expected: 'aZ09-._~+/=',
    },
    { description: 'a single header in an array is read', input: [`Bearer ${jwt}`], expected: jwt },
  ];

  it.each(accepted)('$description', ({ input, expected }) => {
    expect(extractBearerToken(input)).toBe(expected);
  });

  const refused: ReadonlyArray<{
    description: string;
    input: unknown;
    expected: { type: typeof MissingCredentialsError | typeof InvalidRequestError; message: string };
  }> = [
    {
      description: 'no header',
      input: undefined,
      expected: { type: MissingCredentialsError, message: 'The request carries no bearer token' },
    },
    {
      description: 'a null header',
      input: null,
      expected: { type: MissingCredentialsError, message: 'The request carries no bearer token' },
    },
    {
      description: 'an empty header',
      input: '',
      expected: { type: MissingCredentialsError, message: 'The request carries no bearer token' },
    },
    {
      description: 'a blank header',
      input: ' \t ',
      expected: { type: MissingCredentialsError, message: 'The request carries no bearer token' },
    },
    {
      description: 'an empty array of headers',
      input: [],
      expected: { type: MissingCredentialsError, message: 'The request carries no bearer token' },
    },
    {
      description: 'Basic credentials, which are no Bearer credentials',
      input: 'Basic YWxpY2U6d29uZGVybGFuZA==',
      expected: {
        type: MissingCredentialsError,
        message: 'The request carries no credentials for the Bearer scheme',
      },
    },
    {
      description: 'a scheme that only starts like Bearer',
      input: `Bearerish ${jwt}`,
      expected: {
        type: MissingCredentialsError,
        message: 'The request carries no credentials for the Bearer scheme',
      },
    },
    {
      description: 'a DPoP-bound token sent with the DPoP scheme',
      input: `DPoP ${jwt}`,
      expected: {
        type: MissingCredentialsError,
        message: 'The request carries no credentials for the Bearer scheme',
      },
    },
    {
      description: 'two Authorization headers',
      input: [`Bearer ${jwt}`, `Bearer ${jwt}`],
      expected: {
        type: InvalidRequestError,
        message: 'The request carries more than one Authorization header',
      },
    },
    {
      description: 'a header that is not a string',
      input: 42,
      expected: { type: InvalidRequestError, message: 'The Authorization header is not a string' },
    },
    {
      description: 'the Bearer scheme without a token',
      input: 'Bearer',
      expected: {
        type: InvalidRequestError,
        message: 'The Authorization header names the Bearer scheme but carries no token',
      },
    },
    {
      description: 'the Bearer scheme followed by spaces only',
      input: 'Bearer    ',
      expected: {
        type: InvalidRequestError,
        message: 'The Authorization header names the Bearer scheme but carries no token',
      },
    },
    {
      description: 'a tab instead of a space after the scheme',
      input: `Bearer\t${jwt}`,
      expected: {
        type: InvalidRequestError,
        message: 'The Bearer scheme must be followed by a space, then the token',
      },
    },
    {
      description: 'two tokens',
      input: `Bearer ${jwt} ${jwt}`,
      expected: {
        type: InvalidRequestError,
        message: 'The Authorization header must carry exactly one bearer token',
      },
    },
    {
      description: 'a second credential after a comma',
      input: `Bearer ${jwt}, Basic YWxpY2U=`,
      expected: {
        type: InvalidRequestError,
        message: 'The Authorization header must carry exactly one bearer token',
      },
    },
    {
      description: 'a quoted token',
      input: `Bearer "${jwt}"`,
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
    {
      description: 'padding in the middle of the token',
      input: 'Bearer abc=def',
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
    {
      description: 'padding alone',
      input: 'Bearer ==',
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
    {
      description: 'a token with a comma',
      input: 'Bearer abc,def',
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
    {
      description: 'a token with non-ASCII characters',
      input: 'Bearer tökén',
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
    {
      description: 'a token with a control character',
      input: 'Bearer abc\u0000def',
      expected: {
        type: InvalidRequestError,
        message: 'The bearer token contains characters outside the b64token syntax',
      },
    },
  ];

  it.each(refused)('refuses $description', ({ input, expected }) => {
    const thrown = captureError(() => extractBearerToken(input as string));
    expect(thrown).toBeInstanceOf(expected.type);
    expect((thrown as Error).message).toBe(expected.message);
  });

  it('answers missing credentials with a bare challenge and no error code', () => {
    const thrown = captureError(() => extractBearerToken('Basic YWxpY2U6d29uZGVybGFuZA=='));
    expect(thrown).toBeInstanceOf(MissingCredentialsError);
    expect((thrown as MissingCredentialsError).challenge('api')).toBe('Bearer realm="api"');
  });

  it('answers a malformed header with a 400 invalid_request', () => {
    const thrown = captureError(() => extractBearerToken('Bearer a b'));
    expect(thrown).toMatchObject({ code: 'invalid_request', status: 400 });
  });

  // Each long value as a function of its length, so it can be judged at two sizes: the time must grow like the
  // input (linear), not like its square, whatever the machine's speed. Raw speed is `npm run bench`'s job.
  const long: ReadonlyArray<{
    description: string;
    make: (length: number) => string;
    accepted: boolean;
  }> = [
    { description: 'a long token', make: (n) => `Bearer ${'a'.repeat(n)}`, accepted: true },
    {
      description: 'a long token ending in a bad character',
      make: (n) => `Bearer ${'a'.repeat(n)}!`,
      accepted: false,
    },
    { description: 'a long run of padding', make: (n) => `Bearer a${'='.repeat(n)}b`, accepted: false },
    { description: 'a long run of spaces', make: (n) => `Bearer ${' '.repeat(n)}`, accepted: false },
  ];

  it.each(long)('judges 1 MB of $description correctly', ({ make, accepted }) => {
    const input = make(1_000_000);
    if (accepted) {
      expect(extractBearerToken(input)).toBe(input.slice('Bearer '.length));
    } else {
      expect(() => extractBearerToken(input)).toThrow(InvalidRequestError);
    }
  });

  it.each(long)('judges $description in time that grows linearly with the length', ({ make }) => {
    const judge = (input: string) => {
      try {
        return extractBearerToken(input);
      } catch (refusal) {
        return refusal;
      }
    };
    // 16 times the input: about 16 times the time when linear, about 256 times when quadratic.
    expect(growthRatio(judge, make, 32_000, 16)).toBeLessThan(64);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}
