import type { Request, Response } from 'express';
import {
  InsufficientUserAuthenticationError,
  InvalidRequestError,
  InvalidTokenError,
  MissingCredentialsError,
} from 'step-up';
import { ManualClock } from 'step-up/testing';
import type { AccessToken } from './auth/access-token';
import type { RequestAuthenticator } from './auth/request-authenticator.service';
import { StepupMiddleware } from './stepup.middleware';

const tokenWith = (claims: Record<string, unknown>): AccessToken => ({
  claims: { iss: 'i', sub: 'alice', aud: 'api://default', exp: 1_893_459_600, ...claims },
  owner: 'sub:alice',
});

describe('StepupMiddleware', () => {
  const request = {} as Request;
  const response = {} as Response;
  let authenticate: jest.Mock<Promise<AccessToken>, [Request]>;
  let next: jest.Mock;
  let middleware: StepupMiddleware;

  beforeEach(() => {
    authenticate = jest.fn<Promise<AccessToken>, [Request]>();
    next = jest.fn();
    middleware = new StepupMiddleware(
      { authenticate } as unknown as RequestAuthenticator,
      new ManualClock(1_893_456_000_000),
    );
  });

  it.each([
    { acr: 'urn:okta:loa:2fa:any' },
    { acr: 'urn:okta:loa:2fa:any:ifpossible', amr: ['pwd', 'email', 'mfa'] },
    { acr: 'phr' },
    { acr: 'phrh' },
  ])('passes a verified token whose acr is $acr (amr $amr) on to the handler', async (claims) => {
    authenticate.mockResolvedValue(tokenWith(claims));

    await middleware.use(request, response, next);

    expect(authenticate).toHaveBeenCalledWith(request);
    expect(next).toHaveBeenCalledWith();
  });

  it.each([
    { description: 'a password-only token', claims: { acr: 'urn:okta:loa:1fa:pwd' } },
    { description: 'an any-one-factor token', claims: { acr: 'urn:okta:loa:1fa:any' } },
    { description: 'a token without acr', claims: {} },
    { description: 'a token whose acr is not a string', claims: { acr: ['urn:okta:loa:2fa:any'] } },
    {
      description: 'a 2fa:any:ifpossible token after a password only',
      claims: { acr: 'urn:okta:loa:2fa:any:ifpossible', amr: ['pwd'] },
    },
  ])('asks for two factors when given $description', async ({ claims }) => {
    authenticate.mockResolvedValue(tokenWith(claims));

    const outcome = middleware.use(request, response, next);

    await expect(outcome).rejects.toBeInstanceOf(InsufficientUserAuthenticationError);
    await expect(outcome).rejects.toMatchObject({ acrValues: ['urn:okta:loa:2fa:any'], status: 401 });
    expect(next).not.toHaveBeenCalled();
  });

  it.each([
    { description: 'no token', refusal: new MissingCredentialsError() },
    {
      description: 'a malformed Authorization header',
      refusal: new InvalidRequestError('The Authorization header must carry exactly one bearer token'),
    },
    { description: 'an invalid token', refusal: new InvalidTokenError('The access token has expired') },
  ])(
    'passes the refusal of $description on, before looking at the authentication level',
    async ({ refusal }) => {
      authenticate.mockRejectedValue(refusal);

      await expect(middleware.use(request, response, next)).rejects.toBe(refusal);
      expect(next).not.toHaveBeenCalled();
    },
  );
});
