import type { Request } from 'express';
import { InvalidRequestError, InvalidTokenError, MissingCredentialsError } from 'step-up';
import type { AccessToken, AuthenticatedRequest } from './access-token';
import type { AccessTokenVerifier } from './access-token-verifier.service';
import { RequestAuthenticator } from './request-authenticator.service';

const ACCESS_TOKEN: AccessToken = {
  claims: { iss: 'i', sub: 'alice', aud: 'api://default', exp: 2_000_000_000 },
  owner: 'sub:alice',
};

/** A request with these headers, as Node parses them: `headers` keeps the first of each, `rawHeaders` all. */
function requestWith(
  headers: Record<string, string[] | undefined>,
  query: Record<string, string> = {},
): Request {
  return {
    method: 'GET',
    originalUrl: '/api/messages?x=1',
    rawHeaders: Object.entries(headers).flatMap(([name, values]) =>
      (values ?? []).flatMap((value) => [name, value]),
    ),
    headers: Object.fromEntries(
      Object.entries(headers).map(([name, values]) => [name.toLowerCase(), values?.[0]]),
    ),
    query,
    body: query,
  } as unknown as Request;
}

describe('RequestAuthenticator', () => {
  let verify: jest.Mock<Promise<AccessToken>, [string]>;
  let authenticator: RequestAuthenticator;

  beforeEach(() => {
    verify = jest.fn<Promise<AccessToken>, [string]>(() => Promise.resolve(ACCESS_TOKEN));
    authenticator = new RequestAuthenticator({ verify } as unknown as AccessTokenVerifier);
  });

  it('verifies the bearer token of the Authorization header and attaches it to the request', async () => {
    const request = requestWith({ authorization: ['Bearer abc.def.ghi'] });

    await expect(authenticator.authenticate(request)).resolves.toBe(ACCESS_TOKEN);
    expect(verify).toHaveBeenCalledWith('abc.def.ghi');
    expect((request as AuthenticatedRequest).accessToken).toBe(ACCESS_TOKEN);
  });

  it('verifies a request only once, however often it is asked', async () => {
    const request = requestWith({ authorization: ['Bearer abc.def.ghi'] });

    await authenticator.authenticate(request);
    await authenticator.authenticate(request);

    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('remembers a refusal too', async () => {
    verify.mockRejectedValue(new InvalidTokenError('The access token has expired'));
    const request = requestWith({ authorization: ['Bearer abc.def.ghi'] });

    await expect(authenticator.authenticate(request)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(authenticator.authenticate(request)).rejects.toBeInstanceOf(InvalidTokenError);
    expect(verify).toHaveBeenCalledTimes(1);
    expect((request as Partial<AuthenticatedRequest>).accessToken).toBeUndefined();
  });

  it.each([
    { description: 'no Authorization header', headers: {}, expected: MissingCredentialsError },
    {
      description: 'Basic credentials',
      headers: { authorization: ['Basic YTpi'] },
      expected: MissingCredentialsError,
    },
    {
      description: 'two Authorization headers',
      headers: { authorization: ['Bearer a', 'Bearer b'] },
      expected: InvalidRequestError,
    },
    {
      description: 'the scheme alone',
      headers: { authorization: ['Bearer'] },
      expected: InvalidRequestError,
    },
  ])('refuses $description without verifying anything', async ({ headers, expected }) => {
    await expect(authenticator.authenticate(requestWith(headers))).rejects.toBeInstanceOf(expected);
    expect(verify).not.toHaveBeenCalled();
  });

  it.each(['Authorization', 'AUTHORIZATION', 'authorization'])(
    'reads the header named %s, as HTTP names are case-insensitive',
    async (name) => {
      await authenticator.authenticate(requestWith({ [name]: ['Bearer abc.def.ghi'], Accept: ['*/*'] }));

      expect(verify).toHaveBeenCalledWith('abc.def.ghi');
    },
  );

  it('refuses two Authorization headers whose names differ in case', async () => {
    const request = requestWith({ Authorization: ['Bearer a'], authorization: ['Bearer b'] });

    await expect(authenticator.authenticate(request)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(verify).not.toHaveBeenCalled();
  });

  it('ignores an access token in the query string or the body', async () => {
    const request = requestWith({}, { access_token: 'abc.def.ghi' });

    await expect(authenticator.authenticate(request)).rejects.toBeInstanceOf(MissingCredentialsError);
  });
});
