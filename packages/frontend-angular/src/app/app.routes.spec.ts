import { OktaAuthGuard } from '@okta/okta-angular';
import { Route } from '@angular/router';

import { routes } from './app.routes';
import { LoginCallbackComponent } from './auth/callback/login-callback.component';
import { NotFoundComponent } from './not-found/not-found.component';
import { ProfileComponent } from './profile/profile.component';
import { routeRequirement, stepUpGuard } from './step-up/step-up.guard';

/** A window other than the default, to show it comes from the runtime configuration. */
const ACCOUNT_MAX_AGE = 7;
const appRoutes = routes({ accountMaxAge: ACCOUNT_MAX_AGE });
const route = (path: string): Route | undefined => appRoutes.find((candidate) => candidate.path === path);

describe('routes', () => {
  it('guards the profile exactly as the blog post does: OktaAuthGuard with the two-factor acrValues', () => {
    expect(route('profile')).toEqual(
      expect.objectContaining({
        component: ProfileComponent,
        canActivate: [OktaAuthGuard],
        data: { okta: { acrValues: 'urn:okta:loa:2fa:any' } },
      }),
    );
  });

  it('asks for a sign-in within the configured window on the account page', () => {
    expect(route('account')?.canActivate).toEqual([stepUpGuard]);
    expect(routeRequirement(route('account')?.data)).toEqual({ maxAge: ACCOUNT_MAX_AGE });
  });

  it('asks for a phishing-resistant sign-in on security', () => {
    expect(route('security')).toEqual(
      expect.objectContaining({ canActivate: [stepUpGuard], data: { okta: { acrValues: 'phr' } } }),
    );
  });

  it.each(['messages', 'transactions'])(
    'asks only for a sign-in on %s: the API decides about step-up',
    (path) => {
      expect(route(path)?.canActivate).toEqual([OktaAuthGuard]);
      expect(route(path)?.data).toBeUndefined();
    },
  );

  it('every route with a requirement declares one the guard can enforce', () => {
    for (const candidate of appRoutes.filter((r) => r.canActivate?.includes(stepUpGuard))) {
      expect(() => routeRequirement(candidate.data)).not.toThrow();
    }
  });

  it.each([
    { path: 'messages', name: 'MessagesComponent' },
    { path: 'transactions', name: 'TransactionsComponent' },
    { path: 'account', name: 'AccountComponent' },
    { path: 'security', name: 'SecurityComponent' },
    { path: 'step-up-needed', name: 'StepUpNeededComponent' },
  ])('loads the $path page on first visit', async ({ path, name }) => {
    const component = await route(path)?.loadComponent?.();

    expect((component as { name?: string } | undefined)?.name).toBe(name);
  });

  it('handles the redirect URI without a guard', () => {
    expect(route('login/callback')).toEqual(expect.objectContaining({ component: LoginCallbackComponent }));
    expect(route('login/callback')?.canActivate).toBeUndefined();
  });

  it('ends with a catch-all not-found page', () => {
    expect(appRoutes.at(-1)).toEqual(expect.objectContaining({ path: '**', component: NotFoundComponent }));
  });
});
