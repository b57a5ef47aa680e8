import { HttpClient, HttpHeaders, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { FakeOktaAuth, fakeOktaAuth, provideFakeOkta } from '../testing/fake-okta';
import { authInterceptor } from './auth.interceptor';

describe('authInterceptor', () => {
  let oktaAuth: FakeOktaAuth;
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    oktaAuth = fakeOktaAuth();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideFakeOkta(oktaAuth),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Sends a GET through the interceptor and returns the request the backend received. */
  async function sent(url: string, headers?: HttpHeaders) {
    const response = firstValueFrom(http.get(url, { headers }));
    await Promise.resolve();
    const request = backend.expectOne(url);
    request.flush({});
    await response;
    return request.request;
  }

  it.each(['/api/messages', 'http://localhost/api/messages', '/api'])(
    'sends the access token as a Bearer credential to %s',
    async (url) => {
      const request = await sent(url);

      expect(request.headers.get('Authorization')).toBe('Bearer access-token');
    },
  );

  it.each([
    'https://evil.example/api/messages',
    '//evil.example/api/messages',
    'http://localhost:3001/oauth2/default/v1/userinfo',
    '/apiary',
    '/config.json',
  ])('never sends the token to %s', async (url) => {
    const request = await sent(url);

    expect(request.headers.has('Authorization')).toBe(false);
    expect(oktaAuth.getOrRenewAccessToken).not.toHaveBeenCalled();
  });

  it('sends the request without credentials when there is no access token', async () => {
    oktaAuth.getOrRenewAccessToken.mockResolvedValue(null);

    const request = await sent('/api/messages');

    expect(request.headers.has('Authorization')).toBe(false);
  });

  it('leaves an Authorization header set by the caller alone', async () => {
    const request = await sent(
      '/api/messages',
      new HttpHeaders({ Authorization: 'Bearer chosen-by-caller' }),
    );

    expect(request.headers.get('Authorization')).toBe('Bearer chosen-by-caller');
  });
});
