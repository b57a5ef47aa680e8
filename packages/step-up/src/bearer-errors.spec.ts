import {
  BearerError,
  InsufficientScopeError,
  InsufficientUserAuthenticationError,
  InvalidRequestError,
  InvalidTokenError,
  MissingCredentialsError,
} from './bearer-errors';
import type { BearerChallengeParams } from './challenge-format';

describe('the Bearer error classes', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: BearerError;
    expected: {
      name: string;
      code: string;
      status: number;
      message: string;
      challenge: string;
      json: object;
    };
  }> = [
    {
      description: 'missing credentials answer 401 with a bare challenge and no error code',
      input: new MissingCredentialsError(),
      expected: {
        name: 'MissingCredentialsError',
        code: 'missing_credentials',
        status: 401,
        message: 'The request carries no bearer token',
        challenge: 'Bearer realm="api"',
        json: {},
      },
    },
    {
      description: 'an invalid request answers 400 with invalid_request',
      input: new InvalidRequestError('The request carries more than one Authorization header'),
      expected: {
        name: 'InvalidRequestError',
        code: 'invalid_request',
        status: 400,
        message: 'The request carries more than one Authorization header',
        challenge:
          'Bearer realm="api", error="invalid_request", error_description="The request carries more than one Authorization header"',
        json: {
          error: 'invalid_request',
          error_description: 'The request carries more than one Authorization header',
        },
      },
    },
    {
      description: 'an invalid token without a description answers 401 with only the error code',
      input: new InvalidTokenError(),
      expected: {
        name: 'InvalidTokenError',
        code: 'invalid_token',
        status: 401,
        message: 'The access token is invalid',
        challenge: 'Bearer realm="api", error="invalid_token"',
        json: { error: 'invalid_token' },
      },
    },
    {
      description: 'an insufficient scope answers 403 and names the scopes needed',
      input: new InsufficientScopeError('The transactions:write scope is required', {
        scope: ['transactions:write', 'openid'],
      }),
      expected: {
        name: 'InsufficientScopeError',
        code: 'insufficient_scope',
        status: 403,
        message: 'The transactions:write scope is required',
        challenge:
          'Bearer realm="api", error="insufficient_scope", error_description="The transactions:write scope is required", scope="transactions:write openid"',
        json: { error: 'insufficient_scope', error_description: 'The transactions:write scope is required' },
      },
    },
    {
      description: 'a level shortfall answers 401 with acr_values in order of preference',
      input: new InsufficientUserAuthenticationError({ acrValues: ['phr', 'urn:okta:loa:2fa:any'] }),
      expected: {
        name: 'InsufficientUserAuthenticationError',
        code: 'insufficient_user_authentication',
        status: 401,
        message: 'A different authentication level is required',
        challenge:
          'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="phr urn:okta:loa:2fa:any"',
        json: {
          error: 'insufficient_user_authentication',
          error_description: 'A different authentication level is required',
        },
      },
    },
    {
      description: 'a recency shortfall answers 401 with max_age',
      input: new InsufficientUserAuthenticationError({ maxAge: 300 }),
      expected: {
        name: 'InsufficientUserAuthenticationError',
        code: 'insufficient_user_authentication',
        status: 401,
        message: 'More recent authentication is required',
        challenge:
          'Bearer realm="api", error="insufficient_user_authentication", error_description="More recent authentication is required", max_age="300"',
        json: {
          error: 'insufficient_user_authentication',
          error_description: 'More recent authentication is required',
        },
      },
    },
    {
      description: 'a shortfall in both answers 401 with acr_values and max_age',
      input: new InsufficientUserAuthenticationError({ acrValues: ['urn:okta:loa:2fa:any'], maxAge: 0 }),
      expected: {
        name: 'InsufficientUserAuthenticationError',
        code: 'insufficient_user_authentication',
        status: 401,
        message: 'A different authentication level and more recent authentication are required',
        challenge:
          'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level and more recent authentication are required", acr_values="urn:okta:loa:2fa:any", max_age="0"',
        json: {
          error: 'insufficient_user_authentication',
          error_description: 'A different authentication level and more recent authentication are required',
        },
      },
    },
    {
      description: 'an empty shortfall still answers 401 with a generic description',
      input: new InsufficientUserAuthenticationError({ acrValues: [] }),
      expected: {
        name: 'InsufficientUserAuthenticationError',
        code: 'insufficient_user_authentication',
        status: 401,
        message: 'Additional authentication is required',
        challenge:
          'Bearer realm="api", error="insufficient_user_authentication", error_description="Additional authentication is required"',
        json: {
          error: 'insufficient_user_authentication',
          error_description: 'Additional authentication is required',
        },
      },
    },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(input).toBeInstanceOf(Error);
    expect(input).toBeInstanceOf(BearerError);
    expect({
      name: input.name,
      code: input.code,
      status: input.status,
      message: input.message,
      challenge: input.challenge('api'),
      json: input.toJSON(),
    }).toEqual(expected);
  });

  it('renders just the scheme when there is neither a realm nor an error to report', () => {
    expect(new MissingCredentialsError().challenge()).toBe('Bearer');
  });

  it('leaves the realm out when none is given', () => {
    expect(new InvalidTokenError('The token expired').challenge()).toBe(
      'Bearer error="invalid_token", error_description="The token expired"',
    );
  });

  it('hands every parameter of its challenge, realm first, to the formatter it is given', () => {
    const format = jest.fn((params: BearerChallengeParams) => JSON.stringify(params));
    const error = new InsufficientUserAuthenticationError({ acrValues: ['phr'], maxAge: 60 });

    expect(error.challenge('api', format)).toBe(
      JSON.stringify({
        realm: 'api',
        error: 'insufficient_user_authentication',
        error_description: 'A different authentication level and more recent authentication are required',
        acr_values: 'phr',
        max_age: 60,
      }),
    );
  });

  it('serialises through JSON.stringify as an RFC 6750 error body', () => {
    expect(JSON.stringify(new InvalidTokenError('The token expired'))).toBe(
      '{"error":"invalid_token","error_description":"The token expired"}',
    );
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('signature verification failed');
    const error = new InvalidTokenError('The access token signature is invalid', { cause });
    expect(error.cause).toBe(cause);
  });

  it('uses the description given instead of the default one', () => {
    const error = new InsufficientUserAuthenticationError(
      { acrValues: ['phr'] },
      'Moving money needs a passkey',
    );
    expect([error.message, error.description]).toEqual([
      'Moving money needs a passkey',
      'Moving money needs a passkey',
    ]);
    expect(error.challenge()).toBe(
      'Bearer error="insufficient_user_authentication", error_description="Moving money needs a passkey", acr_values="phr"',
    );
  });

  it('exposes the shortfall it reports as a copy', () => {
    const shortfall = { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 60 };
    const error = new InsufficientUserAuthenticationError(shortfall);
    shortfall.acrValues.push('changed');
    expect(error.shortfall).toStrictEqual({ acrValues: ['urn:okta:loa:2fa:any'], maxAge: 60 });
    expect([error.acrValues, error.maxAge]).toEqual([['urn:okta:loa:2fa:any'], 60]);
  });

  it('omits the scope attribute when no scope is named, and the description when none is given', () => {
    const error = new InsufficientScopeError(undefined, { scope: [] });
    expect([error.challenge(), error.message, error.description]).toEqual([
      'Bearer error="insufficient_scope"',
      'The access token lacks a required scope',
      undefined,
    ]);
  });

  const badShortfalls: ReadonlyArray<{
    description: string;
    input: { acrValues?: string[]; maxAge?: number };
    expected: string;
  }> = [
    {
      description: 'an acr value with a space',
      input: { acrValues: ['phr phrh'] },
      expected: 'acr value "phr phrh" must be a non-empty string without whitespace',
    },
    {
      description: 'an empty acr value',
      input: { acrValues: [''] },
      expected: 'acr value "" must be a non-empty string without whitespace',
    },
    {
      description: 'a negative max_age',
      input: { maxAge: -1 },
      expected: 'maxAge must be a non-negative integer, received -1',
    },
    {
      description: 'a fractional max_age',
      input: { maxAge: 2.5 },
      expected: 'maxAge must be a non-negative integer, received 2.5',
    },
  ];

  it.each(badShortfalls)('refuses to report $description', ({ input, expected }) => {
    expect(() => new InsufficientUserAuthenticationError(input)).toThrow(new TypeError(expected));
  });

  it('refuses to render a realm that would inject a header', () => {
    expect(() => new InvalidTokenError().challenge('api"\r\nX-Injected: 1')).toThrow(TypeError);
  });
});
