import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { oktaConfig } from './okta-config';
import { SessionService } from './session.service';

@Component({ template: '' })
class PageStubComponent {}

describe('oktaConfig', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: PageStubComponent }])],
    });
  });

  const config = () =>
    TestBed.runInInjectionContext(() =>
      oktaConfig({ issuer: 'http://localhost:3001/oauth2/default', clientId: 'stepup-spa' }),
    );
  const create = () => config().oktaAuth;

  it('builds OktaAuth from the runtime configuration and the page origin', () => {
    const { options } = create();

    expect(options.issuer).toBe('http://localhost:3001/oauth2/default');
    expect(options.clientId).toBe('stepup-spa');
    expect(options.redirectUri).toBe('http://localhost/login/callback');
  });

  it.each([
    {
      description: 'the page that started the sign-in',
      originalUri: '/messages?tab=new',
      expected: '/messages?tab=new',
    },
    { description: 'home for another origin', originalUri: 'https://evil.example/phish', expected: '/' },
    { description: 'home when nothing was saved', originalUri: undefined, expected: '/' },
  ])('returns after sign-in to $description', async ({ originalUri, expected }) => {
    const oktaAuth = create();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl');

    await oktaAuth.options.restoreOriginalUri?.(oktaAuth, originalUri);

    expect(navigate).toHaveBeenCalledWith(expected, { replaceUrl: true });
    expect(router.url).toBe(expected);
  });

  it('starts the sign-in the guard asks for through the session service', () => {
    const redirectToSignIn = jest.fn().mockResolvedValue(undefined);
    const injector = { get: jest.fn().mockReturnValue({ redirectToSignIn }) };
    const { oktaAuth, onAuthRequired } = config();

    onAuthRequired?.(oktaAuth, injector as never, { acrValues: 'phr' });

    expect(injector.get).toHaveBeenCalledWith(SessionService);
    expect(redirectToSignIn).toHaveBeenCalledWith({ acrValues: 'phr' });
  });
});
