import { Routes } from '@angular/router';
import { OktaAuthGuard } from '@okta/okta-angular';
import { OktaAcr } from 'step-up';

import { ACCOUNT_MAX_AGE_SECONDS } from './account/recent-sign-in';
import { LoginCallbackComponent } from './auth/callback/login-callback.component';
import { SignInUnavailableComponent } from './auth/sign-in-unavailable/sign-in-unavailable.component';
import { HomeComponent } from './home/home.component';
import { NotFoundComponent } from './not-found/not-found.component';
import { stepUpGuard } from './step-up/step-up.guard';

const title = (page: string): string => `${page} · Step-up demo`;

// Pages behind a sign-in are loaded on first visit; home, the callback and the error pages are not.

export const routes: Routes = [
  { path: '', component: HomeComponent, title: title('Home') },
  {
    path: 'profile',
    loadComponent: () => import('./profile/profile.component').then((module) => module.ProfileComponent),
    title: title('Profile'),
    // Two factors or stronger, judged on the ACR ladder: a phishing-resistant sign-in is not asked again.
    canActivate: [stepUpGuard],
    data: {
      okta: { acrValues: 'urn:okta:loa:2fa:any' },
    },
  },
  {
    path: 'messages',
    loadComponent: () => import('./messages/messages.component').then((module) => module.MessagesComponent),
    title: title('Messages'),
    // Any sign-in opens the page; the API itself asks for more with a step-up challenge.
    canActivate: [OktaAuthGuard],
  },
  {
    path: 'transactions',
    loadComponent: () =>
      import('./transactions/transactions.component').then((module) => module.TransactionsComponent),
    title: title('Transactions'),
    // Any sign-in opens the page; the API asks for step-up when an amount is large.
    canActivate: [OktaAuthGuard],
  },
  {
    path: 'account',
    loadComponent: () => import('./account/account.component').then((module) => module.AccountComponent),
    title: title('Account'),
    // Recency: the ID token's auth_time must be at most this many seconds old.
    canActivate: [stepUpGuard],
    data: {
      okta: { maxAge: ACCOUNT_MAX_AGE_SECONDS },
    },
  },
  {
    path: 'security',
    loadComponent: () => import('./security/security.component').then((module) => module.SecurityComponent),
    title: title('Security'),
    // The top of the ladder: without a passkey the provider answers unmet_authentication_requirements.
    canActivate: [stepUpGuard],
    data: {
      okta: { acrValues: OktaAcr.PhishingResistant },
    },
  },
  { path: 'login/callback', component: LoginCallbackComponent, title: title('Signing in') },
  {
    path: 'step-up-needed',
    loadComponent: () =>
      import('./step-up/step-up-needed/step-up-needed.component').then(
        (module) => module.StepUpNeededComponent,
      ),
    title: title('A stronger sign-in is needed'),
  },
  {
    path: 'sign-in-unavailable',
    component: SignInUnavailableComponent,
    title: title('Sign-in is unavailable'),
  },
  { path: '**', component: NotFoundComponent, title: title('Page not found') },
];
