import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { StepUpRequiredError, stepupInterceptor } from './stepup.interceptor';

describe('stepupInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([stepupInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Answers a GET with the given status and WWW-Authenticate value, and returns what the caller gets. */
  async function failureFor(url: string, status: number, wwwAuthenticate?: string): Promise<unknown> {
    const response = firstValueFrom(http.get(url));
    backend.expectOne(url).flush(null, {
      status,
      statusText: 'Error',
      headers: wwwAuthenticate ? { 'WWW-Authenticate': wwwAuthenticate } : {},
    });
    return response.then(
      () => {
        throw new Error(`expected ${url} to fail`);
      },
      (error: unknown) => error,
    );
  }

  it.each([
    {
      description: 'the challenge from the blog post',
      header:
        'Bearer error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"',
      expected: {
        acrValues: ['urn:okta:loa:2fa:any'],
        maxAge: undefined,
        description: 'A different authentication level is required',
      },
    },
    {
      description: 'a challenge after another scheme, with several acr values and max_age',
      header:
        'Basic realm="legacy", Bearer realm="api", error="insufficient_user_authentication", acr_values="phr urn:okta:loa:2fa:any", max_age=300',
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'], maxAge: 300, description: undefined },
    },
    {
      description: 'a description with a quoted comma and escaped quotes',
      header:
        'Bearer error="insufficient_user_authentication", error_description="Two factors, \\"please\\"", acr_values="urn:okta:loa:2fa:any"',
      expected: {
        acrValues: ['urn:okta:loa:2fa:any'],
        maxAge: undefined,
        description: 'Two factors, "please"',
      },
    },
    {
      description: 'case-insensitive scheme and parameter names',
      header: 'BEARER ERROR="insufficient_user_authentication", ACR_VALUES="urn:okta:loa:2fa:any"',
      expected: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: undefined, description: undefined },
    },
  ])('turns $description into a StepUpRequiredError', async ({ header, expected }) => {
    const error = await failureFor('/api/messages', 401, header);

    expect(error).toBeInstanceOf(StepUpRequiredError);
    const stepUp = error as StepUpRequiredError;
    expect(stepUp.code).toBe('insufficient_user_authentication');
    expect(stepUp.requirement.acrValues).toEqual(expected.acrValues);
    expect(stepUp.requirement.maxAge).toBe(expected.maxAge);
    expect(stepUp.description).toBe(expected.description);
    expect(stepUp.cause).toBeInstanceOf(HttpErrorResponse);
  });

  it.each([
    { description: 'a 401 without a challenge', url: '/api/messages', status: 401, header: undefined },
    {
      description: 'a 401 asking for credentials',
      url: '/api/messages',
      status: 401,
      header: 'Bearer realm="api"',
    },
    {
      description: 'an invalid token',
      url: '/api/messages',
      status: 401,
      header: 'Bearer error="invalid_token", error_description="The access token expired"',
    },
    {
      description: 'a 403 for missing scope',
      url: '/api/messages',
      status: 403,
      header: 'Bearer error="insufficient_scope", scope="messages:read"',
    },
    {
      description: 'a step-up challenge on a status other than 401',
      url: '/api/messages',
      status: 403,
      header: 'Bearer error="insufficient_user_authentication", acr_values="urn:okta:loa:2fa:any"',
    },
    {
      description: 'a challenge hidden in another scheme',
      url: '/api/messages',
      status: 401,
      header: 'Basic realm="insufficient_user_authentication", error="insufficient_user_authentication"',
    },
    {
      description: 'an unterminated quoted string',
      url: '/api/messages',
      status: 401,
      header: 'Bearer error="insufficient_user_authentication, acr_values="urn:okta:loa:2fa:any"',
    },
    { description: 'a server error', url: '/api/messages', status: 500, header: undefined },
    {
      description: 'a challenge from another origin',
      url: 'https://other.example/api/messages',
      status: 401,
      header: 'Bearer error="insufficient_user_authentication", acr_values="urn:okta:loa:2fa:any"',
    },
  ])('passes $description through untouched', async ({ url, status, header }) => {
    const error = await failureFor(url, status, header);

    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(status);
  });

  it('lets successful responses through', async () => {
    const response = firstValueFrom(http.get('/api/messages'));
    backend.expectOne('/api/messages').flush([{ id: 1, text: 'Hello' }]);

    await expect(response).resolves.toEqual([{ id: 1, text: 'Hello' }]);
  });
});
