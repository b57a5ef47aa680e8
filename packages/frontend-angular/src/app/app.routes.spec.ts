import { OktaAuthGuard } from '@okta/okta-angular';

import { routes } from './app.routes';
import { LoginCallbackComponent } from './auth/callback/login-callback.component';
import { NotFoundComponent } from './not-found/not-found.component';

const route = (path: string) => routes.find((candidate) => candidate.path === path);

describe('routes', () => {
  it('guards the profile with a two-factor requirement, as in the blog post', () => {
    expect(route('profile')).toEqual(
      expect.objectContaining({
        canActivate: [OktaAuthGuard],
        data: { okta: { acrValues: 'urn:okta:loa:2fa:any' } },
      }),
    );
  });

  it('asks only for a sign-in on messages: the API decides about step-up', () => {
    expect(route('messages')?.canActivate).toEqual([OktaAuthGuard]);
    expect(route('messages')?.data).toBeUndefined();
  });

  it('asks for a phishing-resistant sign-in on security', () => {
    expect(route('security')).toEqual(
      expect.objectContaining({ canActivate: [OktaAuthGuard], data: { okta: { acrValues: 'phr' } } }),
    );
  });

  it('handles the redirect URI without a guard', () => {
    expect(route('login/callback')).toEqual(expect.objectContaining({ component: LoginCallbackComponent }));
    expect(route('login/callback')?.canActivate).toBeUndefined();
  });

  it('ends with a catch-all not-found page', () => {
    expect(routes.at(-1)).toEqual(expect.objectContaining({ path: '**', component: NotFoundComponent }));
  });
});
