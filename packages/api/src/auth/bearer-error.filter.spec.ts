import {
  InsufficientScopeError,
  InsufficientUserAuthenticationError,
  InvalidRequestError,
  InvalidTokenError,
  MissingCredentialsError,
  BearerChallengeMemo,
  type BearerChallengeParams,
  type BearerError,
} from 'step-up';
import { filteredResponse } from '../../test/support/filtered-response';
import { BearerErrorFilter } from './bearer-error.filter';

const render = (error: BearerError, filter = new BearerErrorFilter()) => filteredResponse(filter, error);

describe('BearerErrorFilter', () => {
  it.each([
    {
      description: 'missing credentials as 401 with a bare challenge and an empty body',
      input: new MissingCredentialsError(),
      expected: { status: 401, challenge: 'Bearer realm="api"', body: {} },
    },
    {
      description: 'a malformed request as 400 invalid_request',
      input: new InvalidRequestError('The request carries more than one Authorization header'),
      expected: {
        status: 400,
        challenge:
          'Bearer realm="api", error="invalid_request", error_description="The request carries more than one Authorization header"',
        body: {
          error: 'invalid_request',
          error_description: 'The request carries more than one Authorization header',
        },
      },
    },
    {
      description: 'an invalid token as 401 invalid_token',
      input: new InvalidTokenError('The access token has expired'),
      expected: {
        status: 401,
        challenge:
          'Bearer realm="api", error="invalid_token", error_description="The access token has expired"',
        body: { error: 'invalid_token', error_description: 'The access token has expired' },
      },
    },
    {
      description: 'a missing scope as 403 insufficient_scope with the scope',
      input: new InsufficientScopeError('The messages scope is required', { scope: ['messages:read'] }),
      expected: {
        status: 403,
        challenge:
          'Bearer realm="api", error="insufficient_scope", error_description="The messages scope is required", scope="messages:read"',
        body: { error: 'insufficient_scope', error_description: 'The messages scope is required' },
      },
    },
    {
      description: 'a step-up shortfall as 401 insufficient_user_authentication with acr_values and max_age',
      input: new InsufficientUserAuthenticationError({
        acrValues: ['phr', 'urn:okta:loa:2fa:any'],
        maxAge: 300,
      }),
      expected: {
        status: 401,
        challenge:
          'Bearer realm="api", error="insufficient_user_authentication", ' +
          'error_description="A different authentication level and more recent authentication are required", ' +
          'acr_values="phr urn:okta:loa:2fa:any", max_age="300"',
        body: {
          error: 'insufficient_user_authentication',
          error_description: 'A different authentication level and more recent authentication are required',
        },
      },
    },
  ])('renders $description', ({ input, expected }) => {
    const response = render(input);

    expect(response.statusCode).toBe(expected.status);
    expect(response.headers['www-authenticate']).toBe(expected.challenge);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual(expected.body);
  });

  it('escapes quotes and backslashes in the description', () => {
    const response = render(new InvalidTokenError('say "hi" \\ bye'));

    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="api", error="invalid_token", error_description="say \\"hi\\" \\\\ bye"',
    );
  });

  it('renders the challenge of each kind of refusal once, and tells different ones apart', () => {
    const memo = new BearerChallengeMemo();
    const filter = new BearerErrorFilter(memo);
    const refusals = [
      new InsufficientUserAuthenticationError({ acrValues: ['urn:okta:loa:2fa:any'] }),
      new InsufficientUserAuthenticationError({ acrValues: ['urn:okta:loa:2fa:any'] }),
      new InsufficientUserAuthenticationError({ acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 }),
      new InvalidTokenError('The access token has expired'),
      new InvalidTokenError('The access token has expired'),
    ];

    const challenges = refusals.map((error) => render(error, filter).headers['www-authenticate']);

    expect(memo.size).toBe(3);
    expect(challenges).toEqual([
      'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"',
      'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"',
      'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level and more recent authentication are required", acr_values="urn:okta:loa:2fa:any", max_age="300"',
      'Bearer realm="api", error="invalid_token", error_description="The access token has expired"',
      'Bearer realm="api", error="invalid_token", error_description="The access token has expired"',
    ]);
  });

  it('never answers a refusal with a remembered challenge that lacks one of its parameters', () => {
    /** A refusal of a known kind and description whose challenge carries one parameter more. */
    class DocumentedInvalidTokenError extends InvalidTokenError {
      constructor(
        description: string,
        private readonly errorUri: string,
      ) {
        super(description);
      }

      protected override challengeParams(): BearerChallengeParams {
        return { ...super.challengeParams(), error_uri: this.errorUri };
      }
    }
    const filter = new BearerErrorFilter();

    const challenges = [
      new InvalidTokenError('The access token has expired'),
      new DocumentedInvalidTokenError('The access token has expired', 'https://example.com/expired'),
      new DocumentedInvalidTokenError('The access token has expired', 'https://example.com/other'),
    ].map((error) => render(error, filter).headers['www-authenticate']);

    expect(challenges).toEqual([
      'Bearer realm="api", error="invalid_token", error_description="The access token has expired"',
      'Bearer realm="api", error="invalid_token", error_description="The access token has expired", error_uri="https://example.com/expired"',
      'Bearer realm="api", error="invalid_token", error_description="The access token has expired", error_uri="https://example.com/other"',
    ]);
  });
});
